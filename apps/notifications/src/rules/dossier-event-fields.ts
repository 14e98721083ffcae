import { z } from 'zod';
import { budgetWaitlistedV1, deadlineExtendedV1 } from '@kc/contracts';
import { addressee, day, instant } from './event-field-parts';

const dossier = { applicationId: z.uuid(), dossierCode: z.string().min(1) };
const dossierFields = { applicationId: true, dossierCode: true } as const;

/** The fields of the dossier events (applications, appraisals) that notices use. */
export const dossierEventFields: Readonly<Record<string, z.ZodType<Record<string, unknown>>>> = {
  ApplicationSubmitted: z.looseObject({
    ...dossier,
    applicantId: z.string().min(1),
    applicantName: z.string().min(1),
    submittedAt: instant,
    expectedResultDate: day,
  }),
  SupplementRequested: z.looseObject({
    ...dossier,
    items: z.array(z.looseObject({ documentCode: z.string(), reasonVi: z.string() })).min(1),
    dueDate: day,
  }),
  ApplicationRefused: z.looseObject({ ...dossier, reason: z.string(), decidedAt: instant }),
  ApplicationApproved: z.looseObject({ ...dossier, amountVnd: z.number(), decidedAt: instant }),
  ApplicationRejected: z.looseObject({ ...dossier, reason: z.string(), decidedAt: instant }),
  ApplicationCancelled: z.looseObject({ ...dossier, reason: z.string(), decidedAt: instant }),
  ApplicationExpired: z.looseObject({ ...dossier, reason: z.string(), decidedAt: instant }),
  ApplicationWithdrawn: z.looseObject({ ...dossier, reason: z.string(), withdrawnAt: instant }),
  StageChanged: z.looseObject({
    ...dossier,
    from: z.string().nullable(),
    to: z.string(),
    dueAt: instant.nullable(),
    note: z.string().nullable(),
    changedAt: instant,
  }),
  DisbursementRecorded: z.looseObject({ ...dossier, amountVnd: z.number(), decidedAt: instant }),
  ApplicationCompleted: z.looseObject({ ...dossier, decidedAt: instant }),
  BudgetWaitlisted: budgetWaitlistedV1
    .pick({ ...dossierFields, year: true, amountVnd: true, position: true, waitlistedAt: true })
    .loose(),
  DeadlineExtended: deadlineExtendedV1
    .pick({ ...dossierFields, stage: true, workingDays: true, reason: true, dueAt: true, extendedAt: true })
    .loose(),
  TaskCreated: z.looseObject({ ...dossier, stage: z.string(), addressee, dueAt: instant.nullable() }),
  SlaWarning: z.looseObject({ ...dossier, stage: z.string(), addressee, dueAt: instant }),
  SlaBreached: z.looseObject({
    ...dossier,
    stage: z.string(),
    escalatedTo: addressee,
    dueAt: instant,
    newExpectedDate: day,
  }),
};
