import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Operations } from '../../api/operations';
import type { AuditQuery } from '@kc/contracts';
import { useI18n } from '../../i18n/i18n';
import { PageHeader } from '../../ui/page-header';
import { Pagination } from '../../ui/pagination';
import { Alert, Empty, ErrorState, QueryView } from '../../ui/states';
import { useFilterForm } from './filter-form';
import { ExportButtons } from './export-buttons';
import { OpsNav } from './ops-nav';
import { AuditTable } from './audit-table';
import { brief } from './brief';

/** The append-only audit log with filters, its hash-chain check, and CSV/Excel export. */
export default function AuditPage() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const { filter, apply, text } = useFilterForm<AuditQuery>('audit', {}, () => setPage(1));
  const q = useQuery({ queryKey: ['ops', 'audit', filter, page], queryFn: () => Operations.audit(filter, page) });
  const verify = useMutation({ mutationFn: Operations.verifyAudit });
  return (
    <div className="page ops-page">
      <PageHeader title={t('ops.audit.title')} subtitle={t('ops.audit.subtitle')}>
        <ExportButtons path="audit" query={{ ...filter }} name={t('ops.audit.title')} />
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => verify.mutate()}>
          {t('ops.audit.verify')}
        </button>
      </PageHeader>
      <OpsNav />
      {verify.isError && <ErrorState error={verify.error} />}
      {verify.data &&
        (verify.data.intact ? (
          <Alert kind="success">{t('ops.audit.intact', { count: verify.data.rowsChecked })}</Alert>
        ) : (
          <Alert kind="error">{t('ops.audit.broken', { detail: brief(verify.data.broken) })}</Alert>
        ))}
      <form className="toolbar filters ops-filters" aria-label={t('ops.audit.filters')} onSubmit={apply}>
        {text('caseId', t('ops.audit.caseId'))}
        {text('actorId', t('ops.audit.actorId'))}
        {text('action', t('ops.audit.action'))}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary">
            {t('ops.common.search')}
          </button>
        </div>
      </form>
      <QueryView query={q}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty title={t('ops.audit.empty')} />
          ) : (
            <>
              <AuditTable rows={data.items} />
              <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
            </>
          )
        }
      </QueryView>
    </div>
  );
}
