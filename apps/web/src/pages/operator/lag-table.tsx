// Every group's lag per topic and partition (the first 200 rows), only the lagging ones if asked.
import type { PartitionLag } from '@kc/contracts';
import { useI18n } from '../../i18n/i18n';
import { DataTable } from './data-table';

export function LagTable({
  items,
  onlyLagging,
  setOnlyLagging,
}: {
  items: readonly PartitionLag[];
  onlyLagging: boolean;
  setOnlyLagging: (only: boolean) => void;
}) {
  const { t } = useI18n();
  const rows = items.filter((r) => !onlyLagging || Number(r.lag) > 0);
  return (
    <>
      <div className="field field-check">
        <input id="lag-only" type="checkbox" checked={onlyLagging} onChange={(e) => setOnlyLagging(e.target.checked)} />
        <label htmlFor="lag-only">{t('ops.lag.onlyLagging')}</label>
      </div>
      <DataTable
        caption={t('ops.lag.title')}
        columns={[
          t('ops.lag.group'),
          t('ops.lag.topic'),
          t('ops.lag.partition'),
          t('ops.lag.committed'),
          t('ops.lag.end'),
          t('ops.lag.lag'),
        ]}
        rows={rows.slice(0, 200).map((r) => [
          r.group,
          <span className="ops-break" key="topic">
            {r.topic}
          </span>,
          r.partition,
          Number(r.committed),
          Number(r.end),
          Number(r.lag),
        ])}
      />
    </>
  );
}
