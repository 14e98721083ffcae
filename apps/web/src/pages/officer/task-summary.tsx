// The dossier as the task shows it: applicant, place, cost, proposed support and dates.
import { useUnitName } from '../../api/queries';
import type { TaskDetail } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { money } from '../../format';
import { date } from '../../dates';
import { Facts } from '../../ui/facts';

export function TaskSummary({ task, summary }: { task: TaskDetail['task']; summary: TaskDetail['dossier'] }) {
  const { t } = useI18n();
  const unitName = useUnitName();
  return (
    <section className="card" aria-labelledby="summary-title">
      <h2 className="section-title" id="summary-title">
        {t('task.summary')}
      </h2>
      <Facts
        rows={[
          [t('task.applicant'), task.applicantName ?? '—'],
          [t('dossier.localUnit'), unitName(summary?.localUnitCode)],
          [t('dossier.cost'), money(summary?.eligibleCostVnd)],
          [t('dossier.proposed'), money(summary?.proposedSupportVnd)],
          [t('dossier.submittedAt'), date(summary?.submittedAt)],
          [t('dossier.expected'), date(summary?.expectedResultDate)],
        ]}
      />
    </section>
  );
}
