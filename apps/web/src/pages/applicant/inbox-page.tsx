import { useState } from 'react';
import { Link } from 'react-router';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Notifications } from '../../api/notifications';
import { useI18n } from '../../i18n/i18n';
import { dateTime } from '../../dates';
import { useLiveNotifications } from '../../notifications-live';
import { hasRole, useSession } from '../../session';
import { PageHeader } from '../../ui/page-header';
import { Pagination } from '../../ui/pagination';
import { Empty, QueryView } from '../../ui/states';

/** The person's notices, newest first; new ones arrive over the live stream without a reload. */
export default function InboxPage() {
  const { t } = useI18n();
  const session = useSession();
  const { connected, setUnread } = useLiveNotifications();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const inbox = useQuery({
    queryKey: ['inbox', page],
    queryFn: () => Notifications.inbox(page),
    placeholderData: keepPreviousData,
  });
  const after = (r: { unread: number }) => {
    setUnread(r.unread);
    void queryClient.invalidateQueries({ queryKey: ['inbox'] });
  };
  const read = useMutation({ mutationFn: Notifications.read, onSuccess: after });
  const readAll = useMutation({ mutationFn: Notifications.readAll, onSuccess: after });
  const dossierLink = (id: string) => (hasRole(session, 'APPLICANT') ? `/ho-so/${id}` : null);
  return (
    <div className="page">
      <PageHeader title={t('inbox.title')}>
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => readAll.mutate()}>
          {t('inbox.readAll')}
        </button>
      </PageHeader>
      <p className="muted" role="status">
        {connected ? t('inbox.live') : t('inbox.offline')}
      </p>
      <QueryView query={inbox}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty title={t('inbox.empty')} />
          ) : (
            <>
              <ul className="notice-list" data-testid="inbox-list">
                {data.items.map((n) => (
                  <li key={n.id} className={`card notice ${n.readAt ? '' : 'notice-unread'}`}>
                    <div className="card-head">
                      <h2 className="notice-subject">
                        {!n.readAt && <span className="sr-only">{t('inbox.unreadMark')}: </span>}
                        {n.subject}
                      </h2>
                      <time className="muted" dateTime={n.createdAt}>
                        {dateTime(n.createdAt)}
                      </time>
                    </div>
                    <p className="notice-body">{n.body}</p>
                    <div className="form-actions">
                      {n.applicationId && dossierLink(n.applicationId) && (
                        <Link to={dossierLink(n.applicationId)!}>{t('inbox.openDossier')}</Link>
                      )}
                      {!n.readAt && (
                        <button type="button" className="btn btn-ghost btn-sm" onClick={() => read.mutate(n.id)}>
                          {t('inbox.markRead')}
                        </button>
                      )}
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
