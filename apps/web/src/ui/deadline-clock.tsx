import { useI18n, type MessageKey } from '../i18n/i18n';
import { date, dateTime, daysUntil } from '../dates';

/**
 * The deadline of the current step: days left, overdue, or paused while the applicant owes a supplement
 * (the legal clock stops then; domain.md §4).
 */
export function DeadlineClock({
  due,
  paused,
  pausedUntil,
}: {
  due: string | null;
  paused?: boolean;
  pausedUntil?: string;
}) {
  const { t } = useI18n();
  if (paused)
    return (
      <p className="deadline deadline-paused" data-testid="deadline-clock">
        {t('deadline.paused')}
        {pausedUntil ? ` ${t('deadline.supplementBy', { date: date(pausedUntil) })}` : ''}
      </p>
    );
  if (!due) return <p className="deadline muted">{t('deadline.none')}</p>;
  const days = daysUntil(due);
  const key: MessageKey = days < 0 ? 'deadline.overdue' : days <= 2 ? 'deadline.soon' : 'deadline.left';
  return (
    <p
      className={`deadline ${days < 0 ? 'deadline-overdue' : days <= 2 ? 'deadline-soon' : ''}`}
      data-testid="deadline-clock"
    >
      {t(key, { days: Math.abs(days), date: /T/.test(due) ? dateTime(due) : date(due) })}
    </p>
  );
}
