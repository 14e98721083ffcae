import { h, clear, uid } from './dom.js';
import { t } from '../i18n/t.js';
import { Api } from '../api.js';
import { saveBlob } from './components.js';
import { busy } from './form.js';
import { fileSize } from '../format.js';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx,application/pdf,image/jpeg,image/png';

/**
 * One required document: its state (missing / uploading n% / uploaded / error), a file picker, download and
 * remove. `supplementRequestId()` (when answering a supplement) is sent with the upload.
 */
export function documentRow({
  dossierId,
  requirement,
  document,
  problem,
  reason,
  editable,
  supplementRequestId,
  onChanged,
}) {
  const id = uid('doc');
  const status = h('div', { class: 'doc-status', 'aria-live': 'polite' });
  const errorEl = h('p', { class: 'field-error', id: `${id}-error`, role: 'alert' }, problem ?? '');
  const row = h('li', { class: `doc-row ${document ? 'is-done' : 'is-missing'} ${problem ? 'has-error' : ''}` });

  const showState = () => {
    if (document) {
      clear(
        status,
        h('span', { class: 'doc-state ok' }, `✓ ${t('dossier.docUploaded')}`),
        h(
          'span',
          { class: 'doc-file' },
          h('span', { class: 'file-name' }, document.fileName),
          ` · ${fileSize(document.sizeBytes)}`,
        ),
      );
    } else clear(status, h('span', { class: 'doc-state missing' }, t('dossier.docMissing')));
  };

  const actions = h('div', { class: 'doc-actions' });
  if (document) {
    const download = h('button', { type: 'button', class: 'btn btn-ghost btn-sm' }, t('dossier.download'));
    download.addEventListener('click', async () => {
      try {
        saveBlob(
          await busy(download, t('app.loading'), () => Api.downloadDocument(dossierId, document.id)),
          document.fileName,
        );
      } catch (error) {
        errorEl.textContent = error.message;
      }
    });
    actions.append(download);
  }
  if (editable) {
    const fileInput = h('input', {
      type: 'file',
      id,
      accept: ACCEPT,
      class: 'file-input',
      'data-focus': `doc-${requirement.code}`,
      'aria-describedby': `${id}-error`,
    });
    const pick = h(
      'label',
      { for: id, class: `btn btn-sm ${document ? 'btn-secondary' : 'btn-primary'}` },
      document ? t('dossier.replaceFile') : t('dossier.chooseFile'),
      h('span', { class: 'sr-only' }, `: ${requirement.nameVi}`),
    );
    fileInput.addEventListener('change', () => fileInput.files[0] && send(fileInput.files[0]));
    actions.append(fileInput, pick);
    if (document && !supplementRequestId) {
      const remove = h(
        'button',
        { type: 'button', class: 'btn btn-ghost btn-sm danger-text' },
        t('dossier.remove'),
        h('span', { class: 'sr-only' }, `: ${requirement.nameVi}`),
      );
      remove.addEventListener('click', async () => {
        try {
          await busy(remove, t('dossier.removing'), () => Api.removeDocument(dossierId, document.id));
          await onChanged(`doc-${requirement.code}`);
        } catch (error) {
          errorEl.textContent = error.message;
        }
      });
      actions.append(remove);
    }
  }

  async function send(file) {
    errorEl.textContent = '';
    row.classList.remove('has-error');
    if (file.size > MAX_BYTES) return fail(t('errors.tooLarge'));
    const rid = supplementRequestId?.();
    if (supplementRequestId && !rid) return fail(t('dossier.supplementUploadFirst'));
    const bar = h('progress', { max: 100, value: 0, 'aria-label': requirement.nameVi });
    const label = h('span', { class: 'doc-state busy' }, t('dossier.docUploading', { percent: 0 }));
    clear(status, label, bar);
    row.classList.add('is-busy');
    actions.querySelectorAll('button, input').forEach((b) => (b.disabled = true));
    const form = new FormData();
    form.append('requirementCode', requirement.code);
    if (rid) form.append('supplementRequestId', rid);
    form.append('file', file, file.name);
    try {
      await Api.uploadDocument(dossierId, form, (ratio) => {
        const percent = Math.round(ratio * 100);
        bar.value = percent;
        label.textContent = t('dossier.docUploading', { percent });
      });
      await onChanged(`doc-${requirement.code}`);
    } catch (error) {
      fail(error.message);
    } finally {
      row.classList.remove('is-busy');
      actions.querySelectorAll('button, input').forEach((b) => (b.disabled = false));
    }
  }

  function fail(message) {
    showState();
    errorEl.textContent = `${message}`;
    row.classList.add('has-error');
  }

  showState();
  return clear(
    row,
    h(
      'div',
      { class: 'doc-info' },
      h(
        'p',
        { class: 'doc-name' },
        requirement.nameVi,
        requirement.nameEn ? h('span', { class: 'doc-en', lang: 'en' }, requirement.nameEn) : null,
      ),
      reason ? h('p', { class: 'doc-reason' }, reason) : null,
      status,
      errorEl,
    ),
    actions,
  );
}
