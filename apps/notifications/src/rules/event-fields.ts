import { z } from 'zod';
import {
  budgetWaitlistedV1,
  deadlineExtendedV1,
  ocopCertificateExpiringV1,
  ocopCertificateIssuedV1,
  ocopLevelResultV1,
  ocopProposalOverdueV1,
  ruralCriteriaConcludedV1,
  ruralCriteriaStageChangedV1,
  ruralCriteriaStageOverdueV1,
  ruralCriteriaSupplementRequestedV1,
  ruralRecognitionRevokedV1,
} from '@kc/contracts';

/*
 * The fields each notified event must carry for its templates and recipients: loose objects, so a
 * producer adding fields never breaks us. Every notified event is in the EventCatalog, whose schema the
 * consumer checks first; these then pick what the templates and recipients use. OCOP's are picked from
 * the contracts themselves, so a renamed field fails the typecheck here, not the consumer at run time.
 */
const instant = z.iso.datetime({ offset: true });
const day = z.iso.date();
const addressee = z.looseObject({
  unitCode: z.string().min(1),
  role: z.string().min(1),
  assigneeId: z.string().nullable(),
});
const dossier = { applicationId: z.uuid(), dossierCode: z.string().min(1) };
const dossierFields = { applicationId: true, dossierCode: true } as const;

/**
 * The payload field OCOP events name the product's holder by: the subject owner's account id, null when the
 * subject was registered on paper (then nobody is told, and that is not an error). `subjectId` is an OCOP
 * subject, not an account: never a recipient.
 */
export const HOLDER_FIELD = 'holderId';

/** What the OCOP templates and recipients use; the same fields for the certificate events. */
const ocopFields = { productId: true, productName: true, [HOLDER_FIELD]: true } as const;
/** What every new-rural notice names: the commune, the level and the year it is appraised for. */
const ruralFields = { appraisalId: true, communeCode: true, level: true, targetYear: true } as const;
const certificateFields = { ...ocopFields, certificateNumber: true, stars: true, expiryDate: true } as const;

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
  OcopLevelResult: ocopLevelResultV1.pick({ ...ocopFields, stars: true, averageTotal: true, routing: true }).loose(),
  OcopCertificateIssued: ocopCertificateIssuedV1.pick(certificateFields).loose(),
  OcopCertificateExpiring: ocopCertificateExpiringV1.pick(certificateFields).loose(),
  RuralCriteriaStageChanged: ruralCriteriaStageChangedV1
    .pick({ ...ruralFields, from: true, to: true, unitCode: true, role: true, dueAt: true, note: true })
    .loose(),
  RuralCriteriaSupplementRequested: ruralCriteriaSupplementRequestedV1
    .pick({ ...ruralFields, items: true, dueDate: true })
    .loose(),
  RuralCriteriaStageOverdue: ruralCriteriaStageOverdueV1
    .pick({ ...ruralFields, stage: true, dueAt: true, escalatedTo: true })
    .loose(),
  RuralCriteriaConcluded: ruralCriteriaConcludedV1
    .pick({ ...ruralFields, outcome: true, conclusionNumber: true, concludedAt: true })
    .loose(),
  RuralRecognitionRevoked: ruralRecognitionRevokedV1.pick({ ...ruralFields, reason: true, revokedAt: true }).loose(),
  OcopProposalOverdue: ocopProposalOverdueV1
    .pick({ productId: true, productName: true, proposedTo: true, waitedDays: true, addressee: true })
    .loose(),
};
