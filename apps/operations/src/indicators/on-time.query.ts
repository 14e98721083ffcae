import type { DataSource } from 'typeorm';
import type { OnTimeRow } from '@kc/contracts';
import { onTimeDimensions, type OnTimeDimension } from './on-time-dimensions';
import { toOnTimeRow } from './on-time-row';
import type { Period } from './period';
import { vietnamDay } from '../read-model/working-time';

/** One row of the on-time table, as the API answers it (the web reads the same type from the contracts). */
export type { OnTimeRow };

/**
 * The on-time rate as Decision 766/QĐ-TTg counts it: to process = received in the period + carried over
 * (received before, not decided by its start); late = decided late within the period + still open and past
 * due at its end (or now, for the running period). Time waiting on the applicant was already added to each
 * deadline when the case was derived, so it never counts against the officer; a case waiting on the
 * applicant right now is not counted past due.
 *
 * Decided cases are counted from the month counters (`on_time_counts`, a period is whole months), so the
 * cost does not grow with the years of history; cases still open are read one by one (the backlog, small),
 * since whether they are past due depends on the day.
 */
export async function onTimeRates(
  db: DataSource,
  schema: string,
  q: { period: Period; by: OnTimeDimension; unit?: string; now?: Date },
): Promise<OnTimeRow[]> {
  const d = onTimeDimensions[q.by];
  const asOf = new Date(Math.min(q.period.end.getTime(), (q.now ?? new Date()).getTime()));
  const running = asOf.getTime() < q.period.end.getTime();
  const params: unknown[] = [
    q.period.start,
    q.period.end,
    d.asOf(asOf),
    vietnamDay(q.period.start.getTime()),
    vietnamDay(q.period.end.getTime()),
  ];
  const unitColumn = d.table === 'cases' ? 'unit_code' : 'case_unit_code';
  const unitParam = q.unit ? `$${params.push(q.unit)}` : undefined;
  const unitOf = (column: string) => (unitParam ? `AND ${column} = ${unitParam}` : '');
  const kindFilter =
    d.table === 'cases'
      ? `AND case_kind = 'DOSSIER'`
      : `AND program_code IS DISTINCT FROM 'OCOP' AND program_code IS DISTINCT FROM 'RURAL'`;
  const counters = `FROM "${schema}".on_time_counts WHERE source = '${d.source}' ${unitOf('unit_code')}`;
  const live = `FROM "${schema}".${d.table} WHERE ${d.opened} < $2 ${kindFilter} ${unitOf(unitColumn)}`;
  const pastDue = `CASE WHEN paused_since IS NULL AND ${d.pastDue} THEN 1 ELSE 0 END`;
  const parts = [
    // Decided since the period's start (received before its end), from the counters.
    `SELECT ${d.key} AS key, n AS present,
       CASE WHEN opened_month >= $4::date THEN n ELSE 0 END AS received,
       CASE WHEN opened_month < $4::date THEN n ELSE 0 END AS carried_over,
       CASE WHEN done_month < $5::date AND late IS NOT TRUE THEN n ELSE 0 END AS closed_on_time,
       CASE WHEN done_month < $5::date AND late THEN n ELSE 0 END AS closed_late,
       CASE WHEN ${running ? 'false' : 'true'} AND done_month >= $5::date AND NOT paused AND due_month < $5::date
         THEN n ELSE 0 END AS open_past_due
     ${counters} AND done_month >= $4::date AND opened_month < $5::date`,
    // Received in the period and not decided yet: counted as received here, the rest from the case itself.
    `SELECT ${d.key}, 0, n, 0, 0, 0, 0 ${counters}
       AND done_month IS NULL AND opened_month >= $4::date AND opened_month < $5::date`,
    `SELECT ${d.key}, 1, 0, CASE WHEN ${d.opened} < $1 THEN 1 ELSE 0 END, 0, 0, ${pastDue} ${live} AND ${d.done} IS NULL`,
  ];
  // The running period: a case decided after today (dated ahead) is still open today.
  if (running) parts.push(`SELECT ${d.key}, 0, 0, 0, 0, 0, ${pastDue} ${live} AND ${d.done} >= $2`);
  const rows: Record<string, string | null>[] = await db.query(
    `SELECT key, sum(received) AS received, sum(carried_over) AS carried_over, sum(closed_on_time) AS closed_on_time,
       sum(closed_late) AS closed_late, sum(open_past_due) AS open_past_due
     FROM (${parts.join(' UNION ALL ')}) s GROUP BY key HAVING sum(present) > 0 ORDER BY key`,
    params,
  );
  return rows.map(toOnTimeRow);
}
