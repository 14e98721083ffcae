import { useState } from 'react';
import { Link } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Applications } from '../../api/applications';
import { usePrograms } from '../../api/queries';
import { dossierStatuses } from '@kc/contracts';
import { useI18n } from '../../i18n/i18n';
import { money } from '../../format';
import { date } from '../../dates';
import { Badge } from '../../ui/badge';
import { PageHeader } from '../../ui/page-header';
import { Pagination } from '../../ui/pagination';
import { StageName } from '../../ui/stage-name';
import { Empty, QueryView } from '../../ui/states';

const STATUSES = dossierStatuses;

export default function DossiersPage() {
  const { t, pick } = useI18n();
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const programs = usePrograms();
  const list = useQuery({
    queryKey: ['dossiers', status, page],
    queryFn: () => Applications.list({ status, page, pageSize: 10 }),
    placeholderData: keepPreviousData,
  });
  const programName = (code: string) => {
    const p = programs.data?.items.find((x) => x.code === code);
    return p ? pick(p.nameVi, p.nameEn) : code;
  };
  return (
    <div className="page">
      <PageHeader title={t('dossiers.title')}>
        <Link className="btn btn-primary" to="/ho-so/moi">
          {t('dossiers.new')}
        </Link>
      </PageHeader>
      <div className="toolbar">
        <label htmlFor="status-filter">{t('dossiers.filterStatus')}</label>
        <select id="status-filter" value={status} onChange={(e) => (setStatus(e.target.value), setPage(1))}>
          <option value="">{t('dossiers.allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <QueryView query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty title={status ? t('dossiers.emptyFiltered') : t('dossiers.emptyTitle')}>
              <p>{t('dossiers.emptyText')}</p>
            </Empty>
          ) : (
            <>
              <ul className="dossier-list">
                {data.items.map((d) => (
                  <li className="dossier-row card" key={d.id}>
                    <div className="dossier-main">
                      <Link className="dossier-title" to={`/ho-so/${d.id}`}>
                        {d.title}
                      </Link>
                      <p className="dossier-meta">
                        {d.dossierCode ?? t('dossiers.notSubmitted')} · {programName(d.programCode)}
                      </p>
                    </div>
                    <div className="dossier-side">
                      <Badge tone={d.status.toLowerCase()}>{t(`status.${d.status}`)}</Badge>
                      {d.stage && (
                        <span className="muted">
                          <StageName stage={d.stage} />
                        </span>
                      )}
                      <span className="dossier-money">{money(d.proposedSupportVnd)}</span>
                      <span className="muted">{date(d.updatedAt)}</span>
                    </div>
                  </li>
                ))}
              </ul>
              <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
            </>
          )
        }
      </QueryView>
    </div>
  );
}
