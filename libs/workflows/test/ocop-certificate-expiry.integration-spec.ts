import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowIds, WorkflowTypes } from '@kc/contracts';
import { ocopPackForRegistration, scoreTemplate } from '@kc/domain';
import { answersFor } from '@kc/domain/testing';
import {
  createTimeSkippingWorkflowEnvironment,
  expectEventually,
  runTestWorker,
  type RunningTestWorker,
} from '@kc/testing';
import {
  declareConflictUpdate,
  ocopStateQuery,
  recordCentralResultUpdate,
  reevaluationStartedSignal,
  submitScoreSheetUpdate,
  type OcopActor,
  type OcopEvaluationActivities,
  type OcopEvaluationInput,
  type OcopEvaluationState,
  type OcopStep,
} from '../src';

const DAY_MS = 86_400_000;
const vietnamMidnight = (isoDate: string) => Date.parse(`${isoDate}T00:00:00+07:00`);
const member: OcopActor = { userId: 'hd-1', roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC' };
const appraiser: OcopActor = { userId: 'td-1', roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' };

describe('ocopEvaluationWorkflow certificate timers (time-skipping test server)', () => {
  let env: TestWorkflowEnvironment;
  let worker: RunningTestWorker | undefined;
  const taskQueue = `ocop-expiry-${randomUUID()}`;
  const steps: { productId: string; at: string; step: OcopStep }[] = [];
  const activities: OcopEvaluationActivities = {
    async recordOcopStep(input) {
      steps.push(input);
    },
    async issueOcopCertificate(input) {
      const serial = input.issuedBy === 'CENTRAL' ? '000043' : '000042';
      return { certificateNumber: `OCOP-DN-${input.issueDate.slice(0, 4)}-${serial}` };
    },
  };

  beforeAll(async () => {
    env = await createTimeSkippingWorkflowEnvironment();
    worker = await runTestWorker(env, { taskQueue, activities });
  });
  afterAll(async () => worker?.stop());

  /** A 1489 product whose commune report came with the dossier; one member scores 60: 3★ by the province. */
  async function certify(points = 60, extra: Partial<OcopEvaluationInput> = {}, stage = 'CERTIFIED') {
    const pack = ocopPackForRegistration('2026-02-02');
    const productId = randomUUID();
    const input: OcopEvaluationInput = {
      evaluationId: randomUUID(),
      productId,
      round: 1,
      packId: pack.id,
      subgroupCode: 'HANDICRAFT-NATURAL_FIBRE',
      productName: 'Giỏ mây tre đan',
      subjectName: 'Tổ hợp tác mây tre Tân Phú',
      unitCode: 'X-TAN-PHU',
      council: [{ userId: member.userId, name: 'Phạm Quốc Dũng' }],
      communeReport: { by: 'xa-1', summary: 'Nguyên liệu và lao động địa phương.' },
      ...extra,
    };
    const handle = await env.client.workflow.start(WorkflowTypes.ocopEvaluation, {
      taskQueue,
      workflowId: WorkflowIds.ocopEvaluation(productId, 1),
      args: [input],
    });
    await handle.executeUpdate(declareConflictUpdate, { args: [{ actor: member, hasConflict: false }] });
    const template = scoreTemplate(pack, input.subgroupCode);
    await handle.executeUpdate(submitScoreSheetUpdate, {
      args: [{ actor: member, answers: answersFor(template, points) }],
    });
    let certified: OcopEvaluationState | undefined;
    await expectEventually(async () => {
      certified = await handle.query(ocopStateQuery);
      expect(certified.stage).toBe(stage);
    });
    const ours = () => steps.filter((s) => s.productId === productId);
    return { handle, certificate: certified!.certificate!, ours };
  }

  it('reminds the holder 90 days before expiry and marks the certificate expired the day after it ends', async () => {
    const { handle, certificate, ours } = await certify();
    expect(certificate).toMatchObject({ stars: 3, issuedBy: 'PROVINCE' });
    const wallBefore = Date.now();
    const result = (await handle.result()) as OcopEvaluationState;
    expect(Date.now() - wallBefore).toBeLessThan(30_000);

    expect(result).toMatchObject({ stage: 'EXPIRED', certificate: { reminded: true } });
    const timed = ours().filter((s) => s.step.kind.startsWith('CERTIFICATE_') || s.step.kind === 'EVALUATION_ENDED');
    expect(timed.map((s) => s.step)).toEqual([
      { kind: 'CERTIFICATE_EXPIRING', certificateNumber: certificate.number },
      { kind: 'CERTIFICATE_EXPIRED', certificateNumber: certificate.number },
      { kind: 'EVALUATION_ENDED', stage: 'EXPIRED' },
    ]);
    const reminderAt = Date.parse(timed[0].at);
    const expiredAt = Date.parse(timed[1].at);
    expect(reminderAt).toBeGreaterThanOrEqual(vietnamMidnight(certificate.reminderDate));
    expect(reminderAt).toBeLessThan(vietnamMidnight(certificate.reminderDate) + DAY_MS);
    expect(expiredAt).toBeGreaterThanOrEqual(vietnamMidnight(certificate.expiryDate) + DAY_MS);
    expect(expiredAt).toBeLessThan(vietnamMidnight(certificate.expiryDate) + 2 * DAY_MS);
  });

  it('does not mark the certificate expired once a re-evaluation has started after the reminder', async () => {
    const { handle, certificate, ours } = await certify();
    const days = (vietnamMidnight(certificate.reminderDate) - (await env.currentTimeMs())) / DAY_MS;
    await env.sleep(`${Math.ceil(days) + 2} days`);
    await expectEventually(() => expect(ours().map((s) => s.step.kind)).toContain('CERTIFICATE_EXPIRING'));
    await handle.signal(reevaluationStartedSignal, { round: 2 });
    const result = (await handle.result()) as OcopEvaluationState;
    expect(result.stage).toBe('RENEWAL_STARTED');
    expect(ours().map((s) => s.step.kind)).not.toContain('CERTIFICATE_EXPIRED');
  });

  it('skips the reminder too when the upgrade starts before it', async () => {
    const { handle, ours } = await certify();
    await handle.signal(reevaluationStartedSignal, { round: 2 });
    expect(((await handle.result()) as OcopEvaluationState).stage).toBe('RENEWAL_STARTED');
    expect(
      ours()
        .map((s) => s.step.kind)
        .filter((k) => k.startsWith('CERTIFICATE_')),
    ).toEqual([]);
  });

  it('reminds the appraisers once when a proposal for 5★ has no answer in time, and then watches the national certificate', async () => {
    const { handle, certificate, ours } = await certify(93, { centralAnswerReminderDays: 30 }, 'PROPOSED_TO_CENTRAL');
    expect(certificate).toMatchObject({ stars: 4, issuedBy: 'PROVINCE' });
    // The wait starts once the 4★ is awarded and certified.
    const started = Date.parse(ours().find((s) => s.step.kind === 'STARS_AWARDED')!.at);
    await env.sleep('45 days');
    const overdue = await expectEventually(() => {
      const found = ours().filter((s) => s.step.kind === 'HIGHER_ANSWER_OVERDUE');
      expect(found.map((s) => s.step)).toEqual([
        { kind: 'HIGHER_ANSWER_OVERDUE', proposedTo: 'CENTRAL', waitedDays: 30 },
      ]);
      return found[0];
    });
    expect(Date.parse(overdue.at) - started).toBeGreaterThanOrEqual(30 * DAY_MS);
    expect(Date.parse(overdue.at) - started).toBeLessThan(31 * DAY_MS);

    await handle.executeUpdate(recordCentralResultUpdate, {
      args: [{ actor: appraiser, stars: 5, decisionRef: 'QĐ 7/QĐ-BNNMT' }],
    });
    const result = (await handle.result()) as OcopEvaluationState;
    expect(result).toMatchObject({ stage: 'EXPIRED', stars: 5, certificate: { issuedBy: 'CENTRAL', reminded: true } });
    const national = result.certificate!.number;
    expect(national).not.toBe(certificate.number);
    // Only the certificate in force is reminded of and expires: the replaced one is no longer watched.
    expect(
      ours()
        .map((s) => s.step)
        .filter((step) => step.kind.startsWith('CERTIFICATE_')),
    ).toEqual([
      { kind: 'CERTIFICATE_EXPIRING', certificateNumber: national },
      { kind: 'CERTIFICATE_EXPIRED', certificateNumber: national },
    ]);
  });
});
