import { h, clear } from '../ui/dom.js';
import { t } from '../i18n/t.js';
import { Api } from '../api.js';
import { errorState, loading, pageHeader, statusBadge } from '../ui/components.js';
import { field, select } from '../ui/form.js';
import { date, money } from '../format.js';

export const title = () => t('dossiers.title');

const PAGE_SIZE = 10;
const STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'IN_REVIEW',
  'AWAITING_SUPPLEMENT',
  'APPROVED',
  'COMPLETED',
  'CLOSED',
  'WITHDRAWN',
];

export async function render(root, { query }) {
  const page = Math.max(1, Number(query.trang) || 1);
  const status = STATUSES.includes(query.tt) ? query.tt : '';
  const filter = select([['', t('dossiers.allStatuses')], ...STATUSES.map((s) => [s, t(`status.${s}`)])], {
    value: status,
  });
  filter.value = status;
  filter.addEventListener('change', () => go(1, filter.value));
  const listSlot = h('div', { 'aria-live': 'polite' }, loading());
  root.append(
    pageHeader(
      t('dossiers.title'),
      t('dossiers.titleEn'),
      h('a', { class: 'btn btn-primary', href: '#/ho-so/moi' }, `+ ${t('dossiers.new')}`),
    ),
    h(
      'div',
      { class: 'toolbar' },
      field({ label: t('dossiers.filterStatus'), name: 'status', control: filter, markOptional: false }),
    ),
    listSlot,
  );

  const [programs, result] = await Promise.all([
    Api.programs().catch(() => ({ items: [] })),
    Api.list({ page, pageSize: PAGE_SIZE, ...(status ? { status } : {}) }).catch((error) => ({ error })),
  ]);
  if (result.error)
    return clear(
      listSlot,
      errorState(result.error, () => go(page, status)),
    );
  const programName = (code) => programs.items.find((p) => p.code === code)?.nameVi ?? code;

  if (result.items.length === 0) {
    return clear(
      listSlot,
      h(
        'div',
        { class: 'card empty' },
        emptyIcon(),
        h('h2', {}, status ? t('dossiers.emptyFiltered') : t('dossiers.emptyTitle')),
        status ? null : h('p', { class: 'muted' }, t('dossiers.emptyText')),
        h('a', { class: 'btn btn-primary', href: '#/ho-so/moi' }, t('dossiers.new')),
      ),
    );
  }

  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  clear(
    listSlot,
    h(
      'ul',
      { class: 'dossier-list' },
      result.items.map((d) =>
        h(
          'li',
          { class: 'dossier-row' },
          h(
            'div',
            { class: 'dossier-main' },
            h('a', { class: 'dossier-title', href: `#/ho-so/${d.id}` }, d.title),
            h('p', { class: 'muted' }, programName(d.programCode)),
            h(
              'p',
              { class: 'dossier-meta' },
              d.dossierCode
                ? h('span', { class: 'mono' }, d.dossierCode)
                : h('span', { class: 'muted' }, t('dossiers.notSubmitted')),
              ' · ',
              `${t('dossiers.colDate')}: ${date(d.updatedAt)}`,
            ),
          ),
          h(
            'div',
            { class: 'dossier-side' },
            statusBadge(d.status),
            d.proposedSupportVnd != null
              ? h(
                  'p',
                  { class: 'dossier-money' },
                  h('span', { class: 'sr-only' }, `${t('dossiers.colSupport')}: `),
                  money(d.proposedSupportVnd),
                )
              : null,
          ),
        ),
      ),
    ),
    pages > 1 || page > 1
      ? h(
          'nav',
          { class: 'pagination', 'aria-label': 'Phân trang' },
          h(
            'button',
            {
              type: 'button',
              class: 'btn btn-secondary btn-sm',
              disabled: page <= 1,
              onclick: () => go(page - 1, status),
            },
            `‹ ${t('dossiers.prev')}`,
          ),
          h('span', {}, t('dossiers.pageOf', { page, pages, total: result.total })),
          h(
            'button',
            {
              type: 'button',
              class: 'btn btn-secondary btn-sm',
              disabled: page >= pages,
              onclick: () => go(page + 1, status),
            },
            `${t('dossiers.next')} ›`,
          ),
        )
      : h('p', { class: 'muted list-count' }, t('dossiers.pageOf', { page, pages, total: result.total })),
  );
}

function go(page, status) {
  const q = new URLSearchParams();
  if (page > 1) q.set('trang', page);
  if (status) q.set('tt', status);
  location.hash = `#/ho-so${q.size ? `?${q}` : ''}`;
}

/** A folder drawing for the empty state (no emoji: not every system has an emoji font). */
function emptyIcon() {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 64 64');
  svg.setAttribute('class', 'empty-icon');
  svg.setAttribute('aria-hidden', 'true');
  svg.innerHTML =
    '<path d="M6 16a4 4 0 0 1 4-4h14l6 6h24a4 4 0 0 1 4 4v26a4 4 0 0 1-4 4H10a4 4 0 0 1-4-4z" fill="#e8f1fa" stroke="#0b5394" stroke-width="3"/>' +
    '<path d="M22 36h20M32 26v20" stroke="#0b5394" stroke-width="3" stroke-linecap="round"/>';
  return svg;
}
