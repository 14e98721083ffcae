import { h } from './dom.js';
import { t } from '../i18n/t.js';
import { dateTime, money, percentFromBp } from '../format.js';

export function pageHeader(title, subtitle, ...actions) {
  return h(
    'div',
    { class: 'page-header' },
    h(
      'div',
      {},
      h('h1', { tabindex: '-1' }, title),
      subtitle ? h('p', { class: 'subtitle', lang: 'en' }, subtitle) : null,
    ),
    actions.length ? h('div', { class: 'page-actions' }, actions) : null,
  );
}

/** The narrow card the sign-in and sign-up pages share: heading, form, and a link to the other page. */
export function authCard({ title, subtitle, form, switchText, switchHref, switchLabel }) {
  return h(
    'div',
    { class: 'auth-wrap' },
    h(
      'section',
      { class: 'card auth-card' },
      pageHeader(title, subtitle),
      form,
      h('p', { class: 'auth-switch' }, switchText, ' ', h('a', { href: switchHref }, switchLabel)),
    ),
  );
}

export function sectionTitle(title, subtitle, level = 'h2') {
  return h(level, { class: 'section-title' }, title, subtitle ? h('small', { lang: 'en' }, subtitle) : null);
}

/** kind: info | success | error | warning. Errors are announced by screen readers. */
export function alertBox(kind, ...content) {
  return h('div', { class: `alert alert-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, content);
}

export const loading = (text = t('app.loading')) =>
  h('p', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);

export function errorState(error, retry) {
  return alertBox(
    'error',
    h('p', {}, error?.message || t('errors.generic')),
    retry ? h('button', { type: 'button', class: 'btn btn-secondary btn-sm', onclick: retry }, t('app.retry')) : null,
  );
}

export const statusBadge = (status) =>
  h('span', { class: `badge badge-${String(status).toLowerCase()}` }, t(`status.${status}`));

/** Plain-Vietnamese sentence(s) for a programme's support formula. */
export function supportRule(support) {
  if (support.kind === 'PERCENT_OF_COST') {
    const lines = [
      t('rule.percent', {
        percent: percentFromBp(support.percent),
        cap: money(support.capVnd),
        unit: t(`rule.unit.${support.capUnit}`) ?? 'cơ sở',
      }),
    ];
    const m = support.wholeLineCapMultiplier;
    if (m) lines.push(t('rule.wholeLine', { cap: money((support.capVnd * m.numerator) / m.denominator) }));
    return lines;
  }
  if (support.kind === 'INTEREST_SHARE') {
    return [
      t('rule.interest', {
        share: percentFromBp(support.share),
        months: support.maxMonths,
        cap: money(support.capVnd),
      }),
    ];
  }
  return [];
}

export function timeline(items) {
  if (!items?.length) return h('p', { class: 'muted' }, t('dossier.timelineEmpty'));
  const sorted = [...items].sort((a, b) => new Date(b.at) - new Date(a.at));
  return h(
    'ol',
    { class: 'timeline' },
    sorted.map((item, i) =>
      h(
        'li',
        { class: `timeline-item ${i === 0 ? 'is-latest' : ''} kind-${String(item.kind).toLowerCase()}` },
        h('time', { datetime: item.at }, dateTime(item.at)),
        h('p', { class: 'timeline-label' }, item.labelVi),
        item.labelEn ? h('p', { class: 'timeline-en', lang: 'en' }, item.labelEn) : null,
        item.note ? h('p', { class: 'timeline-note' }, item.note) : null,
      ),
    ),
  );
}

export function copyButton(text) {
  const button = h(
    'button',
    { type: 'button', class: 'btn btn-ghost btn-sm', 'aria-label': `${t('app.copy')} ${text}` },
    t('app.copy'),
  );
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = t('app.copied');
      setTimeout(() => (button.textContent = t('app.copy')), 2000);
    } catch {
      /* clipboard blocked: the text is on screen anyway */
    }
  });
  return button;
}

/** Offers a Blob as a download (used for files that need the Bearer header). */
export function saveBlob(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A definition list from [label, value] pairs (value may be a node). */
export const facts = (pairs) =>
  h(
    'dl',
    { class: 'facts' },
    pairs.filter(Boolean).map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value ?? '—'))),
  );
