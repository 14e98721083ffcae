import { useI18n } from '../i18n/i18n';

export function Stars({ count }: { count: number | null }) {
  const { t } = useI18n();
  if (!count) return null;
  return (
    <p className="stars" aria-label={t('ocop.starsLabel', { count })}>
      <span aria-hidden="true">
        {'★'.repeat(count)}
        {'☆'.repeat(5 - count)}
      </span>
    </p>
  );
}
