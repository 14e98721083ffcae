// The human steps of a dossier: the tasks in the officers' inboxes, their deadlines, warnings, breaches and
// extensions.
import { z } from 'zod';
import { dossierCodeSchema } from '../application-events';
import { stageSchema } from './stages';

/** Who a task or an escalation is addressed to: every person with `role` in `unitCode`, or one `assigneeId`. */
export const addresseeSchema = z.object({
  unitCode: z.string().min(1),
  role: z.string().min(1),
  assigneeId: z.string().min(1).nullable(),
});

/** A human step is waiting: one task per stage (one per council member at COUNCIL_REVIEW), shown in the inbox. */
export const taskCreatedV1 = z.object({
  applicationId: z.uuid(),
  dossierCode: dossierCodeSchema,
  taskId: z.string().min(1),
  stage: stageSchema,
  /** Actions the task offers (`ACCEPT`, `VOTE`, …), as the inbox API names them. */
  actions: z.array(z.string().min(1)).min(1),
  addressee: addresseeSchema,
  /** Working-day deadline of the stage, if it has one. */
  dueAt: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type TaskCreatedV1 = z.infer<typeof taskCreatedV1>;

/** A task was done (or made moot by another step: withdrawal, cancellation, expiry). */
export const taskCompletedV1 = z.object({
  applicationId: z.uuid(),
  dossierCode: dossierCodeSchema,
  taskId: z.string().min(1),
  stage: stageSchema,
  /** The action taken, or the end state that closed it. */
  outcome: z.string().min(1),
  completedBy: z.string().min(1).nullable(),
  completedAt: z.iso.datetime({ offset: true }),
});
export type TaskCompletedV1 = z.infer<typeof taskCompletedV1>;

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

/** An operator gave a stage more working days, with a reason: the stage's deadline moved. */
export const deadlineExtendedV1 = z.object({
  applicationId: z.uuid(),
  dossierCode: dossierCodeSchema,
  stage: stageSchema,
  workingDays: z.number().int().positive(),
  reason: z.string().min(1).max(2000),
  /** The deadline before and after (null: the stage had none, so nothing moved). */
  previousDueAt: z.iso.datetime({ offset: true }).nullable(),
  dueAt: z.iso.datetime({ offset: true }).nullable(),
  extendedAt: z.iso.datetime({ offset: true }),
});
export type DeadlineExtendedV1 = z.infer<typeof deadlineExtendedV1>;
