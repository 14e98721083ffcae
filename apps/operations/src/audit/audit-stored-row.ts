import type { AuditRow } from '@kc/contracts';
import type { AuditContent } from './audit-chain';

// seq is read as text (a bigint); ORDER BY names the table's column, not this text alias.
export const SELECT_CONTENT = `seq::text AS seq, occurred_at AS "occurredAt", actor_kind AS "actorKind", actor_id AS "actorId",
  actor_role AS "actorRole", action, case_id AS "caseId", case_code AS "caseCode", reason, before, after,
  source_event_id AS "sourceEventId", prev_hash AS "prevHash", hash`;

export type StoredRow = AuditContent & {
  seq: string;
  prevHash: string | null;
  hash: string;
  occurredAt: string | Date;
};

export const asContent = (r: StoredRow): AuditRow & AuditContent => ({
  ...r,
  occurredAt: new Date(r.occurredAt).toISOString(),
});
