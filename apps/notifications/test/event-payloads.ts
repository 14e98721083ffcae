import { randomUUID } from 'node:crypto';
import {
  ocopCertificateIssuedV1,
  ocopLevelResultV1,
  type OcopCertificateIssuedV1,
  type OcopLevelResultV1,
} from '@kc/contracts';
import { applicationSubmittedDraft } from '@kc/testing';

/** Payloads as the applications and appraisals services write them (contracts in libs/contracts). */
export function submitted(applicantId: string, overrides: Record<string, unknown> = {}) {
  return applicationSubmittedDraft({
    applicantId,
    applicantName: 'Cơ sở cơ khí An Phát',
    expectedResultDate: '2026-12-28',
    submittedAt: '2026-11-28T01:30:00.000Z',
    ...overrides,
  }).payload;
}

export function refused(applicationId: string, dossierCode: string) {
  return {
    applicationId,
    dossierCode,
    reason: 'Cơ sở không thuộc địa bàn nông thôn theo quy định',
    decidedAt: '2026-11-29T02:00:00.000Z',
  };
}

export function taskCreated(
  applicationId: string,
  dossierCode: string,
  addressee: { unitCode: string; role: string; assigneeId: string | null },
  dueAt: string | null,
) {
  return {
    applicationId,
    dossierCode,
    taskId: randomUUID(),
    stage: 'RECEPTION',
    actions: ['ACCEPT', 'REQUEST_SUPPLEMENT', 'REFUSE'],
    addressee,
    dueAt,
    createdAt: new Date().toISOString(),
  };
}

/*
 * OCOP payloads as the ocop service writes them, built through the contracts' own schemas (libs/contracts
 * ocop-events.ts): a test cannot publish a field the producer does not have.
 */
const ocopProduct = (productId: string) => ({
  productId,
  evaluationId: randomUUID(),
  productName: 'Hạt điều rang muối',
});

export function ocopCertificateIssued(
  productId: string,
  holderId: string | null,
  overrides: Partial<OcopCertificateIssuedV1> = {},
): OcopCertificateIssuedV1 {
  return ocopCertificateIssuedV1.parse({
    ...ocopProduct(productId),
    certificateNumber: 'OCOP-DN-2026-000042',
    stars: 4,
    expiryDate: '2029-11-28',
    subjectName: 'Hợp tác xã Hạt điều Xuân Lộc',
    holderId,
    issuedBy: 'PROVINCE',
    issueDate: '2026-11-28',
    reminderDate: '2029-08-30',
    issuedAt: new Date().toISOString(),
    ...overrides,
  });
}

export function ocopLevelResult(
  productId: string,
  holderId: string | null,
  overrides: Partial<OcopLevelResultV1> = {},
): OcopLevelResultV1 {
  return ocopLevelResultV1.parse({
    ...ocopProduct(productId),
    round: 1,
    packId: 'ocop-1489-2025',
    holderId,
    level: 'PROVINCE',
    sheetsCounted: 3,
    averageTotal: 6200,
    partAverages: { A: 2400, B: 2000, C: 1800 },
    stars: 3,
    failedMandatory: [],
    routing: { kind: 'RECOGNISE', level: 'PROVINCE', stars: 3 },
    decidedAt: new Date().toISOString(),
    ...overrides,
  });
}
