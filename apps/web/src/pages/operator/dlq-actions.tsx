import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DlqOutcome } from '@kc/contracts';
import { Operations } from '../../api/operations';
import { useI18n } from '../../i18n/i18n';
import { DryRunOutcome } from './dry-run';
import { ReasonField } from './reason-field';

/** Redrive or discard the selected messages: a reason, a dry-run count, then the action. */
export function DlqActions({ ids, onDone }: { ids: string[]; onDone: (outcome: DlqOutcome) => void }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [matched, setMatched] = useState<number | null>(null);
  const dry = useMutation({
    mutationFn: () => Operations.dlqAct('redrive', { ids, reason: reason.trim(), dryRun: true }),
    onSuccess: (r) => setMatched(r.matched),
  });
  const act = useMutation({
    mutationFn: (verb: 'redrive' | 'discard') => Operations.dlqAct(verb, { ids, reason: reason.trim(), dryRun: false }),
    onSuccess: async (r) => {
      setMatched(null);
      await client.invalidateQueries({ queryKey: ['ops', 'dlq'] });
      onDone(r);
    },
  });
  const count = matched ?? 0;
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
        <ReasonField
          id="dlq-reason"
          minLength={3}
          value={reason}
          onChange={(v) => {
            setReason(v);
            setMatched(null);
          }}
        />
        <button type="submit" className="btn btn-secondary">
          {t('ops.common.dryRun')}
        </button>
      </form>
      <DryRunOutcome
        count={dry}
        act={act}
        matched={matched}
        none={t('ops.dlq.nothing')}
        summary={t('ops.dlq.dryRunCount', { count })}
      >
        <button
          type="button"
          className="btn btn-primary"
          disabled={act.isPending}
          onClick={() => act.mutate('redrive')}
        >
          {t('ops.dlq.confirmRedrive', { count })}
        </button>
        <button type="button" className="btn btn-danger" disabled={act.isPending} onClick={() => act.mutate('discard')}>
          {t('ops.dlq.confirmDiscard', { count })}
        </button>
      </DryRunOutcome>
    </section>
  );
}
