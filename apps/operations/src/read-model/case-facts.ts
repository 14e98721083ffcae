import type { EventEnvelope } from '@kc/contracts';

/**
 * What the read model keeps of each event about a dossier or an OCOP evaluation: a small, typed fact.
 * A case's row and its stage visits are derived from the set of its facts sorted by time, never from the
 * order events arrived in (the applications and appraisals topics are consumed independently, and a
 * rebuild replays them at different speeds), so the projection is the same whatever the interleaving.
 */
export type CaseFact =
  | {
      kind: 'OPENED';
      caseKind: 'DOSSIER' | 'OCOP' | 'RURAL';
      code: string;
      programCode: string | null;
      unitCode: string | null;
      productGroup: string | null;
      /** Promised result date (ngày hẹn trả), before any pause. */
      expectedResultDate: string | null;
      /** Submitted online (dossiers; absent on facts recorded before it was kept). */
      online?: boolean | null;
      /** Documents attached as files at submission, when the event says. */
      documents?: number | null;
      /** New-rural appraisals: the level applied for and the plan year it counts towards. */
      ruralLevel?: string;
      targetYear?: number;
    }
  | { kind: 'DOCUMENTS'; count: number }
  | { kind: 'STAGE'; stage: string; unitCode: string | null; dueAt: string | null }
  | { kind: 'PAUSED' }
  | { kind: 'RESUMED' }
  | { kind: 'BREACHED'; stage: string }
  | { kind: 'DECIDED'; outcome: string }
  | { kind: 'BUDGET_WAITLISTED' }
  | { kind: 'BUDGET_RESERVED' }
  | { kind: 'STARS'; stars: number };

export type CaseFactKind = CaseFact['kind'];

/** A fact with the case it belongs to and when it happened (the event's business time). */
export interface DatedFact {
  caseId: string;
  at: string;
  fact: CaseFact;
}

/**
 * Order of facts that share one instant: one workflow step writes e.g. ApplicationApproved, BudgetReserved
 * and StageChanged(IMPLEMENTATION) with the same time, and they must be read in that order.
 */
export const sameInstantRank: Readonly<Record<CaseFactKind, number>> = {
  OPENED: 0,
  PAUSED: 1,
  RESUMED: 1,
  BREACHED: 2,
  DECIDED: 3,
  STARS: 3,
  DOCUMENTS: 3,
  BUDGET_WAITLISTED: 3,
  BUDGET_RESERVED: 4,
  STAGE: 5,
};

/** Reads a field of an already validated payload. */
export type Payload = Record<string, unknown>;
export const str = (p: Payload, key: string) => (p[key] ?? null) as string | null;
export const envelopePayload = (e: EventEnvelope) => e.payload as Payload;
