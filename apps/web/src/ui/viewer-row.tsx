// One document in the viewer's list: its name and file, with "view" and "download".
import type { DossierDocument } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { fileSize } from '../format';

export function ViewerRow({
  d,
  name,
  viewing,
  onView,
  onDownload,
}: {
  d: DossierDocument;
  name: string;
  viewing: boolean;
  onView: () => void;
  onDownload: () => void;
}) {
  const { t } = useI18n();
  return (
    <li className="doc-row is-done">
      <div className="doc-info">
        <p className="doc-name">{name}</p>
        <p className="doc-file">
          <span className="file-name">{d.fileName}</span> · {fileSize(d.sizeBytes)}
        </p>
      </div>
      <div className="doc-actions">
        <button type="button" className="btn btn-secondary btn-sm" aria-pressed={viewing} onClick={onView}>
          {t('viewer.view')}
          <span className="sr-only">: {name}</span>
        </button>
        <button type="button" className="btn btn-ghost btn-sm" onClick={onDownload}>
          {t('dossier.download')}
          <span className="sr-only">: {name}</span>
        </button>
      </div>
    </li>
  );
}
