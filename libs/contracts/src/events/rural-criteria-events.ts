import { z } from 'zod';

/**
 * Events of the new-rural criteria 4 and 7 appraisal (topic kc.appraisals.events.v1, aggregate
 * `RuralCriteriaAppraisal`, keyed by appraisal id). Stages are the procedure table's names
 * (@kc/domain/rural-criteria `ruralStages`), carried as text so a new stage does not need a new version.
 */
export const ruralLevelSchema = z.enum(['STANDARD', 'ADVANCED', 'MODEL', 'MODERN', 'MODEL_RESIDENTIAL_AREA']);
export type RuralLevelName = z.infer<typeof ruralLevelSchema>;

const at = z.iso.datetime({ offset: true });
const verdict = z.enum(['DAT', 'KHONG_DAT']);

const appraisalBase = {
  appraisalId: z.uuid(),
  /** The commune as registered (a former commune for registrations before 1/7/2025). */
  communeCode: z.string().min(1),
  level: ruralLevelSchema,
  targetYear: z.number().int().min(2000).max(2100),
};

/** The province registered a commune (or a residential area of it) as a candidate for the year. */
export const ruralCriteriaRegisteredV1 = z.object({
  ...appraisalBase,
  communeName: z.string().min(1),
  /** Today's commune when the registered one merged into it on 1/7/2025 (its officers act); else null. */
  communeSuccessorCode: z.string().min(1).nullable(),
  /** The district that verifies (registrations before 1/7/2025); null in the two-tier system. */
  districtCode: z.string().min(1).nullable(),
  areaName: z.string().min(1).nullable(),
  registeredOn: z.iso.date(),
  packId: z.string().min(1),
  templateId: z.string().min(1),
  procedureId: z.string().min(1),
  registeredAt: at,
});

/** The appraisal entered a stage; `unitCode`/`role` say whose task it opened (null: nobody's). */
export const ruralCriteriaStageChangedV1 = z.object({
  ...appraisalBase,
  round: z.number().int().min(1),
  from: z.string().min(1).nullable(),
  to: z.string().min(1),
  unitCode: z.string().min(1).nullable(),
  role: z.string().min(1).nullable(),
  dueAt: at.nullable(),
  note: z.string().nullable(),
  changedAt: at,
});

/** The Department asked the commune for more evidence, by a working-day deadline. */
export const ruralCriteriaSupplementRequestedV1 = z.object({
  ...appraisalBase,
  round: z.number().int().min(1),
  items: z.array(z.object({ code: z.string().min(1), reasonVi: z.string().min(1) })).min(1),
  dueDate: z.iso.date(),
  requestedAt: at,
});

/** A stage passed its working-day deadline: its task is escalated to the unit's leader. */
export const ruralCriteriaStageOverdueV1 = z.object({
  ...appraisalBase,
  round: z.number().int().min(1),
  stage: z.string().min(1),
  dueAt: at,
  escalatedTo: z.object({ unitCode: z.string().min(1), role: z.string().min(1) }),
  overdueAt: at,
});

/** The Department's written conclusion on criteria 4 and 7, per indicator. */
export const ruralCriteriaConcludedV1 = z.object({
  ...appraisalBase,
  round: z.number().int().min(1),
  outcome: verdict,
  conclusionNumber: z.string().min(1),
  indicators: z.array(z.object({ code: z.string().min(1), verdict, overridden: z.boolean() })).min(1),
  concludedAt: at,
});

/** A recognition was revoked because indicators are no longer met. */
export const ruralRecognitionRevokedV1 = z.object({
  ...appraisalBase,
  reason: z.string().min(1),
  indicatorCodes: z.array(z.string().min(1)).min(1),
  revokedAt: at,
});

export type RuralCriteriaRegisteredV1 = z.infer<typeof ruralCriteriaRegisteredV1>;
export type RuralCriteriaStageChangedV1 = z.infer<typeof ruralCriteriaStageChangedV1>;
export type RuralCriteriaConcludedV1 = z.infer<typeof ruralCriteriaConcludedV1>;
export type RuralRecognitionRevokedV1 = z.infer<typeof ruralRecognitionRevokedV1>;
