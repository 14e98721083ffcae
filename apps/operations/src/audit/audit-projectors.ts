import type { EventEnvelope } from '@kc/contracts';
import type { AuditContent } from './audit-chain';

type Payload = Record<string, unknown>;
type Described = Pick<AuditContent, 'reason' | 'before' | 'after'>;

const reasonOf = (p: Payload) => (typeof p.reason === 'string' ? p.reason : typeof p.note === 'string' ? p.note : null);
const decision = (p: Payload): Described => ({
  reason: reasonOf(p),
  before: null,
  after: p.amountVnd === undefined ? null : { amountVnd: p.amountVnd },
});

/**
 * Which events of a person acting on a case go into the audit log, and what of them: only the fields that
 * say what changed (stages, amounts, outcomes, reasons), never names, phones, e-mail addresses or tax codes.
 */
export const auditProjectors: Readonly<Record<string, (p: Payload) => Described>> = {
  StageChanged: (p) => ({
    reason: reasonOf(p),
    before: { stage: p.from ?? null },
    after: { stage: p.to, dueAt: p.dueAt ?? null },
  }),
  SupplementRequested: (p) => ({
    reason: (p.items as { reasonVi: string }[]).map((i) => i.reasonVi).join('; '),
    before: null,
    after: {
      stage: p.stage,
      dueDate: p.dueDate,
      documents: (p.items as { documentCode: string }[]).map((i) => i.documentCode),
    },
  }),
  TaskCompleted: (p) => ({ reason: null, before: { stage: p.stage }, after: { outcome: p.outcome } }),
  ApplicationApproved: decision,
  ApplicationRefused: decision,
  ApplicationRejected: decision,
  ApplicationCancelled: decision,
  DisbursementRecorded: decision,
  BudgetReleased: (p) => ({ reason: reasonOf(p), before: { amountVnd: p.amountVnd }, after: null }),
  OcopScoreSheetSubmitted: (p) => ({ reason: null, before: null, after: { level: p.level, total: p.total } }),
  OcopStarsAwarded: (p) => ({ reason: null, before: null, after: { stars: p.stars, recognisedBy: p.recognisedBy } }),
};

/** The audit entry for an event, or undefined when it is not a person's intervention or decision on a case. */
export function auditEntryOf(envelope: EventEnvelope): AuditContent | undefined {
  const project = auditProjectors[envelope.type];
  const { actor } = envelope;
  // The applicant's own steps are their dossier's history, not an intervention by the administration.
  if (!project || actor.kind !== 'user' || actor.role === 'APPLICANT') return undefined;
  const p = envelope.payload as Payload;
  return {
    occurredAt: envelope.occurredAt,
    actorKind: actor.kind,
    actorId: actor.id,
    actorRole: actor.role ?? null,
    action: envelope.type,
    caseId: String(p.applicationId ?? p.evaluationId ?? envelope.aggregateId),
    caseCode: typeof p.dossierCode === 'string' ? p.dossierCode : null,
    sourceEventId: envelope.id,
    ...project(p),
  };
}
