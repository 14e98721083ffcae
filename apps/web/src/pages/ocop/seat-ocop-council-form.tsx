// The appraiser seats the next council of a running OCOP round: the next level's, or the same level's
// again when its council closed without quorum. Members come from the staff directory.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { StaffEntry } from '../../api/directory';
import { useI18n } from '../../i18n/i18n';
import { CouncilPicker } from '../../ui/council-picker';
import { ErrorState } from '../../ui/states';

const evaluationPath = (id: string) => `/api/ocop/evaluations/${encodeURIComponent(id)}`;

/** Shown on a round while its workflow waits for a council (nothing otherwise). */
export function SeatOcopCouncilForm({ evaluationId }: { evaluationId: string }) {
  const { pick } = useI18n();
  const client = useQueryClient();
  const [members, setMembers] = useState<StaffEntry[]>([]);
  const [noMembers, setNoMembers] = useState(false);
  const live = useQuery({
    queryKey: ['ocop-live', evaluationId],
    queryFn: () => api<{ stage: string; level: string }>(evaluationPath(evaluationId)),
    refetchInterval: 10_000,
  });
  const seat = useMutation({
    mutationFn: () =>
      api<unknown>(`${evaluationPath(evaluationId)}/councils`, {
        method: 'POST',
        body: { members: members.map((m) => ({ userId: m.id, name: m.fullName })) },
      }),
    onSuccess: () => {
      setMembers([]);
      return client.invalidateQueries({ queryKey: ['ocop-live', evaluationId] });
    },
  });
  if (live.data?.stage !== 'AWAITING_COUNCIL') return null;
  const titleId = `seat-ocop-council-${evaluationId}`;
  return (
    <form
      className="form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setNoMembers(members.length === 0);
        if (members.length > 0) seat.mutate();
      }}
    >
      <h4 id={titleId}>{pick('Thành lập Hội đồng đánh giá', 'Seat the evaluation council')}</h4>
      <CouncilPicker
        legend={pick('Thành viên Hội đồng đánh giá', 'Members of the evaluation council')}
        chosen={[members, setMembers]}
        tried={noMembers}
      />
      {seat.isError && <ErrorState error={seat.error} />}
      <button type="submit" className="btn btn-primary" disabled={seat.isPending}>
        {pick('Thành lập Hội đồng', 'Seat the council')}
      </button>
    </form>
  );
}
