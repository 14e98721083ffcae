import type { DlqRow } from '@kc/contracts';
import { useI18n } from '../../i18n/i18n';
import { dateTime } from '../../dates';
import { Badge } from '../../ui/badge';

const TONES = { PARKED: 'withdrawn', REDRIVEN: 'completed', DISCARDED: 'closed' } as const;

/** One page of dead-lettered messages: parked ones can be selected for redrive or discard. */
export function DlqTable({
  rows,
  selected,
  onSelect,
  onInspect,
}: {
  rows: DlqRow[];
  selected: string[];
  onSelect: (ids: string[]) => void;
  onInspect: (id: string) => void;
}) {
  const { t } = useI18n();
  const toggle = (id: string, on: boolean) => onSelect(on ? [...selected, id] : selected.filter((x) => x !== id));
  return (
    <div className="table-wrap">
      <table className="table" data-testid="dlq-table">
        <caption className="sr-only">{t('ops.dlq.title')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={t('ops.dlq.selectAll')}
                checked={rows.every((r) => selected.includes(r.id))}
                onChange={(e) => onSelect(e.target.checked ? rows.map((r) => r.id) : [])}
              />
            </th>
            <th scope="col">#</th>
            <th scope="col">{t('ops.dlq.eventType')}</th>
            <th scope="col">{t('ops.dlq.group')}</th>
            <th scope="col">{t('ops.dlq.failure')}</th>
            <th scope="col">{t('ops.dlq.failedAt')}</th>
            <th scope="col">{t('ops.common.status')}</th>
            <th scope="col">
              <span className="sr-only">{t('ops.dlq.inspect')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('ops.dlq.select', { id: r.id })}
                  checked={selected.includes(r.id)}
                  disabled={r.status !== 'PARKED'}
                  onChange={(e) => toggle(r.id, e.target.checked)}
                />
              </td>
              <td className="num">{r.id}</td>
              <td>{r.eventType ?? '—'}</td>
              <td className="mono ops-break">{r.consumerGroup}</td>
              <td className="ops-break">{r.reason ?? '—'}</td>
              <td>{dateTime(r.failedAt)}</td>
              <td>
                <Badge tone={TONES[r.status]}>{t(`ops.dlq.statuses.${r.status}`)}</Badge>
              </td>
              <td>
                <button type="button" className="btn btn-ghost btn-sm" onClick={() => onInspect(r.id)}>
                  {t('ops.dlq.inspect')}
                  <span className="sr-only"> #{r.id}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
