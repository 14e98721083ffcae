import { z } from 'zod';
import { dossierCodeSchema } from './application-events';

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

const decisionBase = {
  applicationId: z.uuid(),
  dossierCode: dossierCodeSchema,
  decidedAt: z.iso.datetime({ offset: true }),
};

/** Refused at reception (not eligible, incomplete beyond supplement). */
export const applicationRefusedV1 = z.object({ ...decisionBase, reason: z.string().min(1).max(2000) });
/** Rejected by the council or declined by the leader. */
export const applicationRejectedV1 = z.object({ ...decisionBase, reason: z.string().min(1).max(2000) });
/** Approved by the Department's leader, with the support amount in integer VND. */
export const applicationApprovedV1 = z.object({ ...decisionBase, amountVnd: z.number().int().positive() });
/** A (partial) disbursement was recorded. */
export const disbursementRecordedV1 = z.object({ ...decisionBase, amountVnd: z.number().int().positive() });
/** Everything approved has been disbursed. */
export const applicationCompletedV1 = z.object(decisionBase);

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

const budgetBase = {
  applicationId: z.uuid(),
  dossierCode: dossierCodeSchema,
  programCode: z.string().min(1),
  /** Budget year the amount is taken from. */
  year: z.number().int().min(2000),
  amountVnd: z.number().int().positive(),
};
/** The approved amount was taken from the programme's yearly budget. */
export const budgetReservedV1 = z.object({ ...budgetBase, reservedAt: z.iso.datetime({ offset: true }) });
/** A reservation was given back (cancellation after approval): the wait-list may move. */
export const budgetReleasedV1 = z.object({
  ...budgetBase,
  reason: z.string().min(1).max(2000),
  releasedAt: z.iso.datetime({ offset: true }),
});

/**
 * The leader approved but the programme's yearly budget cannot fund the amount now: the dossier waits
 * at LEADER_APPROVAL, in order of approval, until freed money reaches it (then BudgetReserved follows).
 */
export const budgetWaitlistedV1 = z.object({
  ...budgetBase,
  amountVnd: z.number().int().nonnegative(),
  /** Place in the programme's wait-list for the year (1 = next to be funded) when it was put there. */
  position: z.number().int().positive(),
  waitlistedAt: z.iso.datetime({ offset: true }),
});
export type BudgetWaitlistedV1 = z.infer<typeof budgetWaitlistedV1>;

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

/** An operator cancelled the dossier, with a reason. */
export const applicationCancelledV1 = z.object({ ...decisionBase, reason: z.string().min(1).max(2000) });
/** The applicant did not answer a supplement request in time. */
export const applicationExpiredV1 = z.object({ ...decisionBase, reason: z.string().min(1).max(2000) });
