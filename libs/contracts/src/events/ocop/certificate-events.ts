// An OCOP certificate's life: issued (replacing another when 5★ follows a province's 4★), expiring, expired.
import { z } from 'zod';
import { at, stars } from './event-fields';
import { ocopCertificateNumberSchema, ocopLevelSchema } from './ocop-names';

const certificateBase = {
  productId: z.uuid(),
  evaluationId: z.uuid(),
  certificateNumber: ocopCertificateNumberSchema,
  stars,
  expiryDate: z.iso.date(),
  productName: z.string().min(1),
  subjectName: z.string().min(1),
  /** The holder's account (the subject's owner), whom notifications address; null if registered on paper. */
  holderId: z.string().min(1).nullable(),
};

/** A certificate (3★ and above) was issued; valid 36 months (domain.md §2.4). */
export const ocopCertificateIssuedV1 = z.object({
  ...certificateBase,
  issuedBy: ocopLevelSchema,
  issueDate: z.iso.date(),
  reminderDate: z.iso.date(),
  issuedAt: at,
  /** The certificate this one replaces (a province's 4★ when the national council awards 5★). */
  replacesCertificateNumber: ocopCertificateNumberSchema.nullable().optional(),
});

/** Reminder to the holder: the certificate expires soon; apply for re-recognition or an upgrade. */
export const ocopCertificateExpiringV1 = z.object({ ...certificateBase, remindedAt: at });

/** The certificate expired and no re-evaluation had started. */
export const ocopCertificateExpiredV1 = z.object({ ...certificateBase, expiredAt: at });

export type OcopCertificateIssuedV1 = z.infer<typeof ocopCertificateIssuedV1>;
export type OcopCertificateExpiringV1 = z.infer<typeof ocopCertificateExpiringV1>;
export type OcopCertificateExpiredV1 = z.infer<typeof ocopCertificateExpiredV1>;
