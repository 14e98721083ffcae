import type { DataSource } from 'typeorm';
import type { OnlineRow } from '@kc/contracts';
import { vietnamDay } from '../read-model/working-time';
import type { Period } from './period';

const keyColumn = { unit: 'unit_code', programme: 'program_code' } as const;

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 100);

/** The online rate and digitised documents per dossier, per unit or programme, from the month counters. */
export async function onlineIndicators(
  db: DataSource,
  schema: string,
  q: { period: Period; by: keyof typeof keyColumn; unit?: string },
): Promise<OnlineRow[]> {
  const params: unknown[] = [vietnamDay(q.period.start.getTime()), vietnamDay(q.period.end.getTime())];
  const unit = q.unit ? `AND unit_code = $${params.push(q.unit)}` : '';
  const rows: Record<string, string | null>[] = await db.query(
    `SELECT ${keyColumn[q.by]} AS key,
       sum(n) FILTER (WHERE measure = 'RECEIVED') AS received,
       sum(n) FILTER (WHERE measure = 'RECEIVED' AND online) AS submitted_online,
       sum(n) FILTER (WHERE measure = 'DECIDED') AS decided,
       sum(n) FILTER (WHERE measure = 'DECIDED' AND online) AS answered_online,
       sum(with_documents) FILTER (WHERE measure = 'RECEIVED') AS with_documents,
       sum(documents) FILTER (WHERE measure = 'RECEIVED') AS documents
     FROM "${schema}".channel_counts WHERE month >= $1::date AND month < $2::date ${unit}
     GROUP BY 1 HAVING sum(n) > 0 ORDER BY 1`,
    params,
  );
  return rows.map((r) => {
    const n = (k: string) => Number(r[k] ?? 0);
    const withDocuments = n('with_documents');
    return {
      key: r.key,
      received: n('received'),
      submittedOnline: n('submitted_online'),
      onlineRate: percent(n('submitted_online'), n('received')),
      decided: n('decided'),
      answeredOnline: n('answered_online'),
      answeredOnlineRate: percent(n('answered_online'), n('decided')),
      documentsDigitised: n('documents'),
      digitisedPerDossier: withDocuments === 0 ? null : Math.round((n('documents') / withDocuments) * 100) / 100,
    };
  });
}
