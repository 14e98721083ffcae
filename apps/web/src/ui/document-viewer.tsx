import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { saveBlob } from '../api/save-blob';
import type { DossierDocument } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { fileSize } from '../format';
import { ErrorState, Loading } from './states';

/**
 * Shows one document inline (PDF in the browser's viewer, images as images) from a Blob fetched with the
 * officer's token; other types (DOCX, XLSX) are offered as a download.
 */
export function DocumentViewer({
  documents,
  nameOf,
  load,
}: {
  documents: DossierDocument[];
  nameOf: (code: string) => string;
  load: (docId: string) => Promise<Blob>;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<DossierDocument | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const blob = useQuery({
    queryKey: ['document-blob', open?.id],
    queryFn: () => load(open!.id),
    enabled: !!open,
    staleTime: Infinity,
  });
  const url = useMemo(() => (blob.data ? URL.createObjectURL(blob.data) : null), [blob.data]);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  const error = blob.error ?? downloadError;
  const inline = open && (open.mime === 'application/pdf' || open.mime.startsWith('image/'));
  return (
    <div className="doc-viewer">
      <ul className="doc-list">
        {documents.map((d) => (
          <li key={d.id} className="doc-row is-done">
            <div className="doc-info">
              <p className="doc-name">{nameOf(d.requirementCode)}</p>
              <p className="doc-file">
                <span className="file-name">{d.fileName}</span> · {fileSize(d.sizeBytes)}
              </p>
            </div>
            <div className="doc-actions">
              <button
                type="button"
                className="btn btn-secondary btn-sm"
                aria-pressed={open?.id === d.id}
                onClick={() => setOpen(d)}
              >
                {t('viewer.view')}
                <span className="sr-only">: {nameOf(d.requirementCode)}</span>
              </button>
              <button
                type="button"
                className="btn btn-ghost btn-sm"
                onClick={() => void load(d.id).then((b) => saveBlob(b, d.fileName), setDownloadError)}
              >
                {t('dossier.download')}
                <span className="sr-only">: {nameOf(d.requirementCode)}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
      {open && (
        <figure className="viewer-frame" aria-live="polite">
          <figcaption>
            {nameOf(open.requirementCode)} — {open.fileName}
          </figcaption>
          {error ? (
            <ErrorState error={error} />
          ) : !url ? (
            <Loading />
          ) : inline && open.mime.startsWith('image/') ? (
            <img src={url} alt={nameOf(open.requirementCode)} />
          ) : inline ? (
            <iframe src={url} title={nameOf(open.requirementCode)} />
          ) : (
            <p>{t('viewer.noPreview')}</p>
          )}
        </figure>
      )}
    </div>
  );
}
