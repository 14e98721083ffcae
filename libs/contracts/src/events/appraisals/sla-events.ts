// A stage's clock: the warning at 75 % of its working-day time, and the breach with its escalation.
import { z } from 'zod';
import { dossierCodeSchema } from '../application-events';
import { addresseeSchema } from './addressee';
import { stageSchema } from './stages';

/** 75 % of a stage's working-day time has passed. */
export const slaWarningV1 = z.object({
  applicationId: z.uuid(),
  dossierCode: dossierCodeSchema,
  stage: stageSchema,
  addressee: addresseeSchema,
  dueAt: z.iso.datetime({ offset: true }),
  warnedAt: z.iso.datetime({ offset: true }),
});
export type SlaWarningV1 = z.infer<typeof slaWarningV1>;

/**
 * A stage's deadline passed: the task is overdue and escalated to the unit's leader, and the applicant
 * gets an apology with a new expected date (Form 04).
 */
export const slaBreachedV1 = z.object({
  applicationId: z.uuid(),
  dossierCode: dossierCodeSchema,
  stage: stageSchema,
  dueAt: z.iso.datetime({ offset: true }),
  /** The leader the overdue task is escalated to. */
  escalatedTo: addresseeSchema,
  /** New expected result date told to the applicant (ISO date). */
  newExpectedDate: z.iso.date(),
  breachedAt: z.iso.datetime({ offset: true }),
});
export type SlaBreachedV1 = z.infer<typeof slaBreachedV1>;
