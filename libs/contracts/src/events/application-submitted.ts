import { z } from 'zod';

import { dossierCodeSchema, programCodeSchema } from './application-events';

/** An applicant submitted a complete dossier; the appraisals service starts its approval workflow. */
export const applicationSubmittedV1 = z.object({
  applicationId: z.uuid(),
  dossierCode: dossierCodeSchema,
  programCode: programCodeSchema,
  /** Legal basis + effective date of the rule pack the dossier is judged by for its whole life. */
  rulePackId: z.string().min(1),
  applicantId: z.string().min(1),
  applicantName: z.string().min(1),
  /** Unit code of the local tier that receives the dossier (district before 1 Jul 2025, commune after). */
  localUnitCode: z.string().min(1),
  submittedAt: z.iso.datetime({ offset: true }),
  /** Integer VND. */
  eligibleCostVnd: z.number().int().nonnegative(),
  /** Integer VND, as computed by the rule pack at submission. */
  proposedSupportVnd: z.number().int().nonnegative(),
  expectedResultDate: z.iso.date(),
  /**
   * How the dossier reached the administration (Decision 766/QĐ-TTg counts online submissions). Optional:
   * events written before this field existed were all online submissions through the portal.
   */
  submissionChannel: z.enum(['ONLINE', 'COUNTER']).optional(),
  /** Documents attached as files at submission (digitised documents per dossier); absent on older events. */
  documentCount: z.number().int().nonnegative().optional(),
});
export type ApplicationSubmittedV1 = z.infer<typeof applicationSubmittedV1>;
