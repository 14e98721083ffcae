// The two SLA counts, at risk and overdue, as toggle buttons choosing which list shows.
import { useI18n } from '../../i18n/i18n';

export type SlaList = 'at-risk' | 'overdue';

export function SlaCounters({
  which,
  atRisk,
  overdue,
  choose,
}: {
  which: SlaList;
  atRisk: number | undefined;
  overdue: number | undefined;
  choose: (next: SlaList) => void;
}) {
  const { t } = useI18n();
  return (
    <ul className="counters">
      <li>
        <button type="button" className="counter" aria-pressed={which === 'at-risk'} onClick={() => choose('at-risk')}>
          {t('ops.dashboard.atRiskCount', { count: atRisk ?? '…' })}
        </button>
      </li>
      <li>
        <button
          type="button"
          className="counter counter-danger"
          aria-pressed={which === 'overdue'}
          onClick={() => choose('overdue')}
        >
          {t('ops.dashboard.overdueCount', { count: overdue ?? '…' })}
        </button>
      </li>
    </ul>
  );
}
