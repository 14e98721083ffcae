// The cases of an SLA list: code, unit, stage, who holds it and when it is due.
import type { SlaRow } from '@kc/contracts';
import { useUnitName } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { dateTime } from '../../dates';
import { DataTable } from './data-table';
import { useLabels } from './use-labels';

export function SlaTable({ rows, caption }: { rows: SlaRow[]; caption: string }) {
  const { t } = useI18n();
  const unitName = useUnitName();
  const { stage } = useLabels();
  return (
    <DataTable
      caption={caption}
      columns={[
        t('ops.common.code'),
        t('ops.common.unit'),
        t('ops.common.stage'),
        t('ops.dashboard.holder'),
        t('ops.dashboard.due'),
      ]}
      rows={rows.map((r) => [r.code ?? r.caseId, unitName(r.unitCode), stage(r.stage), r.holder, dateTime(r.dueAt)])}
    />
  );
}
