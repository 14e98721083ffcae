// The tasks in the officers' inboxes, created and completed (SLA warnings and breaches: sla-events.ts).
import { z } from 'zod';
import { dossierCodeSchema } from '../application-events';
import { addresseeSchema } from './addressee';
import { stageSchema } from './stages';

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
