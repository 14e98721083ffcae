// An OCOP product's evaluation: registered, a round started, score sheets, each council's result and routing,
// the stars recognised, and the reminder when a higher level's answer is overdue.
import { z } from 'zod';
import { at, centipoints, evaluationBase, stars } from './event-fields';
import { ocopLevelSchema, ocopSubjectKindSchema } from './ocop-names';

/** A product (with its subject) was registered for OCOP evaluation. */
export const ocopProductRegisteredV1 = z.object({
  productId: z.uuid(),
  productName: z.string().min(1),
  subjectId: z.uuid(),
  subjectName: z.string().min(1),
  subjectKind: ocopSubjectKindSchema,
  groupCode: z.string().min(1),
  subgroupCode: z.string().min(1),
  /** Commune (or, before 1/7/2025, district) the product comes from. */
  unitCode: z.string().min(1),
  /** Registration date (ISO, Vietnam time): decides the pack. */
  registeredOn: z.iso.date(),
  packId: z.string().min(1),
  documentCodes: z.array(z.string().min(1)),
  registeredAt: at,
});

/** An evaluation round started: the levels the pack names, in order. */
export const ocopEvaluationStartedV1 = z.object({
  ...evaluationBase,
  productName: z.string().min(1),
  levels: z.array(z.object({ level: ocopLevelSchema, role: z.enum(['REPORT', 'EVALUATE']) })).min(1),
  startedAt: at,
});

/** A council member submitted (or, while the council was open, replaced) their score sheet. */
export const ocopScoreSheetSubmittedV1 = z.object({
  ...evaluationBase,
  level: ocopLevelSchema,
  memberId: z.string().min(1),
  templateId: z.string().min(1),
  partTotals: z.object({ A: z.number().int().min(0), B: z.number().int().min(0), C: z.number().int().min(0) }),
  total: z.number().int().min(0).max(100),
  submittedAt: at,
});

/** What happens after a council: recognised here or below, forwarded up, not recognised, or no quorum. */
export const ocopRoutingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('RECOGNISE'), level: ocopLevelSchema, stars }),
  z.object({ kind: z.literal('FORWARD'), from: ocopLevelSchema, to: ocopLevelSchema }),
  z.object({ kind: z.literal('NOT_RECOGNISED'), reason: z.enum(['MANDATORY_FAILED', 'BELOW_CERTIFICATE']) }),
  z.object({ kind: z.literal('QUORUM_NOT_REACHED'), sheetsCounted: z.number().int().min(0), quorum: z.number().int() }),
]);

/** A council at one level closed with its result. */
export const ocopLevelResultV1 = z.object({
  ...evaluationBase,
  productName: z.string().min(1),
  /** The holder's account (the subject's owner), whom notifications address; null if registered on paper. */
  holderId: z.string().min(1).nullable(),
  level: ocopLevelSchema,
  sheetsCounted: z.number().int().min(0),
  /** Null when the quorum was not reached. */
  averageTotal: centipoints.nullable(),
  partAverages: z.object({ A: centipoints, B: centipoints, C: centipoints }).nullable(),
  /** Null when a mandatory minimum failed ("Không đạt") or there was no quorum. */
  stars: stars.nullable(),
  failedMandatory: z.array(z.string().min(1)),
  routing: ocopRoutingSchema,
  decidedAt: at,
});

/** The competent level recognised the product's stars (công nhận). */
export const ocopStarsAwardedV1 = z.object({
  ...evaluationBase,
  productName: z.string().min(1),
  /** The holder's account (the subject's owner), whom notifications address; null if registered on paper. */
  holderId: z.string().min(1).nullable(),
  stars,
  recognisedBy: ocopLevelSchema,
  averageTotal: centipoints.nullable(),
  awardedAt: at,
});

/**
 * A product recognised and proposed to a higher level (4★ now, proposed for 5★) has had no answer recorded
 * for the configured time: the Department's appraisers are reminded to chase and record it.
 */
export const ocopProposalOverdueV1 = z.object({
  ...evaluationBase,
  productName: z.string().min(1),
  proposedTo: ocopLevelSchema,
  waitedDays: z.number().int().positive(),
  /** Who is reminded: every person with `role` in `unitCode` (the Department's appraisers). */
  addressee: z.object({ unitCode: z.string().min(1), role: z.string().min(1), assigneeId: z.null() }),
  remindedAt: at,
});

/**
 * The Department's appraiser abandoned a round that waited for a council (the next level's, or one
 * re-convened after no quorum), with the reason; the round ended without a result (stage ABANDONED).
 */
export const ocopEvaluationAbandonedV1 = z.object({
  ...evaluationBase,
  productName: z.string().min(1),
  /** The holder's account (the subject's owner), whom notifications address; null if registered on paper. */
  holderId: z.string().min(1).nullable(),
  /** The level whose council was awaited. */
  level: ocopLevelSchema,
  reason: z.string().min(1),
  abandonedBy: z.string().min(1),
  abandonedAt: at,
});

export type OcopProductRegisteredV1 = z.infer<typeof ocopProductRegisteredV1>;
export type OcopProposalOverdueV1 = z.infer<typeof ocopProposalOverdueV1>;
export type OcopEvaluationStartedV1 = z.infer<typeof ocopEvaluationStartedV1>;
export type OcopScoreSheetSubmittedV1 = z.infer<typeof ocopScoreSheetSubmittedV1>;
export type OcopLevelResultV1 = z.infer<typeof ocopLevelResultV1>;
export type OcopStarsAwardedV1 = z.infer<typeof ocopStarsAwardedV1>;
export type OcopEvaluationAbandonedV1 = z.infer<typeof ocopEvaluationAbandonedV1>;
