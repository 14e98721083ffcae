// Where a required document stands: uploading n % (a real progress bar), uploaded with its file, or missing.
import type { DossierDocument } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { fileSize } from '../../format';

export function DocumentStatus({
  name,
  progress,
  document,
}: {
  name: string;
  progress: number | null;
  document?: DossierDocument;
}) {
  const { t } = useI18n();
  return (
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
  );
}
