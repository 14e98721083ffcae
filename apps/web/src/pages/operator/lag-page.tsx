import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Operations } from '../../api/operations';
import { useI18n } from '../../i18n/i18n';
import { dateTime } from '../../format';
import { PageHeader } from '../../ui/page-header';
import { Empty, QueryView } from '../../ui/states';
import { ChartFigure, SERIES } from './chart-figure';
import { DataTable } from './data-table';
import { ExportButtons } from './export-buttons';
import { OpsNav } from './ops-nav';

/** Consumer lag per group and partition (refreshed every few seconds), and each service's outbox backlog. */
export default function LagPage() {
  const { t } = useI18n();
  const [onlyLagging, setOnlyLagging] = useState(true);
  const lag = useQuery({ queryKey: ['ops', 'lag'], queryFn: Operations.lag, refetchInterval: 10_000 });
  const outbox = useQuery({ queryKey: ['ops', 'outbox'], queryFn: Operations.outboxBacklog, refetchInterval: 10_000 });
  return (
    <div className="page ops-page">
      <PageHeader title={t('ops.lag.title')} subtitle={t('ops.lag.subtitle')} />
      <OpsNav />
      <QueryView query={lag}>
        {(data) => {
          if (data.items.length === 0) return <Empty title={t('ops.lag.empty')} />;
          const perGroup = new Map<string, number>();
          for (const r of data.items) perGroup.set(r.group, (perGroup.get(r.group) ?? 0) + Number(r.lag));
          const groups = [...perGroup.entries()]
            .filter(([, n]) => n > 0)
            .sort((a, b) => b[1] - a[1])
            .slice(0, 15);
          const rows = data.items.filter((r) => !onlyLagging || Number(r.lag) > 0);
          return (
            <>
              <p className="list-count" role="status">
                <strong>{t('ops.lag.total', { total: data.totalLag })}</strong>
              </p>
              <ChartFigure
                title={t('ops.lag.chart')}
                columns={[t('ops.lag.group'), t('ops.lag.lag')]}
                rows={groups.map(([g, n]) => [g, n])}
                actions={<ExportButtons path="kafka/lag" name={t('ops.lag.title')} />}
              >
                <ResponsiveContainer width="100%" height={Math.max(160, groups.length * 28)}>
                  <BarChart
                    layout="vertical"
                    data={groups.map(([group, n]) => ({ group, n }))}
                    accessibilityLayer={false}
                  >
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
                    <YAxis type="category" dataKey="group" width={150} tick={{ fontSize: 11 }} />
                    <Tooltip />
                    <Bar isAnimationActive={false} dataKey="n" name={t('ops.lag.lag')} fill={SERIES[1]} />
                  </BarChart>
                </ResponsiveContainer>
              </ChartFigure>
              <div className="field field-check">
                <input
                  id="lag-only"
                  type="checkbox"
                  checked={onlyLagging}
                  onChange={(e) => setOnlyLagging(e.target.checked)}
                />
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
        }}
      </QueryView>
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
    </div>
  );
}
