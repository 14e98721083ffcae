import { h } from '../ui/dom.js';
import { t } from '../i18n/t.js';
import { Api } from '../api.js';
import { authCard } from '../ui/components.js';
import { busy, clearErrors, emailLike, field, formSummary, input, showApiError, showErrors } from '../ui/form.js';
import { navigate, flash } from '../app.js';

export const title = () => t('auth.registerTitle');

export function render(root) {
  const fullName = input({ autocomplete: 'name' });
  const email = input({ type: 'email', autocomplete: 'email', spellcheck: 'false' });
  const password = input({ type: 'password', autocomplete: 'new-password', minlength: 10 });
  const confirm = input({ type: 'password', autocomplete: 'new-password' });
  const button = h('button', { type: 'submit', class: 'btn btn-primary btn-block' }, t('auth.registerButton'));
  const form = h(
    'form',
    { class: 'form', novalidate: true },
    formSummary(),
    field({
      label: t('auth.fullName'),
      name: 'fullName',
      required: true,
      hint: t('auth.fullNameHint'),
      control: fullName,
    }),
    field({ label: t('auth.email'), name: 'email', required: true, control: email }),
    field({
      label: t('auth.password'),
      name: 'password',
      required: true,
      hint: t('auth.passwordHint'),
      control: password,
    }),
    field({ label: t('auth.confirmPassword'), name: 'confirm', required: true, control: confirm }),
    button,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const problems = [];
    if (fullName.value.trim().length < 2)
      problems.push({ field: 'fullName', messageVi: t('validation.minLength', { label: t('auth.fullName'), min: 2 }) });
    if (!emailLike(email.value.trim())) problems.push({ field: 'email', messageVi: t('validation.email') });
    if (password.value.length < 10) problems.push({ field: 'password', messageVi: t('validation.passwordLength') });
    if (confirm.value !== password.value)
      problems.push({ field: 'confirm', messageVi: t('validation.passwordMismatch') });
    if (problems.length) return showErrors(form, problems);
    try {
      await busy(button, t('app.loading'), () =>
        Api.register({ fullName: fullName.value.trim(), email: email.value.trim(), password: password.value }),
      );
      flash(t('auth.registered'));
      navigate(`#/dang-nhap?email=${encodeURIComponent(email.value.trim())}`);
    } catch (error) {
      showApiError(form, error);
    }
  });
  root.append(
    authCard({
      title: t('auth.registerTitle'),
      subtitle: t('auth.registerEn'),
      form,
      switchText: t('auth.haveAccount'),
      switchHref: '#/dang-nhap',
      switchLabel: t('nav.login'),
    }),
  );
}
