// One case as the read model has it: its dates and the stages it went through, with working days.
import type { OperationsCaseDetail } from '@kc/contracts';
import { useUnitName } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { date, dateTime } from '../../dates';
import { Facts } from '../../ui/facts';
import { DataTable } from './data-table';
import { useLabels } from './use-labels';

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

export function CaseDetail({ detail, code }: { detail: OperationsCaseDetail; code: string }) {
  const { t } = useI18n();
  const unitName = useUnitName();
  const { stage } = useLabels();
  return (
    <div className="case-detail" data-testid="ops-case">
      <h3>{t('ops.dashboard.caseTitle', { code: str(detail.case.code) ?? code })}</h3>
      <Facts
        rows={[
          [t('ops.common.programme'), str(detail.case.program_code) ?? '—'],
          [t('ops.common.unit'), unitName(str(detail.case.unit_code))],
          [t('ops.dashboard.caseStatus'), str(detail.case.outcome) ?? stage(str(detail.case.stage))],
          [t('ops.dashboard.caseOpened'), dateTime(str(detail.case.opened_at))],
          [t('ops.dashboard.caseDecided'), dateTime(str(detail.case.decided_at))],
          [t('ops.dashboard.caseDue'), date(str(detail.case.due_date))],
        ]}
      />
      <DataTable
        caption={t('ops.dashboard.caseVisits')}
        columns={[
          t('ops.common.stage'),
          t('ops.dashboard.holder'),
          t('ops.dashboard.entered'),
          t('ops.dashboard.left'),
          t('ops.dashboard.workingDays'),
        ]}
        rows={detail.visits.map((v) => [
          stage(str(v.stage)),
          str(v.holder),
          dateTime(str(v.entered_at)),
          v.left_at ? dateTime(str(v.left_at)) : t('ops.dashboard.stillOpen'),
          str(v.working_days) ?? '—',
        ])}
      />
    </div>
  );
}
