import type { DlqMessage } from '@kc/contracts';
import type { AuthUser } from '@kc/auth';
import type { AuditContent } from '../audit/audit-chain';

const actorRole = (u: AuthUser) => u.roles.find((r) => r === 'OPERATOR' || r === 'ADMIN') ?? u.roles[0] ?? null;

/** The audit entry of an operator's redrive or discard of parked messages (the first 100 ids named). */
export function dlqAuditEntry(
  user: AuthUser,
  status: 'REDRIVEN' | 'DISCARDED',
  reason: string,
  rows: DlqMessage<Date>[],
): AuditContent {
  const ids = rows.map((r) => r.id);
  return {
    occurredAt: new Date().toISOString(),
    actorKind: 'user',
    actorId: user.id,
    actorRole: actorRole(user),
    action: status === 'REDRIVEN' ? 'DlqRedriven' : 'DlqDiscarded',
    caseId: null,
    caseCode: null,
    reason,
    before: { status: 'PARKED' },
    after: {
      status,
      count: rows.length,
      dlqIds: ids.slice(0, 100),
      eventIds: rows.map((r) => r.eventId).slice(0, 100),
    },
    sourceEventId: null,
  };
}
