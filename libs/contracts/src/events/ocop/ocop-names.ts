// The names every OCOP event and answer uses (topic kc.ocop.events.v1, aggregate `OcopProduct`, keyed by product
// id): council levels, the kinds of subject, certificate numbers.
import { z } from 'zod';

export const ocopLevelSchema = z.enum(['COMMUNE', 'DISTRICT', 'PROVINCE', 'CENTRAL']);
export type OcopLevelName = z.infer<typeof ocopLevelSchema>;

/** Chủ thể OCOP (domain.md §2.5): enterprise, cooperative (HTX), cooperative group (tổ hợp tác), household business. */
export const ocopSubjectKindSchema = z.enum(['ENTERPRISE', 'COOPERATIVE', 'COOPERATIVE_GROUP', 'HOUSEHOLD_BUSINESS']);
export type OcopSubjectKind = z.infer<typeof ocopSubjectKindSchema>;

/** Certificate numbers look like `OCOP-DN-2026-000001`. */
export const ocopCertificateNumberSchema = z
  .string()
  .regex(/^OCOP-DN-\d{4}-\d{6}$/, 'certificate number must look like OCOP-DN-2026-000001');
