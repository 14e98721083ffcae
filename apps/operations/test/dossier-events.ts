import { randomUUID } from 'node:crypto';
import { Topics, type EventActor } from '@kc/contracts';
import { applicationSubmittedDraft } from '@kc/testing';

/** 08:00 in Vietnam on a day of 2026 (`10-05` → 5 October). */
export const vn = (monthDay: string, hour = 8) => `2026-${monthDay}T${String(hour - 7).padStart(2, '0')}:00:00.000Z`;

export interface Published {
  topic: string;
  type: string;
  payload: object;
  actor: EventActor;
  producer: string;
}

const officer = (role: string): EventActor => ({ kind: 'user', id: `officer-${role.toLowerCase()}`, role });
const service: EventActor = { kind: 'service', id: 'appraisals' };
const appraisals = (type: string, payload: object, actor: EventActor = service): Published => ({
  topic: Topics.appraisalsEvents,
  type,
  payload,
  actor,
  producer: 'appraisals',
});

/** The events of one dossier, as the applications and appraisals services would publish them. */
export function dossier(
  unitCode: string,
  submittedOn: string,
  expectedResultDate: string,
  extra: Parameters<typeof applicationSubmittedDraft>[0] = {},
) {
  const draft = applicationSubmittedDraft({
    localUnitCode: unitCode,
    submittedAt: vn(submittedOn),
    expectedResultDate,
    ...extra,
  });
  const { applicationId, dossierCode } = draft.payload;
  const ids = { applicationId, dossierCode };
  return {
    ...ids,
    submitted: (): Published => ({
      topic: Topics.applicationsEvents,
      type: 'ApplicationSubmitted',
      payload: draft.payload,
      actor: { kind: 'user', id: 'applicant-1', role: 'APPLICANT' },
      producer: 'applications',
    }),
    stage: (on: string, from: string | null, to: string, dueOn: string | null, role = 'LOCAL_OFFICER') =>
      appraisals(
        'StageChanged',
        { ...ids, from, to, unitCode: unitCode, dueAt: dueOn ? vn(dueOn, 17) : null, note: null, changedAt: vn(on) },
        officer(role),
      ),
    supplementRequested: (on: string, stage: string) =>
      appraisals(
        'SupplementRequested',
        {
          ...ids,
          supplementRequestId: randomUUID(),
          stage,
          items: [{ documentCode: 'BAO_GIA', reasonVi: 'Bổ sung báo giá máy móc' }],
          dueDate: '2026-12-31',
          requestedAt: vn(on),
        },
        officer('DEPARTMENT_APPRAISER'),
      ),
    supplementSubmitted: (on: string, documentIds = ['d1']): Published => ({
      topic: Topics.applicationsEvents,
      type: 'SupplementSubmitted',
      payload: { ...ids, supplementRequestId: 'x', documentIds, submittedAt: vn(on) },
      actor: { kind: 'user', id: 'applicant-1', role: 'APPLICANT' },
      producer: 'applications',
    }),
    breached: (on: string, stage: string, dueOn: string) =>
      appraisals('SlaBreached', {
        ...ids,
        stage,
        dueAt: vn(dueOn, 17),
        escalatedTo: { unitCode: 'SCT', role: 'DEPARTMENT_LEADER', assigneeId: null },
        newExpectedDate: '2026-12-31',
        breachedAt: vn(on),
      }),
    approved: (on: string) =>
      appraisals(
        'ApplicationApproved',
        { ...ids, amountVnd: 200_000_000, decidedAt: vn(on) },
        officer('DEPARTMENT_LEADER'),
      ),
    refused: (on: string) =>
      appraisals(
        'ApplicationRefused',
        { ...ids, reason: 'Không đủ điều kiện', decidedAt: vn(on) },
        officer('LOCAL_OFFICER'),
      ),
    budgetReserved: (on: string) =>
      appraisals('BudgetReserved', {
        ...ids,
        programCode: 'MACHINERY',
        year: 2026,
        amountVnd: 200_000_000,
        reservedAt: vn(on),
      }),
  };
}
