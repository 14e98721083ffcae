import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Operations } from '../../api/operations';
import type { DlqQuery, DlqOutcome } from '@kc/contracts';
import { useI18n } from '../../i18n/i18n';
import { dateTime } from '../../format';
import { Badge, PageHeader, Pagination } from '../../ui/bits';
import { Alert, Empty, ErrorState, QueryView } from '../../ui/states';
import { ExportButtons, OpsNav } from './ops-ui';

const STATUSES = ['PARKED', 'REDRIVEN', 'DISCARDED'] as const;
const TONES = { PARKED: 'withdrawn', REDRIVEN: 'completed', DISCARDED: 'closed' } as const;

/** Dead-letter queues: browse with filters, inspect a message, redrive or discard the selected ones. */
export default function DlqPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<DlqQuery>({ status: 'PARKED' });
  const [draft, setDraft] = useState<DlqQuery>(filter);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const [inspected, setInspected] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<DlqOutcome | null>(null);
  const q = useQuery({ queryKey: ['ops', 'dlq', filter, page], queryFn: () => Operations.dlq(filter, page) });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilter(Object.fromEntries(Object.entries(draft).filter(([, v]) => v)) as DlqQuery);
    setPage(1);
    setSelected([]);
  };
  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  const text = (key: keyof DlqQuery, label: string) => (
    <div className="field">
      <label htmlFor={`dlq-${key}`}>{label}</label>
      <input
        id={`dlq-${key}`}
        value={draft[key] ?? ''}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value.trim() })}
      />
    </div>
  );
  return (
    <div className="page ops-page">
      <PageHeader title={t('ops.dlq.title')} subtitle={t('ops.dlq.subtitle')}>
        <ExportButtons path="dlq" query={{ ...filter }} name={t('ops.dlq.title')} />
      </PageHeader>
      <OpsNav />
      <form className="toolbar filters ops-filters" aria-label={t('ops.dlq.filters')} onSubmit={apply}>
        {text('group', t('ops.dlq.group'))}
        {text('eventType', t('ops.dlq.eventType'))}
        {text('originalTopic', t('ops.dlq.topic'))}
        {text('reasonContains', t('ops.dlq.reasonContains'))}
        <div className="field">
          <label htmlFor="dlq-status">{t('ops.common.status')}</label>
          <select
            id="dlq-status"
            value={draft.status ?? ''}
            onChange={(e) => setDraft({ ...draft, status: (e.target.value || undefined) as DlqQuery['status'] })}
          >
            <option value="">{t('ops.common.any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`ops.dlq.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary">
            {t('ops.common.search')}
          </button>
        </div>
      </form>
      <QueryView query={q}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty title={t('ops.dlq.empty')} />
          ) : (
            <>
              <div className="table-wrap">
                <table className="table" data-testid="dlq-table">
                  <caption className="sr-only">{t('ops.dlq.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">
                        <input
                          type="checkbox"
                          aria-label={t('ops.dlq.selectAll')}
                          checked={data.items.every((r) => selected.includes(r.id))}
                          onChange={(e) => setSelected(e.target.checked ? data.items.map((r) => r.id) : [])}
                        />
                      </th>
                      <th scope="col">#</th>
                      <th scope="col">{t('ops.dlq.eventType')}</th>
                      <th scope="col">{t('ops.dlq.group')}</th>
                      <th scope="col">{t('ops.dlq.failure')}</th>
                      <th scope="col">{t('ops.dlq.failedAt')}</th>
                      <th scope="col">{t('ops.common.status')}</th>
                      <th scope="col">
                        <span className="sr-only">{t('ops.dlq.inspect')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((r) => (
                      <tr key={r.id}>
                        <td>
                          <input
                            type="checkbox"
                            aria-label={t('ops.dlq.select', { id: r.id })}
                            checked={selected.includes(r.id)}
                            disabled={r.status !== 'PARKED'}
                            onChange={(e) => toggle(r.id, e.target.checked)}
                          />
                        </td>
                        <td className="num">{r.id}</td>
                        <td>{r.eventType ?? '—'}</td>
                        <td className="mono ops-break">{r.consumerGroup}</td>
                        <td className="ops-break">{r.reason ?? '—'}</td>
                        <td>{dateTime(r.failedAt)}</td>
                        <td>
                          <Badge tone={TONES[r.status]}>{t(`ops.dlq.statuses.${r.status}`)}</Badge>
                        </td>
                        <td>
                          <button type="button" className="btn btn-ghost btn-sm" onClick={() => setInspected(r.id)}>
                            {t('ops.dlq.inspect')}
                            <span className="sr-only"> #{r.id}</span>
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
            </>
          )
        }
      </QueryView>
      {inspected && (
        <Inspect id={inspected} onClose={() => setInspected(null)} onRedrive={() => setSelected([inspected])} />
      )}
      {outcome && <Alert kind="success">{t('ops.dlq.done', { done: outcome.done, matched: outcome.matched })}</Alert>}
      {selected.length > 0 && (
        <DlqActions
          ids={selected}
          onDone={(o) => {
            setOutcome(o);
            setSelected([]);
          }}
        />
      )}
    </div>
  );
}

function Inspect({ id, onClose, onRedrive }: { id: string; onClose: () => void; onRedrive: () => void }) {
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

/** Redrive or discard the selected messages: a reason, a dry-run count, then the action. */
function DlqActions({ ids, onDone }: { ids: string[]; onDone: (outcome: DlqOutcome) => void }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [count, setCount] = useState<number | null>(null);
  const dry = useMutation({
    mutationFn: () => Operations.dlqAct('redrive', { ids, reason: reason.trim(), dryRun: true }),
    onSuccess: (r) => setCount(r.matched),
  });
  const act = useMutation({
    mutationFn: (verb: 'redrive' | 'discard') => Operations.dlqAct(verb, { ids, reason: reason.trim(), dryRun: false }),
    onSuccess: async (r) => {
      setCount(null);
      await client.invalidateQueries({ queryKey: ['ops', 'dlq'] });
      onDone(r);
    },
  });
  return (
    <section className="card section" aria-labelledby="dlq-act-title" data-testid="dlq-actions">
      <h2 className="section-title" id="dlq-act-title">
        {t('ops.dlq.actionTitle')} · {t('ops.dlq.selected', { count: ids.length })}
      </h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          dry.mutate();
        }}
      >
        <div className="field">
          <label htmlFor="dlq-reason">{t('ops.common.reason')}</label>
          <p className="hint" id="dlq-reason-hint">
            {t('ops.common.reasonHint')}
          </p>
          <textarea
            id="dlq-reason"
            aria-describedby="dlq-reason-hint"
            required
            minLength={3}
            rows={2}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setCount(null);
            }}
          />
        </div>
        <button type="submit" className="btn btn-secondary">
          {t('ops.common.dryRun')}
        </button>
      </form>
      {dry.isError && <ErrorState error={dry.error} />}
      {act.isError && <ErrorState error={act.error} />}
      {count !== null &&
        (count === 0 ? (
          <Alert kind="warning">{t('ops.dlq.nothing')}</Alert>
        ) : (
          <div className="form-actions" aria-live="polite">
            <p>{t('ops.dlq.dryRunCount', { count })}</p>
            <button
              type="button"
              className="btn btn-primary"
              disabled={act.isPending}
              onClick={() => act.mutate('redrive')}
            >
              {t('ops.dlq.confirmRedrive', { count })}
            </button>
            <button
              type="button"
              className="btn btn-danger"
              disabled={act.isPending}
              onClick={() => act.mutate('discard')}
            >
              {t('ops.dlq.confirmDiscard', { count })}
            </button>
          </div>
        ))}
    </section>
  );
}
