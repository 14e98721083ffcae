import { str, type CaseFact, type DatedFact, type Payload } from './case-facts';
import type { FactProjector } from './fact-projector';

const dossier = (p: Payload, at: string, fact: CaseFact): DatedFact[] => [
  { caseId: String(p.applicationId), at, fact },
];
const decided = (outcome: string) => (p: Payload) => dossier(p, String(p.decidedAt), { kind: 'DECIDED', outcome });

/** Dossiers (applications and appraisals services) as cases of kind DOSSIER, one per application. */
export const dossierProjectors: Readonly<Record<string, FactProjector>> = {
  ApplicationSubmitted: (p) =>
    dossier(p, String(p.submittedAt), {
      kind: 'OPENED',
      caseKind: 'DOSSIER',
      code: String(p.dossierCode),
      programCode: str(p, 'programCode'),
      unitCode: str(p, 'localUnitCode'),
      productGroup: null,
      expectedResultDate: str(p, 'expectedResultDate'),
      // The applications service received dossiers only through its portal before it said so in the event.
      online: (p.submissionChannel ?? 'ONLINE') === 'ONLINE',
      documents: typeof p.documentCount === 'number' ? p.documentCount : null,
    }),
  StageChanged: (p) =>
    dossier(p, String(p.changedAt), {
      kind: 'STAGE',
      stage: String(p.to),
      unitCode: str(p, 'unitCode'),
      dueAt: str(p, 'dueAt'),
    }),
  SupplementRequested: (p) => dossier(p, String(p.requestedAt), { kind: 'PAUSED' }),
  SupplementSubmitted: (p) => [
    ...dossier(p, String(p.submittedAt), { kind: 'RESUMED' }),
    ...dossier(p, String(p.submittedAt), { kind: 'DOCUMENTS', count: (p.documentIds as unknown[]).length }),
  ],
  SlaBreached: (p) => dossier(p, String(p.breachedAt), { kind: 'BREACHED', stage: String(p.stage) }),
  BudgetWaitlisted: (p) => dossier(p, String(p.waitlistedAt), { kind: 'BUDGET_WAITLISTED' }),
  BudgetReserved: (p) => dossier(p, String(p.reservedAt), { kind: 'BUDGET_RESERVED' }),
  ApplicationApproved: decided('APPROVED'),
  ApplicationRefused: decided('REFUSED'),
  ApplicationRejected: decided('REJECTED'),
  ApplicationCancelled: decided('CANCELLED'),
  ApplicationExpired: decided('EXPIRED'),
  ApplicationWithdrawn: (p) => dossier(p, String(p.withdrawnAt), { kind: 'DECIDED', outcome: 'WITHDRAWN' }),
};
