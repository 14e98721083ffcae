// The open document: inline when the browser can show it (PDF, images), otherwise a note to download it.
import type { DossierDocument } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ErrorState, Loading } from './states';

export function ViewerFrame({
  open,
  name,
  url,
  error,
}: {
  open: DossierDocument;
  name: string;
  url: string | null;
  error: unknown;
}) {
  const { t } = useI18n();
  const inline = open.mime === 'application/pdf' || open.mime.startsWith('image/');
  return (
    <figure className="viewer-frame" aria-live="polite">
      <figcaption>
        {name} — {open.fileName}
      </figcaption>
      {error ? (
        <ErrorState error={error} />
      ) : !url ? (
        <Loading />
      ) : inline && open.mime.startsWith('image/') ? (
        <img src={url} alt={name} />
      ) : inline ? (
        <iframe src={url} title={name} />
      ) : (
        <p>{t('viewer.noPreview')}</p>
      )}
    </figure>
  );
}
