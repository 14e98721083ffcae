import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Operations } from '../../api/operations';
import { ApiError } from '../../api/api-error';
import { useI18n } from '../../i18n/i18n';
import { Alert, ErrorState, Loading } from '../../ui/states';
import { CaseDetail } from './case-detail';

/** Finds one case of the read model by its dossier code or id. */
export function CaseLookup() {
  const { t } = useI18n();
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
      {q.data && <CaseDetail detail={q.data} code={code} />}
    </section>
  );
}
