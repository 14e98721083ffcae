import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Operations } from '../../api/operations';
import { useI18n } from '../../i18n/i18n';
import { PageHeader } from '../../ui/page-header';
import { Empty, QueryView } from '../../ui/states';
import { OpsNav } from './ops-nav';
import { lagByGroup } from './lag-by-group';
import { LagChart } from './lag-chart';
import { LagTable } from './lag-table';
import { OutboxSection } from './outbox-section';

/** Consumer lag per group and partition (refreshed every few seconds), and each service's outbox backlog. */
export default function LagPage() {
  const { t } = useI18n();
  const [onlyLagging, setOnlyLagging] = useState(true);
  const lag = useQuery({ queryKey: ['ops', 'lag'], queryFn: Operations.lag, refetchInterval: 10_000 });
  return (
    <div className="page ops-page">
      <PageHeader title={t('ops.lag.title')} subtitle={t('ops.lag.subtitle')} />
      <OpsNav />
      <QueryView query={lag}>
        {(data) => {
          if (data.items.length === 0) return <Empty title={t('ops.lag.empty')} />;
          return (
            <>
              <p className="list-count" role="status">
                <strong>{t('ops.lag.total', { total: data.totalLag })}</strong>
              </p>
              <LagChart groups={lagByGroup(data.items)} />
              <LagTable items={data.items} onlyLagging={onlyLagging} setOnlyLagging={setOnlyLagging} />
            </>
          );
        }}
      </QueryView>
      <OutboxSection />
    </div>
  );
}
