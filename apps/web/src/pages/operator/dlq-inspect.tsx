import { useQuery } from '@tanstack/react-query';
import { Operations } from '../../api/operations';
import { useI18n } from '../../i18n/i18n';
import { dateTime } from '../../dates';
import { QueryView } from '../../ui/states';

/** One dead-lettered message: why it failed, its envelope and headers; a parked one can be redriven. */
export function DlqInspect({ id, onClose, onRedrive }: { id: string; onClose: () => void; onRedrive: () => void }) {
  const { t } = useI18n();
  const q = useQuery({ queryKey: ['ops', 'dlq-one', id], queryFn: () => Operations.dlqOne(id) });
  return (
    <section className="card section" aria-labelledby="dlq-inspect-title" data-testid="dlq-inspect">
      <div className="chart-head">
        <h2 className="section-title" id="dlq-inspect-title">
          {t('ops.dlq.inspectTitle', { id })}
        </h2>
        <button type="button" className="btn btn-ghost btn-sm" onClick={onClose}>
          {t('ops.dlq.close')}
        </button>
      </div>
      <QueryView query={q}>
        {(m) => (
          <>
            <p>
              <strong>{t('ops.dlq.failure')}:</strong> {m.reason ?? '—'}
            </p>
            <p className="mono ops-break">
              {m.originalTopic} → {m.dlqTopic}
            </p>
            {m.handledAt && (
              <p>
                {t('ops.dlq.handled', {
                  by: m.handledBy ?? '—',
                  at: dateTime(m.handledAt),
                  reason: m.handledReason ?? '',
                })}
              </p>
            )}
            <h3>{t('ops.dlq.envelope')}</h3>
            <pre className="ops-pre" tabIndex={0}>
              {m.envelope ? JSON.stringify(m.envelope, null, 2) : (m.value ?? '—')}
            </pre>
            <h3>{t('ops.dlq.headers')}</h3>
            <pre className="ops-pre" tabIndex={0}>
              {JSON.stringify(m.headers ?? {}, null, 2)}
            </pre>
            {m.status === 'PARKED' && (
              <button type="button" className="btn btn-secondary" onClick={onRedrive}>
                {t('ops.dlq.redriveOne')}
              </button>
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}
