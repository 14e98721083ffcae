import { useId } from 'react';
import type { DossierDocument } from '../../api/types';
import type { DocumentRequirement } from '@kc/domain';
import { useI18n } from '../../i18n/i18n';
import { DocumentStatus } from './document-status';
import { useDocumentFile } from './use-document-file';

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
  const id = useId();
  const { progress, error, send, download, remove } = useDocumentFile({
    dossierId,
    requirement,
    document,
    problem,
    supplementRequestId,
    onChanged,
  });
  const name = pick(requirement.nameVi, requirement.nameEn);

  return (
    <li
      className={`doc-row ${document ? 'is-done' : 'is-missing'} ${error ? 'has-error' : ''}`}
      data-requirement={requirement.code}
    >
      <div className="doc-info">
        <p className="doc-name">{name}</p>
        {reason && <p className="doc-reason">{reason}</p>}
        <DocumentStatus name={name} progress={progress} document={document} />
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
