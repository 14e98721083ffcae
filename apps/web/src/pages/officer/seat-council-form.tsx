// The appraiser's task at the council stage: seat the dossier's council from the staff directory. It
// opens again when a council could not reach its quorum (then other members are seated).
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { CouncilSeating, type StaffEntry } from '../../api/directory';
import { useI18n } from '../../i18n/i18n';
import { CouncilPicker } from '../../ui/council-picker';
import { ErrorState } from '../../ui/states';

/** The least council the rule pack allows (libs/domain council-seating); the server has the last word. */
const MIN_MEMBERS = 3;

export function SeatCouncilForm({ applicationId, onDone }: { applicationId: string; onDone: () => void }) {
  const { t, pick } = useI18n();
  const [members, setMembers] = useState<StaffEntry[]>([]);
  const [tooFew, setTooFew] = useState(false);
  const seat = useMutation({
    mutationFn: () =>
      CouncilSeating.seat(
        applicationId,
        members.map((m) => m.id),
      ),
    onSuccess: onDone,
  });
  return (
    <form
      className="form action-form"
      noValidate
      aria-labelledby="SEAT_COUNCIL-title"
      onSubmit={(e) => {
        e.preventDefault();
        setTooFew(members.length < MIN_MEMBERS);
        if (members.length >= MIN_MEMBERS) seat.mutate();
      }}
    >
      <h3 id="SEAT_COUNCIL-title">{t('actions.type.SEAT_COUNCIL')}</h3>
      <p className="muted">
        {pick(
          `Chọn ít nhất ${MIN_MEMBERS} thành viên Hội đồng từ danh bạ cán bộ. Mỗi thành viên nhận một nhiệm vụ khai báo xung đột lợi ích và biểu quyết.`,
          `Choose at least ${MIN_MEMBERS} council members from the staff directory. Each gets a task to declare conflicts and vote.`,
        )}
      </p>
      <CouncilPicker
        legend={pick('Thành viên Hội đồng', 'Council members')}
        chosen={[members, setMembers]}
        min={MIN_MEMBERS}
        tried={tooFew}
      />
      {seat.isError && <ErrorState error={seat.error} />}
      <button type="submit" className="btn btn-primary" disabled={seat.isPending}>
        {t('actions.submit.SEAT_COUNCIL')}
      </button>
    </form>
  );
}
