// The support-request workflow's stages, and the events of a dossier moving through them (appraisals service).
import { z } from 'zod';
import { dossierCodeSchema } from '../application-events';

/** Stages of the support-request workflow, end states included (architecture.md §4.2). */
export const stageSchema = z.enum([
  'RECEPTION',
  'LOCAL_REVIEW',
  'DEPARTMENT_APPRAISAL',
  'COUNCIL_REVIEW',
  'LEADER_APPROVAL',
  'IMPLEMENTATION',
  'ACCEPTANCE',
  'DISBURSEMENT',
  'COMPLETED',
  'REFUSED',
  'REJECTED',
  'WITHDRAWN',
  'EXPIRED',
  'CANCELLED',
]);
export type Stage = z.infer<typeof stageSchema>;

/** A dossier moved from one stage to another; the applications service projects it into the timeline. */
export const stageChangedV1 = z.object({
  applicationId: z.uuid(),
  dossierCode: dossierCodeSchema,
  from: stageSchema.nullable(),
  to: stageSchema,
  /** Unit that owns the new stage, if any. */
  unitCode: z.string().min(1).nullable(),
  /** Working-day deadline of the new stage (ISO date), if it has one. */
  dueAt: z.iso.datetime({ offset: true }).nullable(),
  /** Reason given by the officer, shown on the timeline. */
  note: z.string().max(2000).nullable(),
  changedAt: z.iso.datetime({ offset: true }),
});
export type StageChangedV1 = z.infer<typeof stageChangedV1>;

/** An officer asked the applicant for documents; the stage's deadline clock pauses until they answer. */
export const supplementRequestedV1 = z.object({
  applicationId: z.uuid(),
  dossierCode: dossierCodeSchema,
  supplementRequestId: z.string().min(1),
  stage: stageSchema,
  /** Document requirement codes to add or replace, each with the officer's reason. */
  items: z
    .array(
      z.object({
        documentCode: z.string().min(1),
        reasonVi: z.string().min(1).max(1000),
        reasonEn: z.string().max(1000).optional(),
      }),
    )
    .min(1),
  /** Last day (ISO date) to answer before the dossier expires. */
  dueDate: z.iso.date(),
  requestedAt: z.iso.datetime({ offset: true }),
});
export type SupplementRequestedV1 = z.infer<typeof supplementRequestedV1>;
