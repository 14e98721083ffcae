// One dossier from the applicant's submit, through every approval stage by officers working their task
// inboxes, to COMPLETED: the real applications and appraisals services in this process, on the real
// Postgres, Kafka and Temporal (test database, `test.` topics, namespace khuyencong-test).
import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Subscriptions, Topics } from '@kc/contracts';
import { vietnamDate } from '@kc/domain';
import {
  collectFrom,
  createGroupTopics,
  createTestWorkflowEnvironment,
  expectEventually,
  migrateTestSchema,
  positionGroupAtEnd,
  requestJson,
  staffAccountRegistered,
  testTopic,
} from '@kc/testing';
import { producerConfig } from '@kc/messaging';
import { WorkflowIds } from '@kc/contracts';
import { supportRequestSearchKeys } from '@kc/workflows';
import { PDF, startApplications } from '../../apps/applications/test/applications-harness';
import { serviceDefinition as appraisalsDefinition } from '../../apps/appraisals/src/service.definition';

type Harness = Awaited<ReturnType<typeof startApplications>>;
type Token = { user: { id: string }; authorization: string };

describe('a support dossier from submission to completion through the officers’ inboxes', () => {
  let h: Harness;
  let appraisals: INestApplication;
  let appraisalsBase: string;
  let groupTopics: Awaited<ReturnType<typeof createGroupTopics>>;
  let tap: Awaited<ReturnType<typeof collectFrom>>;
  /** Council members as the gateway announces them (the appraisals' directory copy learns them). */
  const councilAccounts = [1, 2, 3].map(() => staffAccountRegistered(['COUNCIL_MEMBER'], 'DN-HD-KC'));
  const council = councilAccounts.map((a) => a.id);

  beforeAll(async () => {
    h = await startApplications();
    await migrateTestSchema(appraisalsDefinition);
    const group = `appraisals-e2e-${randomBytes(3).toString('hex')}`;
    groupTopics = await createGroupTopics(h.kafka, group, Subscriptions.appraisals);
    await positionGroupAtEnd(h.kafka, group, Subscriptions.appraisals);
    tap = await collectFrom(h.kafka, [Topics.appraisalsEvents], `${group}-tap`);
    Object.assign(process.env, {
      APPROVALS_TASK_QUEUE: `approvals-e2e-${randomUUID()}`,
    });
    const { bootstrapAppraisals } = await import('../../apps/appraisals/src/bootstrap-appraisals');
    appraisals = await bootstrapAppraisals(group);
    const producer = h.kafka.producer(producerConfig);
    await producer.connect();
    await producer.send({ topic: testTopic(Topics.identityEvents), messages: councilAccounts.map((a) => a.message) });
    await producer.disconnect();
    appraisalsBase = (await appraisals.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await appraisals?.close();
    await tap?.stop();
    await groupTopics?.remove();
    await h?.close();
  });

  const inbox = (method: string, path: string, token: Token, body?: unknown) =>
    requestJson(`${appraisalsBase}${path}`, token.authorization, { method, body });
  /** Waits until the officer's inbox shows the dossier's open task at `stage`, and answers its id. */
  const taskAt = async (token: Token, applicationId: string, stage: string): Promise<string> => {
    let taskId = '';
    await expectEventually(async () => {
      const list = await inbox('GET', `/tasks?stage=${stage}&status=open&applicationId=${applicationId}`, token);
      const task = list.body.items.find((t: { applicationId: string }) => t.applicationId === applicationId);
      expect(task).toBeDefined();
      taskId = task.taskId;
    }, 30_000);
    return taskId;
  };
  const act = async (token: Token, applicationId: string, stage: string, action: string, body: object = {}) => {
    const taskId = await taskAt(token, applicationId, stage);
    const res = await inbox('POST', `/tasks/${taskId}/${action}`, token, body);
    expect(res).toMatchObject({ status: 200 });
    return res.body;
  };

  it('reaches COMPLETED with every stage on Kafka and on the applicant’s timeline; the budget wait-list holds it until money is added', async () => {
    const applicant = await h.issuer.token({ name: 'Hợp tác xã Cơ khí Xuân Lộc' });
    const commune = await h.issuer.token({ roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' });
    const otherCommune = await h.issuer.token({ roles: ['LOCAL_OFFICER'], unitCode: 'X-LONG-THANH' });
    // An officer who is both appraiser and leader may not approve what they appraised.
    const appraiser = await h.issuer.token({
      roles: ['DEPARTMENT_APPRAISER', 'DEPARTMENT_LEADER'],
      unitCode: 'DN-SCT',
    });
    const leader = await h.issuer.token({ roles: ['DEPARTMENT_LEADER'], unitCode: 'DN-SCT' });
    const operator = await h.issuer.token({ roles: ['OPERATOR'], unitCode: 'DN-TTKC' });
    const members = await Promise.all(
      council.map((id) => h.issuer.token({ id, roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC' })),
    );

    const created = await h.call('POST', '/applications', applicant.authorization, {
      programCode: 'MACHINERY',
      title: 'Đề nghị hỗ trợ dây chuyền sấy hạt điều',
      establishment: {
        name: 'Hợp tác xã Cơ khí Xuân Lộc',
        type: 'COOPERATIVE',
        address: 'Ấp 1, xã Xuân Lộc, Đồng Nai',
      },
      localUnitCode: 'X-XUAN-LOC',
      cost: { eligibleCostVnd: 900_000_000, wholeTechnologyLine: true },
    });
    expect(created.status).toBe(201);
    const applicationId: string = created.body.id;
    for (const code of ['REQUEST_LETTER', 'BUSINESS_REGISTRATION', 'PROJECT_PROPOSAL', 'QUOTATIONS'])
      expect((await h.upload(applicant.authorization, applicationId, code, PDF, `${code}.pdf`)).status).toBe(201);
    expect((await h.call('POST', `/applications/${applicationId}/submit`, applicant.authorization)).status).toBe(201);

    const receptionTask = await taskAt(commune, applicationId, 'RECEPTION');
    // The task links to the dossier the officer reads (and downloads from) in the applications service.
    const detail = await inbox('GET', `/tasks/${receptionTask}`, commune);
    expect(detail.body.links.dossier).toBe(`/api/applications/officer/dossiers/${applicationId}`);
    const asOfficer = await h.call('GET', `/officer/dossiers/${applicationId}`, commune.authorization);
    expect(asOfficer.body.documents).toHaveLength(4);
    const firstDocument = asOfficer.body.documents[0].id as string;
    const file = await h.call(
      'GET',
      `/officer/dossiers/${applicationId}/documents/${firstDocument}`,
      commune.authorization,
    );
    expect(file.status).toBe(200);
    expect((await h.call('GET', `/officer/dossiers/${applicationId}`, otherCommune.authorization)).status).toBe(404);
    expect((await h.call('GET', `/officer/dossiers/${applicationId}`, applicant.authorization)).status).toBe(403);
    expect((await h.call('GET', `/officer/dossiers/${applicationId}`, appraiser.authorization)).status).toBe(200);
    // A council member reads nothing before the dossier reaches their council.
    expect((await h.call('GET', `/officer/dossiers/${applicationId}`, members[0]!.authorization)).status).toBe(404);
    expect((await inbox('POST', `/tasks/${receptionTask}/accept`, otherCommune)).status).toBe(404);
    await act(commune, applicationId, 'RECEPTION', 'accept');
    await act(commune, applicationId, 'LOCAL_REVIEW', 'recommend', { supports: true, note: 'Cơ sở hoạt động ổn định' });
    await act(appraiser, applicationId, 'DEPARTMENT_APPRAISAL', 'propose-amount', { amountVnd: 300_000_000 });
    // The appraiser's next task is to seat the council, from the directory's council members.
    await taskAt(appraiser, applicationId, 'COUNCIL_REVIEW');
    await expectEventually(async () => {
      const seated = await inbox('PUT', `/approvals/${applicationId}/council`, appraiser, { memberIds: council });
      expect(seated).toMatchObject({ status: 200 });
    }, 30_000);

    const [first, second, conflicted] = members;
    const conflictedTask = await taskAt(conflicted!, applicationId, 'COUNCIL_REVIEW');
    // Seated (projected from the appraisals' TaskCreated events): the dossier and its documents open.
    const readAs = (m: Token, path = '') => h.call('GET', `/officer/dossiers/${applicationId}${path}`, m.authorization);
    await expectEventually(async () => expect((await readAs(conflicted!)).status).toBe(200), 30_000);
    expect((await readAs(conflicted!, `/documents/${firstDocument}`)).status).toBe(200);
    expect((await inbox('POST', `/tasks/${conflictedTask}/vote`, conflicted!, { approve: true })).body).toMatchObject({
      message: 'Cần khai báo xung đột lợi ích trước khi chấm.',
    });
    await act(conflicted!, applicationId, 'COUNCIL_REVIEW', 'declare-conflict', { hasConflict: true });
    // The law: a conflicted member may no longer see the dossier, nor its documents.
    await expectEventually(async () => expect((await readAs(conflicted!)).status).toBe(404), 30_000);
    expect((await readAs(conflicted!, `/documents/${firstDocument}`)).status).toBe(404);
    expect((await readAs(first!)).status).toBe(200);
    expect((await inbox('POST', `/tasks/${conflictedTask}/vote`, conflicted!, { approve: true })).status).toBe(409);
    // The conflicted member's task closes: they can neither see it open nor vote.
    await expectEventually(async () => {
      const open = await inbox(
        'GET',
        `/tasks?stage=COUNCIL_REVIEW&status=open&applicationId=${applicationId}`,
        conflicted!,
      );
      expect(open.body.items.some((t: { applicationId: string }) => t.applicationId === applicationId)).toBe(false);
    });
    for (const m of [first!, second!]) {
      await act(m, applicationId, 'COUNCIL_REVIEW', 'declare-conflict', { hasConflict: false });
      await act(m, applicationId, 'COUNCIL_REVIEW', 'vote', { approve: true });
    }

    // No money left in the programme's year: the approval waits until the budget grows.
    const year = Number(vietnamDate(new Date()).slice(0, 4));
    const budgets = await inbox('GET', `/budgets?year=${year}`, operator);
    const held =
      budgets.body.items.find((b: { programCode: string }) => b.programCode === 'MACHINERY')?.reservedVnd ?? 0;
    expect(
      (await inbox('PUT', `/budgets/MACHINERY/${year}`, leader, { totalVnd: held, reason: 'Hết kinh phí năm' })).status,
    ).toBe(200);
    const approvalTask = await taskAt(leader, applicationId, 'LEADER_APPROVAL');
    const selfApproval = await inbox('POST', `/tasks/${approvalTask}/approve`, appraiser);
    expect(selfApproval).toMatchObject({
      status: 409,
      body: { message: 'Người thẩm định không được tự phê duyệt hồ sơ.' },
    });
    const waiting = await act(leader, applicationId, 'LEADER_APPROVAL', 'approve');
    expect(waiting.state).toMatchObject({ stage: 'LEADER_APPROVAL', budget: 'WAITLISTED' });
    const raised = await inbox('PUT', `/budgets/MACHINERY/${year}`, leader, {
      totalVnd: held + 300_000_000,
      reason: 'Bổ sung kinh phí giữa năm',
    });
    expect(raised).toMatchObject({ status: 200, body: { notified: expect.any(Number) } });

    await act(appraiser, applicationId, 'IMPLEMENTATION', 'record-acceptance', {
      passed: true,
      note: 'Dây chuyền đã lắp đặt, vận hành đạt',
    });
    await act(appraiser, applicationId, 'DISBURSEMENT', 'record-disbursement', { amountVnd: 300_000_000 });

    const eventsOf = () =>
      tap.received
        .filter((r) => r.message.key?.toString() === applicationId)
        .map((r) => JSON.parse(r.message.value!.toString()) as { type: string; payload: Record<string, unknown> });
    await expectEventually(
      () => expect(eventsOf().map((e) => e.type)).toEqual(expect.arrayContaining(['ApplicationCompleted'])),
      30_000,
    );
    expect(
      eventsOf()
        .filter((e) => e.type === 'StageChanged')
        .map((e) => e.payload.to),
    ).toEqual([
      'RECEPTION',
      'LOCAL_REVIEW',
      'DEPARTMENT_APPRAISAL',
      'COUNCIL_REVIEW',
      'LEADER_APPROVAL',
      'IMPLEMENTATION',
      'ACCEPTANCE',
      'DISBURSEMENT',
      'COMPLETED',
    ]);
    expect(eventsOf().map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'TaskCreated',
        'TaskCompleted',
        'ApplicationApproved',
        'BudgetReserved',
        'DisbursementRecorded',
      ]),
    );
    expect(eventsOf().find((e) => e.type === 'ApplicationApproved')?.payload.amountVnd).toBe(300_000_000);

    await expectEventually(async () => {
      const view = await h.call('GET', `/applications/${applicationId}`, applicant.authorization);
      expect(view.body.status).toBe('COMPLETED');
      const stages = view.body.timeline.filter((t: { kind: string }) => t.kind === 'STAGE_CHANGED');
      expect(stages.map((t: { stage: string }) => t.stage)).toEqual([
        'RECEPTION',
        'LOCAL_REVIEW',
        'DEPARTMENT_APPRAISAL',
        'COUNCIL_REVIEW',
        'LEADER_APPROVAL',
        'IMPLEMENTATION',
        'ACCEPTANCE',
        'DISBURSEMENT',
        'COMPLETED',
      ]);
      expect(view.body.timeline.map((t: { labelVi: string }) => t.labelVi)).toEqual(
        expect.arrayContaining(['Được phê duyệt hỗ trợ: 300.000.000 đồng', 'Đã giải ngân: 300.000.000 đồng']),
      );
    }, 30_000);

    // Operators find it in the Temporal UI by the search attributes the starter set and the workflow kept.
    const temporal = await createTestWorkflowEnvironment();
    try {
      const described = await temporal.client.workflow.getHandle(WorkflowIds.supportRequest(applicationId)).describe();
      const attributes = described.typedSearchAttributes;
      expect(attributes.get(supportRequestSearchKeys.dossier)).toBe(eventsOf()[0]?.payload.dossierCode);
      expect(attributes.get(supportRequestSearchKeys.program)).toBe('MACHINERY');
      expect(attributes.get(supportRequestSearchKeys.stage)).toBe('COMPLETED');
      expect(attributes.get(supportRequestSearchKeys.overdue)).toBe(false);
    } finally {
      await temporal.teardown();
    }
  });
});
