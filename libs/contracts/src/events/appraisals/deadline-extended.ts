// An operator extending a stage's deadline (operations service).
import { z } from 'zod';
import { dossierCodeSchema } from '../application-events';
import { stageSchema } from './stages';

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
