import { useId, useState } from 'react';
import { Applications } from '../../api/endpoints';
import { saveBlob } from '../../api/client';
import type { DossierDocument } from '../../api/types';
import type { DocumentRequirement } from '@kc/domain';
import { useI18n } from '../../i18n/i18n';
import { fileSize } from '../../format';
import { useErrorText } from '../../ui/states';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx,application/pdf,image/jpeg,image/png';

/**
 * One required document: missing / uploading n % (a real progress bar from XMLHttpRequest) / uploaded,
 * with download, replace and remove. When answering a supplement the request id goes with the upload.
 */
export function DocumentRow({
  dossierId,
  requirement,
  document,
  reason,
  problem,
  editable,
  removable,
  supplementRequestId,
  onChanged,
}: {
  dossierId: string;
  requirement: DocumentRequirement;
  document?: DossierDocument;
  reason?: string;
  problem?: string;
  editable: boolean;
  removable?: boolean;
  supplementRequestId?: string;
  onChanged: () => Promise<unknown>;
}) {
  const { t, pick } = useI18n();
  const errorText = useErrorText();
  const id = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | undefined>(problem);
  const name = pick(requirement.nameVi, requirement.nameEn);

  const send = async (file: File) => {
    setError(undefined);
    if (file.size > MAX_BYTES) return setError(t('errors.tooLarge'));
    const form = new FormData();
    form.append('requirementCode', requirement.code);
    if (supplementRequestId) form.append('supplementRequestId', supplementRequestId);
    form.append('file', file, file.name);
    setProgress(0);
    try {
      await Applications.uploadDocument(dossierId, form, (r) => setProgress(Math.round(r * 100)));
      await onChanged();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setProgress(null);
    }
  };
  const download = async () => {
    try {
      saveBlob(await Applications.downloadDocument(dossierId, document!.id), document!.fileName);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const remove = async () => {
    try {
      await Applications.removeDocument(dossierId, document!.id);
      await onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <li
      className={`doc-row ${document ? 'is-done' : 'is-missing'} ${error ? 'has-error' : ''}`}
      data-requirement={requirement.code}
    >
      <div className="doc-info">
        <p className="doc-name">{name}</p>
        {reason && <p className="doc-reason">{reason}</p>}
        <div className="doc-status" aria-live="polite">
          {progress !== null ? (
            <>
              <span className="doc-state busy">{t('dossier.docUploading', { percent: progress })}</span>
              <progress max={100} value={progress} aria-label={name} />
            </>
          ) : document ? (
            <>
              <span className="doc-state ok">✓ {t('dossier.docUploaded')}</span>
              <span className="doc-file">
                <span className="file-name">{document.fileName}</span> · {fileSize(document.sizeBytes)}
              </span>
            </>
          ) : (
            <span className="doc-state missing">{t('dossier.docMissing')}</span>
          )}
        </div>
        {error && (
          <p className="field-error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="doc-actions">
        {document && (
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => void download()}>
            {t('dossier.download')}
            <span className="sr-only">: {name}</span>
          </button>
        )}
        {editable && (
          <>
            <input
              type="file"
              id={id}
              accept={ACCEPT}
              className="file-input"
              disabled={progress !== null}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void send(file);
              }}
            />
            <label htmlFor={id} className={`btn btn-sm ${document ? 'btn-secondary' : 'btn-primary'}`}>
              {document ? t('dossier.replaceFile') : t('dossier.chooseFile')}
              <span className="sr-only">: {name}</span>
            </label>
          </>
        )}
        {editable && removable && document && (
          <button type="button" className="btn btn-ghost btn-sm danger-text" onClick={() => void remove()}>
            {t('dossier.remove')}
            <span className="sr-only">: {name}</span>
          </button>
        )}
      </div>
    </li>
  );
}
