import { z } from 'zod';
import { isKnownEventType } from '@kc/contracts';

/*
 * The fields each notified event must carry for its templates and recipients: loose objects, so a
 * producer adding fields never breaks us. Every event goes through these (after the catalog's own check
 * when the catalog knows the type), so OCOP events take the same path now and once their contracts land.
 */
const instant = z.iso.datetime({ offset: true });
const day = z.iso.date();
const addressee = z.looseObject({
  unitCode: z.string().min(1),
  role: z.string().min(1),
  assigneeId: z.string().nullable(),
});
const dossier = { applicationId: z.uuid(), dossierCode: z.string().min(1) };

/** Owner fields OCOP events may name the product's holder by, in the order they are looked for. */
export const OWNER_FIELDS = ['ownerId', 'subjectId', 'applicantId', 'registrantId'] as const;

const ocop = z
  .looseObject({
    productId: z.string().min(1),
    productName: z.string().min(1).optional(),
    stars: z.number().int().min(0).max(5).optional(),
    ...Object.fromEntries(OWNER_FIELDS.map((f) => [f, z.string().min(1).optional()])),
  })
  .refine((p) => OWNER_FIELDS.some((f) => typeof p[f] === 'string'), {
    message: `one of ${OWNER_FIELDS.join(', ')} is required`,
  });

export const EventFieldSchemas: Readonly<Record<string, z.ZodType<Record<string, unknown>>>> = {
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
  TaskCreated: z.looseObject({ ...dossier, stage: z.string(), addressee, dueAt: instant.nullable() }),
  SlaWarning: z.looseObject({ ...dossier, stage: z.string(), addressee, dueAt: instant }),
  SlaBreached: z.looseObject({
    ...dossier,
    stage: z.string(),
    escalatedTo: addressee,
    dueAt: instant,
    newExpectedDate: day,
  }),
  OcopLevelResult: ocop,
  OcopCertificateIssued: ocop.and(
    z.looseObject({ certificateNumber: z.string().min(1), expiresAt: z.string().min(1) }),
  ),
  OcopCertificateExpiring: ocop.and(
    z.looseObject({ certificateNumber: z.string().min(1), expiresAt: z.string().min(1) }),
  ),
};

/** Schemas the inbox consumer uses for types this build's catalog does not know yet (OCOP, for now). */
export function schemasForUncataloguedTypes(): Record<string, z.ZodType> {
  return Object.fromEntries(Object.entries(EventFieldSchemas).filter(([type]) => !isKnownEventType(type)));
}
