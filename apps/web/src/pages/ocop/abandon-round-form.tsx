// The appraiser stops a round that waits for a council (for instance after no quorum, when no other
// members can be found): the reason is required, kept on the round and sent to the holder.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ErrorState } from '../../ui/states';

const evaluationPath = (id: string) => `/api/ocop/evaluations/${encodeURIComponent(id)}`;

/** Shown on a round while its workflow waits for a council (nothing otherwise). */
export function AbandonRoundForm({ evaluationId }: { evaluationId: string }) {
  const { pick } = useI18n();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const live = useQuery({
    queryKey: ['ocop-live', evaluationId],
    queryFn: () => api<{ stage: string; level: string }>(evaluationPath(evaluationId)),
    refetchInterval: 10_000,
  });
  const abandon = useMutation({
    mutationFn: () => api<unknown>(`${evaluationPath(evaluationId)}/abandon`, { method: 'POST', body: { reason } }),
    onSuccess: () => client.invalidateQueries(),
  });
  if (live.data?.stage !== 'AWAITING_COUNCIL') return null;
  const fieldId = `abandon-reason-${evaluationId}`;
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        abandon.mutate();
      }}
    >
      <label htmlFor={fieldId}>{pick('Lý do dừng lượt đánh giá', 'Reason for stopping the round')}</label>
      <textarea id={fieldId} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
      {abandon.isError && <ErrorState error={abandon.error} />}
      <button type="submit" className="btn" disabled={abandon.isPending}>
        {pick('Dừng lượt đánh giá', 'Stop the round')}
      </button>
    </form>
  );
}
