import { h, uid } from './dom.js';
import { t } from '../i18n/t.js';
import { alertBox } from './components.js';

/**
 * A labelled control with hint and error slot. `name` is the API field path (e.g. "establishment.taxCode")
 * so the server's `fields` land next to the right control.
 */
export function field({ label, name, hint, required = false, control, id = uid('f'), markOptional = true }) {
  control.id = id;
  control.name ??= name;
  control.dataset.field = name;
  if (required) control.setAttribute('aria-required', 'true');
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  control.setAttribute('aria-describedby', [hint ? hintId : null, errorId].filter(Boolean).join(' '));
  const isCheck = control.type === 'checkbox';
  const labelEl = h(
    'label',
    { for: id },
    label,
    required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null,
    !required && !isCheck && markOptional ? h('span', { class: 'opt' }, ` (${t('app.optional')})`) : null,
  );
  const wrap = h(
    'div',
    { class: `field ${isCheck ? 'field-check' : ''}`, 'data-field-wrap': name },
    isCheck ? [control, labelEl] : [labelEl, control],
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    h('p', { class: 'field-error', id: errorId }),
  );
  const clearOwn = () => {
    if (!wrap.classList.contains('has-error')) return;
    wrap.classList.remove('has-error');
    wrap.querySelector('.field-error').textContent = '';
    control.removeAttribute('aria-invalid');
  };
  control.addEventListener('input', clearOwn);
  control.addEventListener('change', clearOwn);
  return wrap;
}

export const input = (attrs = {}) => h('input', { type: 'text', ...attrs });

export function select(options, attrs = {}) {
  return h(
    'select',
    attrs,
    options.map(([value, label, extra = {}]) => h('option', { value, ...extra }, label)),
  );
}

/** Marks one control invalid with a message (empty message clears it). */
export function setFieldError(form, name, message) {
  const control = form.querySelector(`[data-field="${CSS.escape(name)}"]`);
  const wrap = form.querySelector(`[data-field-wrap="${CSS.escape(name)}"]`);
  if (!control && !wrap) return false;
  const errorEl = wrap?.querySelector('.field-error');
  if (errorEl) errorEl.textContent = message ?? '';
  if (control) control.toggleAttribute('aria-invalid', Boolean(message));
  wrap?.classList.toggle('has-error', Boolean(message));
  return true;
}

export function clearErrors(form) {
  form.querySelectorAll('.has-error').forEach((w) => w.classList.remove('has-error'));
  form.querySelectorAll('.field-error').forEach((e) => (e.textContent = ''));
  form.querySelectorAll('[aria-invalid]').forEach((c) => c.removeAttribute('aria-invalid'));
  form.querySelector('.form-summary')?.replaceChildren();
}

/**
 * Shows problems ([{field, messageVi}] from the server, or our own) next to their fields; the rest, and a
 * summary, go to the form's `.form-summary`. Focuses the first invalid control.
 */
export function showErrors(form, problems, summaryText = t('validation.summary')) {
  const unplaced = [];
  for (const p of problems) {
    const name = p.field === '(body)' ? '' : p.field;
    if (!name || !setFieldError(form, name, p.messageVi)) unplaced.push(p);
  }
  const summary = form.querySelector('.form-summary');
  if (summary) {
    summary.replaceChildren(
      alertBox(
        'error',
        h('p', {}, summaryText),
        unplaced.length
          ? h(
              'ul',
              {},
              unplaced.map((p) => h('li', {}, p.messageVi)),
            )
          : null,
      ),
    );
  }
  const first = form.querySelector('[aria-invalid]');
  (first ?? summary)?.focus?.();
  if (!first) summary?.scrollIntoView({ block: 'center' });
}

/** Shows an ApiError: its `fields` next to controls, its message in the summary. */
export function showApiError(form, error) {
  showErrors(form, error.fields ?? [], error.message);
}

export const formSummary = () => h('div', { class: 'form-summary', tabindex: '-1' });

/** Disables a button while a promise runs, with a busy label; returns the promise's result. */
export async function busy(button, label, work) {
  const original = button.textContent;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  button.textContent = label;
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
    button.textContent = original;
  }
}

export const emailLike = (s) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s);
