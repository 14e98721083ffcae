import { h } from '../ui/dom.js';
import { t } from '../i18n/t.js';
import { Api } from '../api.js';
import { authCard } from '../ui/components.js';
import { busy, clearErrors, emailLike, field, formSummary, input, showApiError, showErrors } from '../ui/form.js';
import { saveSession } from '../session.js';
import { navigate } from '../app.js';

export const title = () => t('auth.loginTitle');

export function render(root, { query }) {
  const email = input({ type: 'email', autocomplete: 'username', spellcheck: 'false', value: query.email ?? '' });
  const password = input({ type: 'password', autocomplete: 'current-password' });
  const button = h('button', { type: 'submit', class: 'btn btn-primary btn-block' }, t('auth.loginButton'));
  const form = h(
    'form',
    { class: 'form', novalidate: true },
    formSummary(),
    field({ label: t('auth.email'), name: 'email', required: true, control: email }),
    field({ label: t('auth.password'), name: 'password', required: true, control: password }),
    button,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const problems = [];
    if (!emailLike(email.value.trim())) problems.push({ field: 'email', messageVi: t('validation.email') });
    if (!password.value)
      problems.push({
        field: 'password',
        messageVi: t('validation.required', { label: t('auth.password').toLowerCase() }),
      });
    if (problems.length) return showErrors(form, problems);
    try {
      const session = await busy(button, t('app.loading'), () =>
        Api.login({ email: email.value.trim(), password: password.value }),
      );
      if (!session.user.roles.includes('APPLICANT')) {
        return showErrors(form, [], t('auth.notApplicant'));
      }
      saveSession(session);
      const next = query.next && query.next.startsWith('/') ? query.next : '/ho-so';
      navigate(`#${next}`);
    } catch (error) {
      if (error.status === 401) return showErrors(form, [], t('auth.wrongCredentials'));
      showApiError(form, error);
    }
  });
  root.append(
    authCard({
      title: t('auth.loginTitle'),
      subtitle: t('auth.loginEn'),
      form,
      switchText: t('auth.noAccount'),
      switchHref: '#/dang-ky',
      switchLabel: t('nav.register'),
    }),
  );
  (query.email ? password : email).focus();
}
