// The audit log's rows: sequence, time, actor, action, case, reason, and the change under a disclosure.
import type { AuditRow } from '@kc/contracts';
import { useI18n } from '../../i18n/i18n';
import { dateTime } from '../../dates';
import { DataTable } from './data-table';
import { brief } from './brief';

export function AuditTable({ rows }: { rows: readonly AuditRow[] }) {
  const { t } = useI18n();
  return (
    <DataTable
      caption={t('ops.audit.title')}
      columns={[
        '#',
        t('ops.audit.when'),
        t('ops.audit.actor'),
        t('ops.audit.action'),
        t('ops.common.code'),
        t('ops.common.reason'),
        t('ops.audit.details'),
      ]}
      rows={rows.map((r) => [
        r.seq,
        dateTime(r.occurredAt),
        `${r.actorRole ?? r.actorKind} ${r.actorId ?? ''}`.trim(),
        r.action,
        r.caseCode ?? r.caseId,
        r.reason,
        <details key="d">
          <summary>{t('ops.audit.details')}</summary>
          <pre className="ops-pre">{`${brief(r.before)}\n→ ${brief(r.after)}`}</pre>
        </details>,
      ])}
    />
  );
}
