import { z } from 'zod';

/** Programme codes of the support programmes (architecture.md §1). */
export const programCodeSchema = z.enum(['ROOFTOP_SOLAR', 'DEMO_MODEL', 'MACHINERY', 'RELOCATION_INTEREST']);
export type ProgramCode = z.infer<typeof programCodeSchema>;

/** Dossier codes look like `KC-2026-000123`. */
export const dossierCodeSchema = z.string().regex(/^KC-\d{4}-\d{6}$/, 'dossier code must look like KC-2026-000123');

/** The applicant answered a supplement request; resumes the paused stage. */
export const supplementSubmittedV1 = z.object({
  applicationId: z.uuid(),
  dossierCode: dossierCodeSchema,
  supplementRequestId: z.string().min(1),
  documentIds: z.array(z.string().min(1)).min(1),
  submittedAt: z.iso.datetime({ offset: true }),
});
export type SupplementSubmittedV1 = z.infer<typeof supplementSubmittedV1>;

/** The applicant withdrew the dossier; the workflow ends in WITHDRAWN. */
export const applicationWithdrawnV1 = z.object({
  applicationId: z.uuid(),
  dossierCode: dossierCodeSchema,
  reason: z.string().min(1).max(2000),
  withdrawnAt: z.iso.datetime({ offset: true }),
});
export type ApplicationWithdrawnV1 = z.infer<typeof applicationWithdrawnV1>;
