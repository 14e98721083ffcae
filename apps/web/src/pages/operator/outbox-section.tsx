// Each service's outbox backlog: events written but not yet sent to Kafka, and the oldest one's age.
import { useQuery } from '@tanstack/react-query';
import { Operations } from '../../api/operations';
import { useI18n } from '../../i18n/i18n';
import { dateTime } from '../../dates';
import { QueryView } from '../../ui/states';
import { DataTable } from './data-table';
import { ExportButtons } from './export-buttons';

export function OutboxSection() {
  const { t } = useI18n();
  const outbox = useQuery({ queryKey: ['ops', 'outbox'], queryFn: Operations.outboxBacklog, refetchInterval: 10_000 });
  return (
    <section className="section" aria-labelledby="outbox-title">
      <div className="chart-head">
        <h2 className="section-title" id="outbox-title">
          {t('ops.lag.outbox')}
        </h2>
        <ExportButtons path="kafka/outbox-backlog" name={t('ops.lag.outbox')} />
      </div>
      <QueryView query={outbox}>
        {(data) => (
          <DataTable
            caption={t('ops.lag.outbox')}
            columns={[t('ops.lag.schema'), t('ops.lag.unsent'), t('ops.lag.oldest')]}
            rows={data.items.map((r) => [r.schema, r.unsent ?? t('ops.lag.noOutbox'), dateTime(r.oldestUnsentAt)])}
          />
        )}
      </QueryView>
    </section>
  );
}
