import type { EventEnvelope } from '@kc/contracts';
import { envelopePayload, str, type CaseFact, type DatedFact, type Payload } from './case-facts';
import { ruralProjectors } from './rural-projectors';

/** What an OCOP evaluation's facts need from the product registered before it (same topic, same key). */
export interface ProductFacts {
  unitCode: string;
  groupCode: string;
}

export interface FactContext {
  product(productId: string): Promise<ProductFacts | undefined>;
}

type FactProjector = (p: Payload, e: EventEnvelope, ctx: FactContext) => Promise<DatedFact[]> | DatedFact[];

const dossier = (p: Payload, at: string, fact: CaseFact): DatedFact[] => [
  { caseId: String(p.applicationId), at, fact },
];
const decided = (outcome: string) => (p: Payload) => dossier(p, String(p.decidedAt), { kind: 'DECIDED', outcome });

/** An OCOP council's result: forwarded up is a new stage; recognised or not is the decision. */
function ocopLevelResult(p: Payload): DatedFact[] {
  const routing = p.routing as { kind: string; to?: string };
  const caseId = String(p.evaluationId);
  const at = String(p.decidedAt);
  if (routing.kind === 'FORWARD')
    return [{ caseId, at, fact: { kind: 'STAGE', stage: `OCOP_${routing.to}`, unitCode: null, dueAt: null } }];
  if (routing.kind === 'RECOGNISE') return [{ caseId, at, fact: { kind: 'DECIDED', outcome: 'RECOGNISED' } }];
  if (routing.kind === 'NOT_RECOGNISED') return [{ caseId, at, fact: { kind: 'DECIDED', outcome: 'NOT_RECOGNISED' } }];
  return [];
}

async function ocopEvaluationStarted(p: Payload, _e: EventEnvelope, ctx: FactContext): Promise<DatedFact[]> {
  const product = await ctx.product(String(p.productId));
  const caseId = String(p.evaluationId);
  const at = String(p.startedAt);
  const levels = p.levels as { level: string }[];
  return [
    {
      caseId,
      at,
      fact: {
        kind: 'OPENED',
        caseKind: 'OCOP',
        code: `${String(p.productName)} (vòng ${String(p.round)})`,
        programCode: 'OCOP',
        unitCode: product?.unitCode ?? null,
        productGroup: product?.groupCode ?? null,
        expectedResultDate: null,
      },
    },
    { caseId, at, fact: { kind: 'STAGE', stage: `OCOP_${levels[0].level}`, unitCode: null, dueAt: null } },
  ];
}

/**
 * The projector table: event type → the facts it adds to a case. Types not listed (identity, notification
 * receipts, task events, types this build does not know) add none; the inbox still records them once.
 */
export const factProjectors: Readonly<Record<string, FactProjector>> = {
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
  OcopEvaluationStarted: ocopEvaluationStarted,
  OcopLevelResult: ocopLevelResult,
  OcopStarsAwarded: (p) => [
    { caseId: String(p.evaluationId), at: String(p.awardedAt), fact: { kind: 'STARS', stars: Number(p.stars) } },
  ],
  ...ruralProjectors,
};

/** The facts one event adds (none for a type the table does not list). */
export async function factsOf(envelope: EventEnvelope, ctx: FactContext): Promise<DatedFact[]> {
  const projector = factProjectors[envelope.type];
  return projector ? projector(envelopePayload(envelope), envelope, ctx) : [];
}
