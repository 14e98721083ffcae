import type { EntityManager } from 'typeorm';
import { auditHash, type AuditContent } from './audit-chain';

/** Appends to the hash-chained audit log of one schema (reads: audit-list.query, audit-verify.query). */
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
}
