import type { DataSource, EntityManager } from 'typeorm';
import type { AuditRow } from '@kc/contracts';
import { auditHash, verifyChain, type AuditContent, type ChainBreak } from './audit-chain';

// seq is read as text (a bigint); ORDER BY names the table's column, not this text alias.
const SELECT_CONTENT = `seq::text AS seq, occurred_at AS "occurredAt", actor_kind AS "actorKind", actor_id AS "actorId",
  actor_role AS "actorRole", action, case_id AS "caseId", case_code AS "caseCode", reason, before, after,
  source_event_id AS "sourceEventId", prev_hash AS "prevHash", hash`;

type StoredRow = AuditContent & { seq: string; prevHash: string | null; hash: string; occurredAt: string | Date };

const asContent = (r: StoredRow): AuditRow & AuditContent => ({
  ...r,
  occurredAt: new Date(r.occurredAt).toISOString(),
});

/** Appends to and reads the hash-chained audit log of one schema. */
export class AuditLogStore {
  constructor(readonly schema: string) {}

  /**
   * Appends one entry (once per source event). A transaction-scoped advisory lock serialises appends, so
   * `seq` order is chain order even with partitions consumed concurrently.
   */
  async append(m: EntityManager, content: AuditContent): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${this.schema}.audit_log`]);
    if (content.sourceEventId) {
      const seen: unknown[] = await m.query(`SELECT 1 FROM "${this.schema}".audit_log WHERE source_event_id = $1`, [
        content.sourceEventId,
      ]);
      if (seen.length > 0) return;
    }
    const last: { hash: string }[] = await m.query(
      `SELECT hash FROM "${this.schema}".audit_log ORDER BY audit_log.seq DESC LIMIT 1`,
    );
    const prevHash = last[0]?.hash ?? null;
    await m.query(
      `INSERT INTO "${this.schema}".audit_log (occurred_at, actor_kind, actor_id, actor_role, action, case_id, case_code,
         reason, before, after, source_event_id, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        content.occurredAt,
        content.actorKind,
        content.actorId,
        content.actorRole,
        content.action,
        content.caseId,
        content.caseCode,
        content.reason,
        content.before === null ? null : JSON.stringify(content.before),
        content.after === null ? null : JSON.stringify(content.after),
        content.sourceEventId,
        prevHash,
        auditHash(prevHash, content),
      ],
    );
  }

  /** Walks the whole chain in batches; the number of rows checked and the first break, if any. */
  async verify(db: DataSource | EntityManager, batch = 5000): Promise<{ rows: number; broken?: ChainBreak }> {
    let after = '0';
    let hash: string | null = null;
    let rows = 0;
    for (;;) {
      const page: StoredRow[] = await db.query(
        `SELECT ${SELECT_CONTENT} FROM "${this.schema}".audit_log WHERE audit_log.seq > $1 ORDER BY audit_log.seq LIMIT $2`,
        [after, batch],
      );
      if (page.length === 0) return { rows };
      const result = verifyChain(page.map(asContent), hash);
      if (result.broken)
        return { rows: rows + page.findIndex((r) => r.seq === result.broken!.seq), broken: result.broken };
      rows += page.length;
      hash = result.lastHash;
      after = page[page.length - 1].seq;
    }
  }

  /** One page of the log, newest first, optionally for one case or one actor. */
  async list(
    db: DataSource,
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
        `SELECT ${SELECT_CONTENT} FROM "${this.schema}".audit_log ${clause} ORDER BY audit_log.seq DESC LIMIT ${q.limit} OFFSET ${q.offset}`,
        params,
      ) as Promise<StoredRow[]>,
      db.query(`SELECT count(*)::int AS n FROM "${this.schema}".audit_log ${clause}`, params) as Promise<
        { n: number }[]
      >,
    ]);
    return { items: items.map(asContent), total: count[0].n };
  }
}
