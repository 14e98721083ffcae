import type { DataSource } from 'typeorm';
import type { AuditRow } from '@kc/contracts';
import { asContent, SELECT_CONTENT, type StoredRow } from './audit-stored-row';

/** One page of the log, newest first, optionally for one case or one actor. */
export async function listAuditLog(
  db: DataSource,
  schema: string,
  q: { caseId?: string; actorId?: string; action?: string; limit: number; offset: number },
): Promise<{ items: AuditRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(`${sql} = $${params.length}`);
  };
  if (q.caseId) add('case_id', q.caseId);
  if (q.actorId) add('actor_id', q.actorId);
  if (q.action) add('action', q.action);
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [items, count] = await Promise.all([
    db.query(
      `SELECT ${SELECT_CONTENT} FROM "${schema}".audit_log ${clause} ORDER BY audit_log.seq DESC LIMIT ${q.limit} OFFSET ${q.offset}`,
      params,
    ) as Promise<StoredRow[]>,
    db.query(`SELECT count(*)::int AS n FROM "${schema}".audit_log ${clause}`, params) as Promise<{ n: number }[]>,
  ]);
  return { items: items.map(asContent), total: count[0].n };
}
