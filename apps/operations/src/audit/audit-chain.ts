import { createHash } from 'node:crypto';
import type { AuditChainBreak } from '@kc/contracts';

/** What one audit row says; personal data (phone, e-mail, tax code, names) never goes in. */
export interface AuditContent {
  occurredAt: string;
  actorKind: string;
  actorId: string;
  actorRole: string | null;
  action: string;
  caseId: string | null;
  caseCode: string | null;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  sourceEventId: string | null;
}

/** JSON with keys sorted at every level: the same content always hashes the same (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** A row's hash: SHA-256 over the previous row's hash and the row's own content. */
export function auditHash(prevHash: string | null, content: AuditContent): string {
  return createHash('sha256')
    .update(prevHash ?? '')
    .update('\n')
    .update(canonicalJson({ ...content, occurredAt: new Date(content.occurredAt).toISOString() }))
    .digest('hex');
}

/** Where the chain breaks (declared in the contracts: the verify route answers it). */
export type ChainBreak = AuditChainBreak;

/** Checks rows in `seq` order against the chain, starting from the hash before the first; the first break. */
export function verifyChain(
  rows: (AuditContent & { seq: string; prevHash: string | null; hash: string })[],
  hashBefore: string | null,
): { lastHash: string | null; broken?: ChainBreak } {
  let prev = hashBefore;
  for (const row of rows) {
    if (row.prevHash !== prev) return { lastHash: prev, broken: { seq: row.seq, problem: 'prev_hash' } };
    const { seq: _seq, prevHash: _p, hash, ...content } = row;
    if (auditHash(prev, content) !== hash) return { lastHash: prev, broken: { seq: row.seq, problem: 'hash' } };
    prev = hash;
  }
  return { lastHash: prev };
}
