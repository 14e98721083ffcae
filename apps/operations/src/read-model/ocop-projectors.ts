import type { EventEnvelope } from '@kc/contracts';
import type { DatedFact, Payload } from './case-facts';
import type { FactContext, FactProjector } from './fact-projector';

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

/** OCOP evaluations (ocop service) as cases of kind OCOP, one per evaluation round of a product. */
export const ocopProjectors: Readonly<Record<string, FactProjector>> = {
  OcopEvaluationStarted: ocopEvaluationStarted,
  OcopLevelResult: ocopLevelResult,
  // The appraiser stopped a round that waited for a council: it ends without a result, like a refusal.
  OcopEvaluationAbandoned: (p) => [
    { caseId: String(p.evaluationId), at: String(p.abandonedAt), fact: { kind: 'DECIDED', outcome: 'ABANDONED' } },
  ],
  OcopStarsAwarded: (p) => [
    { caseId: String(p.evaluationId), at: String(p.awardedAt), fact: { kind: 'STARS', stars: Number(p.stars) } },
  ],
};
