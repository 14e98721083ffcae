import { useI18n } from '../i18n/i18n';

/** The star rank, read out as "4 sao" by screen readers. */
export function Stars({ count }: { count: number | null }) {
  const { t } = useI18n();
  if (!count) return null;
  return (
    <p className="stars">
      <span role="img" aria-label={t('ocop.starsLabel', { count })}>
        {'★'.repeat(count)}
        {'☆'.repeat(5 - count)}
      </span>
    </p>
  );
}
