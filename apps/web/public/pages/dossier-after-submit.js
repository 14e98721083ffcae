import { h, clear } from '../ui/dom.js';
import { t } from '../i18n/t.js';
import { Api } from '../api.js';
import { alertBox, copyButton, facts, saveBlob, sectionTitle } from '../ui/components.js';
import { busy, clearErrors, field, formSummary, input, showApiError, showErrors } from '../ui/form.js';
import { date, dateTime, money } from '../format.js';
import { unitName } from '../data/units.js';
import { documentRow } from '../ui/document-row.js';

/** Parts of the dossier page once it has been submitted. `done(notice, focusKey)` reloads the page. */

export function receiptPanel(d) {
  const pdfButton = h('button', { type: 'button', class: 'btn btn-primary' }, `⬇ ${t('dossier.downloadReceipt')}`);
  const pdfError = h('div', {});
  pdfButton.addEventListener('click', async () => {
    clear(pdfError);
    try {
      const blob = await busy(pdfButton, t('dossier.downloadingReceipt'), () => Api.receiptPdf(d.id));
      saveBlob(blob, `giay-tiep-nhan-${d.dossierCode}.pdf`);
    } catch (error) {
      clear(pdfError, alertBox('error', error.message));
    }
  });
  const lookupHref = `#/tra-cuu?${new URLSearchParams({ ma: d.dossierCode, mk: d.lookupSecret })}`;
  return h(
    'section',
    { class: 'card receipt', 'aria-labelledby': 'receipt-title' },
    h(
      'h2',
      { id: 'receipt-title', class: 'section-title', tabindex: '-1', 'data-focus': 'receipt' },
      t('dossier.receiptTitle'),
      h('small', { lang: 'en' }, t('dossier.receiptEn')),
    ),
    h(
      'div',
      { class: 'receipt-codes' },
      h(
        'div',
        { class: 'code-box' },
        h('span', { class: 'code-label' }, t('dossier.code')),
        h('span', { class: 'code-value mono' }, d.dossierCode),
        copyButton(d.dossierCode),
      ),
      h(
        'div',
        { class: 'code-box code-secret' },
        h('span', { class: 'code-label' }, t('dossier.lookupSecret')),
        h('span', { class: 'code-value mono' }, d.lookupSecret),
        copyButton(d.lookupSecret),
      ),
    ),
    h('p', { class: 'muted' }, t('dossier.lookupSecretHint')),
    facts([
      [t('dossier.receivedAt'), dateTime(d.submittedAt)],
      [t('dossier.expected'), h('strong', {}, date(d.expectedResultDate))],
      [t('dossier.localUnit'), unitName(d.localUnitCode)],
      [
        t('dossier.proposed'),
        [
          h('strong', {}, money(d.proposedSupportVnd)),
          d.supportExplanation ? h('span', { class: 'muted block' }, d.supportExplanation) : null,
        ],
      ],
    ]),
    h(
      'div',
      { class: 'form-actions' },
      pdfButton,
      h('a', { class: 'btn btn-secondary', href: lookupHref }, t('dossier.openLookup')),
    ),
    pdfError,
  );
}

export function supplementPanel(d, program, done) {
  // The dossier view has no supplement-request list yet: read the requested items from the latest
  // SUPPLEMENT_REQUESTED timeline note ("CODE: reason; …") and ask for the request id from the notice.
  const event = [...d.timeline].reverse().find((x) => x.kind === 'SUPPLEMENT_REQUESTED');
  const items = (event?.note ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [code, ...reason] = s.split(':');
      return { code: code.trim(), reason: reason.join(':').trim() };
    });
  const known = d.openSupplementRequest?.id ?? d.supplementRequests?.find((r) => !r.answeredAt)?.id ?? '';
  const requestId = input({
    value: sessionStorage.getItem(`kc.supplement.${d.id}`) ?? known,
    class: 'mono',
    autocomplete: 'off',
  });
  requestId.addEventListener('input', () => sessionStorage.setItem(`kc.supplement.${d.id}`, requestId.value.trim()));
  const sendButton = h('button', { type: 'submit', class: 'btn btn-primary' }, t('dossier.supplementSend'));
  const form = h(
    'form',
    { class: 'form', novalidate: true },
    formSummary(),
    known
      ? null
      : field({
          label: t('dossier.supplementRequestId'),
          name: 'supplementRequestId',
          required: true,
          hint: t('dossier.supplementRequestIdHint'),
          control: requestId,
        }),
    h(
      'ul',
      { class: 'doc-list' },
      items.map((item) =>
        documentRow({
          dossierId: d.id,
          requirement: requirementOf(program, item.code),
          reason: item.reason,
          document: d.documents.find(
            (x) =>
              x.requirementCode === item.code &&
              x.supplementRequestId &&
              x.supplementRequestId === requestId.value.trim(),
          ),
          editable: true,
          supplementRequestId: () => requestId.value.trim(),
          onChanged: (focusKey) => done(null, focusKey),
        }),
      ),
    ),
    sendButton,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const rid = requestId.value.trim();
    if (!rid)
      return showErrors(form, [
        {
          field: 'supplementRequestId',
          messageVi: t('validation.required', { label: t('dossier.supplementRequestId').toLowerCase() }),
        },
      ]);
    try {
      await busy(sendButton, t('app.loading'), () => Api.answerSupplement(d.id, rid));
      await done(alertBox('success', t('dossier.supplementSent')));
    } catch (error) {
      showApiError(form, error);
    }
  });
  return h(
    'section',
    { class: 'card card-warning', id: 'supplement' },
    sectionTitle(t('dossier.supplementTitle'), t('dossier.supplementEn')),
    event ? h('p', {}, h('strong', {}, event.labelVi)) : null,
    h('p', {}, t('dossier.supplementIntro')),
    form,
  );
}

export function withdrawPanel(d, done) {
  const reason = h('textarea', { rows: 3, maxlength: 2000 });
  const button = h('button', { type: 'submit', class: 'btn btn-danger' }, t('dossier.withdrawConfirm'));
  const form = h(
    'form',
    { class: 'form', novalidate: true },
    formSummary(),
    field({ label: t('dossier.withdrawReason'), name: 'reason', required: true, control: reason }),
    button,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    if (reason.value.trim().length < 5) {
      return showErrors(form, [
        { field: 'reason', messageVi: t('validation.minLength', { label: t('dossier.withdrawReason'), min: 5 }) },
      ]);
    }
    try {
      await busy(button, t('app.loading'), () => Api.withdraw(d.id, reason.value.trim()));
      await done(alertBox('success', t('dossier.withdrawn')));
    } catch (error) {
      showApiError(form, error);
    }
  });
  return h(
    'section',
    { class: 'card' },
    h(
      'details',
      { class: 'danger-zone' },
      h('summary', {}, t('dossier.withdrawTitle')),
      h('p', { class: 'muted' }, t('dossier.withdrawIntro')),
      form,
    ),
  );
}

export function requirementOf(program, code) {
  return program?.requiredDocuments.find((r) => r.code === code) ?? { code, nameVi: code, nameEn: '' };
}
