import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { saveBlob } from '../api/save-blob';
import type { DossierDocument } from '../api/types';
import { ViewerFrame } from './viewer-frame';
import { ViewerRow } from './viewer-row';

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
  return (
    <div className="doc-viewer">
      <ul className="doc-list">
        {documents.map((d) => (
          <ViewerRow
            key={d.id}
            d={d}
            name={nameOf(d.requirementCode)}
            viewing={open?.id === d.id}
            onView={() => setOpen(d)}
            onDownload={() => void load(d.id).then((b) => saveBlob(b, d.fileName), setDownloadError)}
          />
        ))}
      </ul>
      {open && <ViewerFrame open={open} name={nameOf(open.requirementCode)} url={url} error={error} />}
    </div>
  );
}
