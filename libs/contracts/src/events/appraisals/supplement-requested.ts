// An officer asking the applicant for documents at some stage (appraisals service).
import { z } from 'zod';
import { dossierCodeSchema } from '../application-events';
import { stageSchema } from './stages';

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
