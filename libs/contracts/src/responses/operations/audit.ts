// The operations API's audit log of operator and officer interventions, and its hash-chain check.
export interface AuditQuery {
  caseId?: string;
  actorId?: string;
  action?: string;
}
export interface AuditRow {
  seq: string;
  occurredAt: string;
  actorKind: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  caseId: string | null;
  caseCode: string | null;
  reason: string | null;
  before: unknown;
  after: unknown;
  /** The event the entry was recorded from (null for an operator's own intervention). */
  sourceEventId: string | null;
  prevHash: string | null;
  hash: string;
}
/** Where the audit log's hash chain breaks: the row, and whether its link or its own hash is wrong. */
export interface AuditChainBreak {
  seq: string;
  problem: 'prev_hash' | 'hash';
}
export interface AuditVerify {
  intact: boolean;
  rowsChecked: number;
  broken: AuditChainBreak | null;
}
