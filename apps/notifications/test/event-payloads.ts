import { randomUUID } from 'node:crypto';
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
