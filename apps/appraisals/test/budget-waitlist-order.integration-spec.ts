// Freed money reaches wait-listed dossiers strictly in order of approval, on the real servers: Kafka in,
// the approval workflows on Temporal, the budget ledger on Postgres, the events out through the outbox.
import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Subscriptions, Topics } from '@kc/contracts';
import { vietnamDate } from '@kc/domain';
import { createKafka, producerConfig } from '@kc/messaging';
import {
  applicationSubmittedDraft,
  collectFrom,
  createGroupTopics,
  envelopeMessage,
  expectEventually,
  migrateTestSchema,
  positionGroupAtEnd,
  requestJson,
  startTestTokenIssuer,
  testEnv,
  testTopic,
} from '@kc/testing';
import { serviceDefinition } from '../src/service.definition';

type Token = Awaited<ReturnType<Awaited<ReturnType<typeof startTestTokenIssuer>>['token']>>;

describe('appraisals: freed budget goes to wait-listed dossiers in order of approval', () => {
  const kafka = createKafka('appraisals-waitlist-test', testEnv.kafkaBrokers);
  const group = `appraisals-waitlist-${randomBytes(3).toString('hex')}`;
  const programCode = 'DEMO_MODEL'; // no other test approves in this programme
  const year = Number(vietnamDate(new Date()).slice(0, 4)); // the year approvals reserve in
  const producer = kafka.producer(producerConfig);
  let app: INestApplication;
  let base: string;
  let issuer: Awaited<ReturnType<typeof startTestTokenIssuer>>;
  let tap: Awaited<ReturnType<typeof collectFrom>>;
  let groupTopics: Awaited<ReturnType<typeof createGroupTopics>>;
  let officers: Record<'commune' | 'appraiser' | 'leader' | 'operator', Token>;
  let council: Token[];

  beforeAll(async () => {
    await migrateTestSchema(serviceDefinition);
    issuer = await startTestTokenIssuer();
    groupTopics = await createGroupTopics(kafka, group, Subscriptions.appraisals);
    await positionGroupAtEnd(kafka, group, Subscriptions.appraisals);
    tap = await collectFrom(kafka, [Topics.appraisalsEvents], `${group}-tap`);
    await producer.connect();
    Object.assign(process.env, {
      PORT: '0',
      LOG_LEVEL: 'fatal',
      AUTH_JWKS_URL: issuer.jwksUrl,
      APPROVALS_TASK_QUEUE: `approvals-test-${randomUUID()}`,
      APPROVAL_COUNCIL_MEMBER_IDS: 'hd-1,hd-2,hd-3',
    });
    const { bootstrapAppraisals } = await import('../src/bootstrap-appraisals');
    app = await bootstrapAppraisals(group);
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    // Dossiers left waiting by earlier runs (their workflows gone) would stand first in line.
    await app
      .get(DataSource)
      .query(`DELETE FROM appraisals.budget_reservations WHERE program_code = $1 AND year = $2`, [programCode, year]);
    officers = {
      commune: await issuer.token({ roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' }),
      appraiser: await issuer.token({ roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' }),
      leader: await issuer.token({ roles: ['DEPARTMENT_LEADER'], unitCode: 'DN-SCT' }),
      operator: await issuer.token({ roles: ['OPERATOR'] }),
    };
    council = await Promise.all(
      ['hd-1', 'hd-2', 'hd-3'].map((id) => issuer.token({ id, roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC' })),
    );
  });
  afterAll(async () => {
    await app?.close();
    await tap?.stop();
    await producer.disconnect();
    await groupTopics?.remove();
    await issuer?.close();
  });

  const eventsFor = (applicationId: string) =>
    tap.received
      .filter((r) => r.message.key?.toString() === applicationId)
      .map((r) => JSON.parse(r.message.value!.toString()) as { type: string; payload: Record<string, unknown> });
  const approval = async (applicationId: string) =>
    (await requestJson(`${base}/approvals/${applicationId}`, officers.operator.authorization)).body;
  const setBudget = (totalVnd: number, reason: string) =>
    requestJson(`${base}/budgets/${programCode}/${year}`, officers.leader.authorization, {
      method: 'PUT',
      body: { totalVnd, reason },
    });
  const overview = async () =>
    (await requestJson(`${base}/budgets?year=${year}`, officers.operator.authorization)).body.items.find(
      (b: { programCode: string }) => b.programCode === programCode,
    );

  /** The officer's action, once the dossier is theirs to see (the step that shows it is recorded just after). */
  async function act(token: Token, applicationId: string, action: object) {
    await expectEventually(async () => {
      const done = await requestJson(`${base}/approvals/${applicationId}/actions`, token.authorization, {
        method: 'POST',
        body: action,
      });
      expect(done.status).toBe(200);
    }, 30_000);
  }

  /** Submitted, through every stage, to the leader's approval of `amountVnd`: answers the budget's verdict. */
  async function approved(amountVnd: number): Promise<{ applicationId: string; budget: string }> {
    const draft = applicationSubmittedDraft({ programCode, proposedSupportVnd: 200_000_000 });
    const { applicationId } = draft.payload;
    await producer.send({
      topic: testTopic(Topics.applicationsEvents),
      messages: [
        envelopeMessage(draft.type, applicationId, draft.payload, { producer: 'applications', actor: draft.actor }),
      ],
    });
    await act(officers.commune, applicationId, { type: 'ACCEPT' });
    await act(officers.commune, applicationId, { type: 'RECOMMEND', supports: true, note: 'Cơ sở đủ điều kiện' });
    await act(officers.appraiser, applicationId, { type: 'PROPOSE_AMOUNT', amountVnd });
    for (const member of council) await act(member, applicationId, { type: 'DECLARE_CONFLICT', hasConflict: false });
    for (const member of council) await act(member, applicationId, { type: 'VOTE', approve: true });
    await act(officers.leader, applicationId, { type: 'APPROVE' });
    return { applicationId, budget: (await approval(applicationId)).budget };
  }

  it('lets nobody pass the oldest waiting dossier, then funds it first', async () => {
    expect((await setBudget(150_000_000, 'Kế hoạch năm được giao')).status).toBe(200);
    const holder = await approved(150_000_000);
    expect(holder.budget).toBe('RESERVED');
    // A (oldest, biggest), B, C (newest, smallest) wait for money, in this order of approval.
    const a = await approved(180_000_000);
    const b = await approved(120_000_000);
    const c = await approved(50_000_000);
    expect([a.budget, b.budget, c.budget]).toEqual(['WAITLISTED', 'WAITLISTED', 'WAITLISTED']);
    await expectEventually(() => {
      const places = [a, b, c].map(
        (d) => eventsFor(d.applicationId).find((e) => e.type === 'BudgetWaitlisted')?.payload.position,
      );
      expect(places).toEqual([1, 2, 3]);
    }, 30_000);

    // 150 million freed: enough for C (50) or B (120), not for A (180). Nobody passes A.
    await act(officers.operator, holder.applicationId, { type: 'CANCEL', reason: 'Cơ sở ngừng hoạt động' });
    await expectEventually(
      () => expect(eventsFor(holder.applicationId).map((e) => e.type)).toContain('BudgetReleased'),
      30_000,
    );
    expect(await overview()).toMatchObject({ reservedVnd: 0, availableVnd: 150_000_000, waiting: 3 });
    for (const d of [a, b, c]) expect(await approval(d.applicationId)).toMatchObject({ budget: 'WAITLISTED' });

    // 200 million: A is funded first, and alone (the 20 million left fits neither B nor C).
    const raised = await setBudget(200_000_000, 'Bổ sung kinh phí giữa năm');
    expect(raised).toMatchObject({ status: 200, body: { notified: 1, waiting: 2 } });
    await expectEventually(
      async () => expect(await approval(a.applicationId)).toMatchObject({ stage: 'IMPLEMENTATION' }),
      30_000,
    );
    for (const d of [b, c])
      expect(await approval(d.applicationId)).toMatchObject({ stage: 'LEADER_APPROVAL', budget: 'WAITLISTED' });
    await expectEventually(
      () => expect(eventsFor(a.applicationId).map((e) => e.type)).toEqual(expect.arrayContaining(['BudgetReserved'])),
      30_000,
    );

    // B is funded but its wake-up is lost (Temporal was unreachable, say): the next budget change wakes it.
    const db = app.get(DataSource);
    await db.query(`UPDATE appraisals.budget_reservations SET status = 'RESERVED' WHERE application_id = $1`, [
      b.applicationId,
    ]);
    expect(await setBudget(320_000_000, 'Điều chỉnh kinh phí năm')).toMatchObject({ body: { notified: 1 } });
    await expectEventually(
      async () => expect(await approval(b.applicationId)).toMatchObject({ stage: 'IMPLEMENTATION' }),
      30_000,
    );
    expect(await approval(c.applicationId)).toMatchObject({ budget: 'WAITLISTED' });
    await expectEventually(
      () => expect(eventsFor(b.applicationId).map((e) => e.type)).toEqual(expect.arrayContaining(['BudgetReserved'])),
      30_000,
    );

    // Enough for the last one: C follows.
    expect(await setBudget(400_000_000, 'Bổ sung kinh phí cuối năm')).toMatchObject({ body: { notified: 1 } });
    await expectEventually(
      async () => expect(await approval(c.applicationId)).toMatchObject({ stage: 'IMPLEMENTATION' }),
      30_000,
    );
  });
});
