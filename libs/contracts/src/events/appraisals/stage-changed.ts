// A dossier moving from one stage to the next (appraisals service); the applications service projects it.
import { z } from 'zod';
import { dossierCodeSchema } from '../application-events';
import { stageSchema } from './stages';

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
