import { h, clear } from '../ui/dom.js';
import { t } from '../i18n/t.js';
import { Api } from '../api.js';
import { alertBox, errorState, facts, pageHeader, sectionTitle, statusBadge, timeline } from '../ui/components.js';
import { busy, clearErrors, formSummary, showApiError } from '../ui/form.js';
import { dossierForm } from '../ui/dossier-form.js';
import { date, money, percentFromBp } from '../format.js';
import { unitName } from '../data/units.js';
import { documentRow } from '../ui/document-row.js';
import { receiptPanel, requirementOf, supplementPanel, withdrawPanel } from './dossier-after-submit.js';

export const title = () => t('nav.myDossiers');

const WITHDRAWABLE = ['SUBMITTED', 'IN_REVIEW', 'AWAITING_SUPPLEMENT'];
const keyStore = (id) => `kc.submitKey.${id}`;

export async function render(root, { params: [id] }) {
  const catalogue = await Api.programs();
  const view = { id, dossier: null, editing: false, notice: null, submitProblems: [] };

  const load = async () => {
    try {
      view.dossier = await Api.get(id);
    } catch (error) {
      clear(
        root,
        pageHeader(t('nav.myDossiers')),
        error.status === 404 ? alertBox('error', t('dossier.notFound')) : errorState(error, load),
      );
      return false;
    }
    draw();
    return true;
  };

  /** Redraws the page; `focusKey` names the control to focus afterwards (data-focus). */
  const draw = (focusKey) => {
    const d = view.dossier;
    const program = catalogue.items.find((p) => p.code === d.programCode);
    document.title = `${d.title} · ${t('app.name')}`;
    const notice = view.notice; // shown once, after the action that set it
    view.notice = null;
    clear(
      root,
      h('p', { class: 'breadcrumb' }, h('a', { href: '#/ho-so' }, `‹ ${t('dossiers.title')}`)),
      pageHeader(d.title, program?.nameVi, statusBadge(d.status)),
      notice,
      d.dossierCode ? receiptPanel(d) : null,
      d.status === 'DRAFT' ? draftSections(d, program) : submittedSections(d, program),
      h(
        'section',
        { class: 'card' },
        sectionTitle(t('dossier.timelineTitle'), t('dossier.timelineEn')),
        timeline(d.timeline),
      ),
      WITHDRAWABLE.includes(d.status) ? withdrawPanel(d, done) : null,
    );
    if (focusKey) root.querySelector(`[data-focus="${focusKey}"]`)?.focus();
  };

  const done = async (notice, focusKey) => {
    view.notice = notice;
    await refresh(focusKey);
  };

  const refresh = async (focusKey) => {
    view.dossier = await Api.get(id);
    draw(focusKey);
  };

  // ——— Draft: info (editable), documents, submit ———
  function draftSections(d, program) {
    const docsDone = program.requiredDocuments.filter((r) =>
      d.documents.some((x) => x.requirementCode === r.code),
    ).length;
    const steps = [
      [t('dossier.stepInfo'), true],
      [t('dossier.stepDocs'), docsDone === program.requiredDocuments.length],
      [t('dossier.stepSubmit'), false],
    ];
    return [
      h(
        'ol',
        { class: 'stepper', 'aria-label': 'Các bước' },
        steps.map(([label, done], i) =>
          h(
            'li',
            { class: done ? 'done' : '' },
            h('span', { class: 'step-no', 'aria-hidden': 'true' }, done ? '✓' : i + 1),
            label,
          ),
        ),
      ),
      alertBox('info', t('dossier.draftNote')),
      view.editing ? editCard(d) : infoCard(d, program, true),
      documentsCard(d, program, docsDone),
      submitCard(d),
    ];
  }

  function infoCard(d, program, editable) {
    const e = d.establishment;
    const c = d.cost;
    const costText = c.loanAmountVnd
      ? `${money(c.loanAmountVnd)} · ${percentFromBp(c.annualInterestRate)}/năm · ${c.months} tháng`
      : `${money(c.eligibleCostVnd)}${c.wholeTechnologyLine ? ` · ${t('cost.wholeLine').toLowerCase()}` : ''}`;
    return h(
      'section',
      { class: 'card' },
      h(
        'div',
        { class: 'card-head' },
        sectionTitle(t('dossier.stepInfo')),
        editable
          ? h(
              'button',
              {
                type: 'button',
                class: 'btn btn-secondary btn-sm',
                'data-focus': 'edit',
                onclick: () => ((view.editing = true), draw()),
              },
              t('dossier.edit'),
            )
          : null,
      ),
      facts([
        [t('dossier.program'), program?.nameVi ?? d.programCode],
        [
          t('dossier.establishment'),
          [
            e.name,
            h('br'),
            h(
              'span',
              { class: 'muted' },
              `${t(`establishmentType.${e.type}`)}${e.taxCode ? ` · MST ${e.taxCode}` : ''}`,
            ),
          ],
        ],
        [t('form.address'), e.address],
        e.phone ? [t('form.phone'), e.phone] : null,
        [t('dossier.localUnit'), unitName(d.localUnitCode)],
        [t('dossier.cost'), costText],
        [t('dossier.created'), date(d.createdAt)],
      ]),
    );
  }

  function editCard(d) {
    const cancel = () => ((view.editing = false), draw('edit'));
    return h(
      'section',
      { class: 'card' },
      sectionTitle(t('form.editTitle')),
      dossierForm({
        programs: catalogue.items,
        initial: d,
        submitLabel: t('app.save'),
        busyLabel: t('form.saving'),
        onCancel: cancel,
        async onSubmit(body) {
          view.dossier = await Api.update(d.id, body);
          view.editing = false;
          view.notice = alertBox('success', t('form.saved'));
          draw('edit');
        },
      }),
    );
  }

  function documentsCard(d, program, done) {
    const total = program.requiredDocuments.length;
    return h(
      'section',
      { class: 'card', id: 'documents' },
      h(
        'div',
        { class: 'card-head' },
        sectionTitle(t('dossier.docsTitle'), t('dossier.docsEn')),
        h('span', { class: `pill ${done === total ? 'pill-ok' : ''}` }, t('dossier.docProgress', { done, total })),
      ),
      h('p', { class: 'muted' }, t('dossier.docsHint')),
      h(
        'ul',
        { class: 'doc-list' },
        program.requiredDocuments.map((r) =>
          documentRow({
            dossierId: d.id,
            requirement: r,
            document: d.documents.find((x) => x.requirementCode === r.code),
            problem: view.submitProblems.find((p) => p.field === `documents.${r.code}`)?.messageVi,
            editable: true,
            onChanged: (focusKey) => {
              view.submitProblems = view.submitProblems.filter((p) => p.field !== `documents.${r.code}`);
              return refresh(focusKey);
            },
          }),
        ),
      ),
    );
  }

  function submitCard(d) {
    const pendingKey = sessionStorage.getItem(keyStore(d.id));
    const button = h(
      'button',
      { type: 'submit', class: 'btn btn-primary btn-lg', 'data-focus': 'submit' },
      pendingKey ? t('dossier.submitRetry') : t('dossier.submitButton'),
    );
    const form = h(
      'form',
      { class: 'form', novalidate: true },
      formSummary(),
      pendingKey ? alertBox('warning', t('dossier.submitRetryNote')) : null,
      view.submitProblems.length
        ? alertBox(
            'error',
            h('p', {}, t('dossier.submitBlocked')),
            h(
              'ul',
              {},
              view.submitProblems.map((p) => h('li', {}, p.messageVi)),
            ),
          )
        : null,
      button,
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      clearErrors(form);
      // One key per attempt; a retry after a lost answer reuses it so the server returns the same receipt.
      let key = sessionStorage.getItem(keyStore(d.id));
      if (!key) {
        key = crypto.randomUUID();
        sessionStorage.setItem(keyStore(d.id), key);
      }
      try {
        const receipt = await busy(button, t('dossier.submitting'), () => Api.submit(d.id, key));
        sessionStorage.removeItem(keyStore(d.id));
        view.submitProblems = [];
        view.notice = alertBox('success', h('strong', {}, t('dossier.receiptTitle')), ` — ${receipt.dossierCode}`);
        await refresh('receipt');
      } catch (error) {
        const transient = error.status === 0 || error.status >= 500 || error.status === 429;
        if (!transient) sessionStorage.removeItem(keyStore(d.id));
        if (error.status === 422) {
          view.submitProblems = error.fields;
          draw('submit');
          root.querySelector('#submit .alert-error')?.scrollIntoView({ block: 'center' });
          return;
        }
        if (error.status === 409) return refresh('receipt');
        if (transient) {
          draw('submit');
          return showApiError(root.querySelector('#submit form'), error);
        }
        showApiError(form, error);
      }
    });
    return h(
      'section',
      { class: 'card', id: 'submit' },
      sectionTitle(t('dossier.submitTitle')),
      h('p', {}, t('dossier.submitIntro')),
      form,
    );
  }

  function submittedSections(d, program) {
    return [
      d.status === 'AWAITING_SUPPLEMENT' ? supplementPanel(d, program, done) : null,
      infoCard(d, program, false),
      h(
        'section',
        { class: 'card' },
        sectionTitle(t('dossier.docsTitle'), t('dossier.docsEn')),
        h(
          'ul',
          { class: 'doc-list' },
          d.documents.map((doc) =>
            documentRow({
              dossierId: d.id,
              requirement: requirementOf(program, doc.requirementCode),
              document: doc,
              editable: false,
            }),
          ),
        ),
      ),
    ];
  }

  await load();
}
