import type { DataSource } from 'typeorm';
import type { Period } from './period';
import { vietnamDay } from '../read-model/working-time';

/**
 * What the on-time rate is grouped by, and where that grouping lives. A case is past due once its (pause-moved) promised date is before the as-of day; a stage visit once its
  (pause-moved) deadline instant has passed.
 */
const caseDimension = (key: string) =>
  ({
    table: 'cases',
    key,
    opened: 'opened_at',
    done: 'decided_at',
    due: 'due_date',
    pastDue: 'due < $3::date',
    asOf: (d: Date) => vietnamDay(d.getTime()),
  }) as const;
export const onTimeDimensions = {
  unit: caseDimension('unit_code'),
  programme: caseDimension('program_code'),
  stage: {
    table: 'stage_visits',
    key: 'stage',
    opened: 'entered_at',
    done: 'left_at',
    due: 'effective_due_at',
    pastDue: 'due < $3',
    asOf: (d: Date) => d,
  },
} as const;
export type OnTimeDimension = keyof typeof onTimeDimensions;

export interface OnTimeRow {
  key: string | null;
  received: number;
  carriedOver: number;
  toProcess: number;
  closedOnTime: number;
  closedLate: number;
  openPastDue: number;
  late: number;
  /** 100 % − late / to process, in percent with two decimals; null when nothing was to process. */
  onTimeRate: number | null;
}

/**
 * The on-time rate as Decision 766/QĐ-TTg counts it: to process = received in the period + carried over
 * (received before, not decided by its start); late = decided late within the period + still open and past
 * due at its end (or now, for the running period). Time waiting on the applicant was already added to each
 * deadline when the case was derived, so it never counts against the officer; a case waiting on the
 * applicant right now is not counted past due.
 */
export async function onTimeRates(
  db: DataSource,
  schema: string,
  q: { period: Period; by: OnTimeDimension; unit?: string; now?: Date },
): Promise<OnTimeRow[]> {
  const d = onTimeDimensions[q.by];
  const asOf = new Date(Math.min(q.period.end.getTime(), (q.now ?? new Date()).getTime()));
  const unitColumn = d.table === 'cases' ? 'unit_code' : 'case_unit_code';
  const params: unknown[] = [q.period.start, q.period.end, d.asOf(asOf)];
  const unitFilter = q.unit ? `AND ${unitColumn} = $${params.push(q.unit)}` : '';
  const kindFilter = d.table === 'cases' ? `AND case_kind = 'DOSSIER'` : `AND program_code IS DISTINCT FROM 'OCOP'`;
  // Two index ranges instead of one scan of the whole history: decided since the period's start, and
  // not decided at all; both received before its end.
  const part = (decided: string) =>
    `SELECT ${d.key} AS key, ${d.opened} AS opened, ${d.done} AS done, late, paused_since, ${d.due} AS due
     FROM "${schema}".${d.table} WHERE ${decided} AND ${d.opened} < $2 ${kindFilter} ${unitFilter}`;
  const rows: Record<string, string | null>[] = await db.query(
    `SELECT key,
       count(*) FILTER (WHERE opened >= $1) AS received,
       count(*) FILTER (WHERE opened < $1) AS carried_over,
       count(*) FILTER (WHERE done < $2 AND late IS NOT TRUE) AS closed_on_time,
       count(*) FILTER (WHERE done < $2 AND late) AS closed_late,
       count(*) FILTER (WHERE (done IS NULL OR done >= $2) AND paused_since IS NULL AND ${d.pastDue}) AS open_past_due
     FROM (${part(`${d.done} >= $1`)} UNION ALL ${part(`${d.done} IS NULL`)}) s
     GROUP BY key ORDER BY key`,
    params,
  );
  return rows.map(toOnTimeRow);
}

function toOnTimeRow(r: Record<string, string | null>): OnTimeRow {
  const n = (k: string) => Number(r[k] ?? 0);
  const toProcess = n('received') + n('carried_over');
  const late = n('closed_late') + n('open_past_due');
  return {
    key: r.key,
    received: n('received'),
    carriedOver: n('carried_over'),
    toProcess,
    closedOnTime: n('closed_on_time'),
    closedLate: n('closed_late'),
    openPastDue: n('open_past_due'),
    late,
    onTimeRate: toProcess === 0 ? null : Math.round((100 - (late / toProcess) * 100) * 100) / 100,
  };
}
