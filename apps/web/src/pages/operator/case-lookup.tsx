import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Operations } from '../../api/operations';
import { useUnitName } from '../../api/queries';
import { ApiError } from '../../api/api-error';
import { useI18n } from '../../i18n/i18n';
import { date, dateTime } from '../../format';
import { Facts } from '../../ui/facts';
import { Alert, ErrorState, Loading } from '../../ui/states';
import { DataTable } from './data-table';
import { useLabels } from './use-labels';

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** One case as the read model has it: its dates and the stages it went through, with working days. */
export function CaseLookup() {
  const { t } = useI18n();
  const unitName = useUnitName();
  const { stage } = useLabels();
  const [draft, setDraft] = useState('');
  const [code, setCode] = useState('');
  const q = useQuery({
    queryKey: ['ops', 'case', code],
    queryFn: () => Operations.oneCase(code),
    enabled: !!code,
    retry: false,
  });
  return (
    <section className="card section" aria-labelledby="case-title">
      <h2 className="section-title" id="case-title">
        {t('ops.dashboard.caseLookup')}
      </h2>
      <form
        className="search-row"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setCode(draft.trim());
        }}
      >
        <label htmlFor="ops-case" className="sr-only">
          {t('ops.dashboard.caseLookupHint')}
        </label>
        <input
          id="ops-case"
          placeholder={t('ops.dashboard.caseLookupHint')}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className="btn btn-primary">
          {t('ops.dashboard.caseFind')}
        </button>
      </form>
      {code && q.isPending && <Loading />}
      {q.isError &&
        (q.error instanceof ApiError && q.error.status === 404 ? (
          <Alert kind="warning">{t('ops.dashboard.caseNotFound')}</Alert>
        ) : (
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        ))}
      {q.data && (
        <div className="case-detail" data-testid="ops-case">
          <h3>{t('ops.dashboard.caseTitle', { code: str(q.data.case.code) ?? code })}</h3>
          <Facts
            rows={[
              [t('ops.common.programme'), str(q.data.case.program_code) ?? '—'],
              [t('ops.common.unit'), unitName(str(q.data.case.unit_code))],
              [t('ops.dashboard.caseStatus'), str(q.data.case.outcome) ?? stage(str(q.data.case.stage))],
              [t('ops.dashboard.caseOpened'), dateTime(str(q.data.case.opened_at))],
              [t('ops.dashboard.caseDecided'), dateTime(str(q.data.case.decided_at))],
              [t('ops.dashboard.caseDue'), date(str(q.data.case.due_date))],
            ]}
          />
          <DataTable
            caption={t('ops.dashboard.caseVisits')}
            columns={[
              t('ops.common.stage'),
              t('ops.dashboard.holder'),
              t('ops.dashboard.entered'),
              t('ops.dashboard.left'),
              t('ops.dashboard.workingDays'),
            ]}
            rows={q.data.visits.map((v) => [
              stage(str(v.stage)),
              str(v.holder),
              dateTime(str(v.entered_at)),
              v.left_at ? dateTime(str(v.left_at)) : t('ops.dashboard.stillOpen'),
              str(v.working_days) ?? '—',
            ])}
          />
        </div>
      )}
    </section>
  );
}
