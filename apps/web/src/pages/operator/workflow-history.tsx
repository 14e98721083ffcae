// A workflow's history as Temporal records it, read through the operations API.
import { useQuery } from '@tanstack/react-query';
import { Operations } from '../../api/operations';
import { useI18n } from '../../i18n/i18n';
import { dateTime } from '../../dates';
import { QueryView } from '../../ui/states';

export function WorkflowHistory({ workflowId }: { workflowId: string }) {
  const { t } = useI18n();
  const q = useQuery({ queryKey: ['ops', 'history', workflowId], queryFn: () => Operations.history(workflowId) });
  return (
    <section className="ops-history" aria-label={t('ops.workflows.historyOf', { id: workflowId })}>
      <QueryView query={q}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="muted">{t('ops.workflows.historyEmpty')}</p>
          ) : (
            <ol className="timeline">
              {data.items.map((e) => (
                <li key={e.eventId} className="timeline-item">
                  <span className="timeline-label">{dateTime(e.at)}</span> {e.text}
                </li>
              ))}
            </ol>
          )
        }
      </QueryView>
    </section>
  );
}
