import { h, clear } from '../ui/dom.js';
import { t } from '../i18n/t.js';
import { Api } from '../api.js';
import { alertBox, facts, loading, pageHeader, sectionTitle, statusBadge, timeline } from '../ui/components.js';
import { busy, clearErrors, field, formSummary, input, showErrors } from '../ui/form.js';
import { date, dateTime } from '../format.js';

export const title = () => t('lookup.title');

const CODE = /^KC-\d{4}-\d{6}$/;

/**
 * The code + secret form. Compact (home page): goes to the lookup page with the values;
 * otherwise it calls `onLookup(code, secret)`.
 */
export function lookupForm({ compact = false, code = '', secret = '', onLookup } = {}) {
  const codeInput = input({
    value: code,
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'KC-2026-000123',
    class: 'mono upper',
  });
  const secretInput = input({
    value: secret,
    autocomplete: 'off',
    spellcheck: 'false',
    class: 'mono upper',
    maxlength: 20,
  });
  const button = h('button', { type: 'submit', class: 'btn btn-primary' }, t('lookup.button'));
  const form = h(
    'form',
    {
      class: `form ${compact ? '' : 'lookup-form'}`,
      novalidate: true,
      role: 'search',
      'aria-label': t('lookup.title'),
    },
    formSummary(),
    h(
      'div',
      { class: compact ? '' : 'grid-2' },
      field({ label: t('lookup.code'), name: 'code', required: true, hint: t('lookup.codeHint'), control: codeInput }),
      field({
        label: t('lookup.secret'),
        name: 'secret',
        required: true,
        hint: t('lookup.secretHint'),
        control: secretInput,
      }),
    ),
    button,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const c = codeInput.value.trim().toUpperCase();
    const s = secretInput.value.trim().toUpperCase();
    const problems = [];
    if (!CODE.test(c))
      problems.push({
        field: 'code',
        messageVi: c ? t('lookup.codeFormat') : t('validation.required', { label: t('lookup.code').toLowerCase() }),
      });
    if (!s)
      problems.push({
        field: 'secret',
        messageVi: t('validation.required', { label: t('lookup.secret').toLowerCase() }),
      });
    if (problems.length) return showErrors(form, problems);
    if (compact || !onLookup) {
      location.hash = `#/tra-cuu?${new URLSearchParams({ ma: c, mk: s })}`;
      return;
    }
    await busy(button, t('lookup.searching'), () => onLookup(c, s));
  });
  return form;
}

export async function render(root, { query }) {
  const result = h('div', { 'aria-live': 'polite' });
  const onLookup = async (code, secret) => {
    clear(result, loading(t('lookup.searching')));
    try {
      const d = await Api.lookup(code, secret);
      clear(result, lookupResult(d));
      history.replaceState(null, '', `#/tra-cuu?${new URLSearchParams({ ma: code, mk: secret })}`);
    } catch (error) {
      clear(result, alertBox('error', error.status === 404 ? t('lookup.notFound') : error.message));
    }
  };
  root.append(
    pageHeader(t('lookup.title'), t('lookup.titleEn')),
    h(
      'section',
      { class: 'card' },
      h('p', {}, t('lookup.intro')),
      lookupForm({ code: query.ma ?? '', secret: query.mk ?? '', onLookup }),
    ),
    result,
  );
  if (query.ma && query.mk) await onLookup(query.ma.toUpperCase(), query.mk.toUpperCase());
}

function lookupResult(d) {
  return h(
    'section',
    { class: 'card result-card' },
    h('div', { class: 'result-head' }, h('h2', {}, h('span', { class: 'mono' }, d.dossierCode)), statusBadge(d.status)),
    facts([
      [t('dossier.program'), d.programNameVi],
      [t('lookup.stage'), d.stage ? t(`stage.${d.stage}`) : t(`status.${d.status}`)],
      [t('dossier.submittedAt'), dateTime(d.submittedAt)],
      [t('dossier.expected'), date(d.expectedResultDate)],
    ]),
    sectionTitle(t('dossier.timelineTitle'), t('dossier.timelineEn'), 'h3'),
    timeline(d.timeline),
  );
}
