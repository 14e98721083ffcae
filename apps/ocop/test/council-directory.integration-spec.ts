import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Subscriptions, Topics, WorkflowIds, payloadSchemaFor } from '@kc/contracts';
import { createKafka } from '@kc/messaging';
import { TemporalConnection } from '@kc/temporal';
import {
  collectFrom,
  createGroupTopics,
  expectEventually,
  migrateTestSchema,
  positionGroupAtEnd,
  requestJson,
  staffAccountRegistered,
  startTestTokenIssuer,
  testEnv,
  testTopic,
} from '@kc/testing';
import { serviceDefinition } from '../src/service.definition';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('ocop: councils seated from the staff directory copy (identity events), and a round abandoned', () => {
  const kafka = createKafka('ocop-directory-test', testEnv.kafkaBrokers);
  const producer = kafka.producer();
  const group = `ocop-directory-${randomBytes(3).toString('hex')}`;
  let groupTopics: Awaited<ReturnType<typeof createGroupTopics>>;
  let app: INestApplication;
  let base: string;
  let issuer: Awaited<ReturnType<typeof startTestTokenIssuer>>;
  let tap: Awaited<ReturnType<typeof collectFrom>>;
  let db: DataSource;

  beforeAll(async () => {
    await migrateTestSchema(serviceDefinition);
    groupTopics = await createGroupTopics(kafka, group, Subscriptions.ocop);
    await positionGroupAtEnd(kafka, group, Subscriptions.ocop);
    await producer.connect();
    issuer = await startTestTokenIssuer();
    tap = await collectFrom(kafka, [Topics.ocopEvents], `${group}-tap`);
    Object.assign(process.env, {
      PORT: '0',
      LOG_LEVEL: 'fatal',
      AUTH_JWKS_URL: issuer.jwksUrl,
      OCOP_TASK_QUEUE: `ocop-test-${randomUUID()}`,
    });
    const { bootstrapOcop } = await import('../src/bootstrap-ocop');
    app = await bootstrapOcop(group);
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    db = await new DataSource({ type: 'postgres', url: testEnv.databaseUrl }).initialize();
  });
  afterAll(async () => {
    await app?.close();
    await tap?.stop();
    await producer.disconnect();
    await groupTopics?.remove();
    await issuer?.close();
    await db?.destroy();
  });

  const call = (method: string, url: string, authorization: string, body?: unknown) =>
    requestJson(`${base}${url}`, authorization, { method, body }) as Promise<{ status: number; body: Json }>;

  /** Staff as the gateway announces them: the ocop service learns them from the identity topic. */
  const announce = async (roles: string[], name: string) => {
    const account = staffAccountRegistered(roles, 'DN-HD-KC', name);
    await producer.send({ topic: testTopic(Topics.identityEvents), messages: [account.message] });
    const token = await issuer.token({ id: account.id, roles, unitCode: 'DN-HD-KC', name });
    return { id: account.id, name, authorization: token.authorization };
  };

  it('refuses members who are not council accounts when a round starts or a council is re-seated, and lets the appraiser abandon the wait with a reason', async () => {
    const applicant = await issuer.token({ roles: ['APPLICANT'] });
    const appraiser = await issuer.token({ roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' });
    const a = await announce(['COUNCIL_MEMBER'], 'Phạm Quốc Dũng');
    const b = await announce(['COUNCIL_MEMBER'], 'Ngô Thị Mai');
    const leader = await announce(['DEPARTMENT_LEADER'], 'Trần Văn Lãnh Đạo');
    const stranger = randomUUID();
    const subject = await call('POST', '/subjects', applicant.authorization, {
      kind: 'COOPERATIVE',
      name: 'Hợp tác xã Chuối Xuân Lộc',
      address: 'Ấp 2, xã Xuân Lộc, Đồng Nai',
      unitCode: 'X-XUAN-LOC',
    });
    const product = await call('POST', '/products', applicant.authorization, {
      subjectId: subject.body.id,
      name: 'Chuối sấy dẻo',
      groupCode: 'FOOD',
      subgroupCode: 'FOOD-3b',
      documents: ['REGISTRATION_FORM', 'BUSINESS_PLAN', 'ORGANISATION_FORM', 'SAMPLES'].map((kind) => ({
        kind,
        fileName: `${kind.toLowerCase()}.pdf`,
      })),
    });
    const productId: string = product.body.id;
    const seat = (...people: { id: string; name: string }[]) => people.map((p) => ({ userId: p.id, name: p.name }));
    const communeReport = { summary: 'Sản phẩm chủ lực của xã Xuân Lộc.' };

    // Once the copy has consumed the identity events, only the leader and the unknown id are refused.
    const refused = await expectEventually(async () => {
      const answer = await call('POST', `/products/${productId}/evaluations`, appraiser.authorization, {
        council: [...seat(a, leader), { userId: stranger, name: 'Không có trong danh bạ' }],
        communeReport,
      });
      expect(answer).toMatchObject({ status: 409, body: { code: 'NOT_COUNCIL_MEMBERS' } });
      expect(answer.body.messageEn).not.toContain(a.id);
      return answer.body;
    }, 20_000);
    expect(refused.message).toBe(
      `Tài khoản không có trong danh bạ với vai trò thành viên Hội đồng: ${leader.id}, ${stranger}.`,
    );
    const rows = await db.query(`SELECT count(*)::int AS n FROM ocop.evaluations WHERE product_id = $1`, [productId]);
    expect(rows[0].n).toBe(0);

    const started = await call('POST', `/products/${productId}/evaluations`, appraiser.authorization, {
      council: seat(a),
      communeReport,
    });
    expect(started.status).toBe(201);
    const evaluationId: string = started.body.id;
    const stage = async () => (await call('GET', `/evaluations/${evaluationId}`, appraiser.authorization)).body;
    /** The only member declares a conflict, which closes the sitting without a quorum. */
    const sitWithoutQuorum = async (member: { authorization: string }) => {
      await expectEventually(async () => {
        const declared = await call('POST', `/evaluations/${evaluationId}/conflict-declaration`, member.authorization, {
          hasConflict: true,
        });
        expect(declared.status).toBe(200);
      }, 20_000);
      await expectEventually(async () => expect(await stage()).toMatchObject({ stage: 'AWAITING_COUNCIL' }), 20_000);
    };
    const abandon = (authorization: string, body: unknown) =>
      call('POST', `/evaluations/${evaluationId}/abandon`, authorization, body);

    // Nothing to abandon while a council sits.
    expect(await abandon(appraiser.authorization, { reason: 'Chủ thể xin dừng đánh giá.' })).toMatchObject({
      status: 409,
      body: { code: 'NOT_ABANDONABLE' },
    });
    await sitWithoutQuorum(a);
    const reseat = (...people: { id: string; name: string }[]) =>
      call('POST', `/evaluations/${evaluationId}/councils`, appraiser.authorization, { members: seat(...people) });
    expect(await reseat(b, leader)).toMatchObject({ status: 409, body: { code: 'NOT_COUNCIL_MEMBERS' } });
    expect((await reseat()).status).toBe(400);
    expect(await reseat(b)).toMatchObject({ status: 201, body: { stage: 'COUNCIL' } });
    await sitWithoutQuorum(b);

    // Abandoning the wait: a reason in both languages is required, and only the appraiser may.
    const short = await abandon(appraiser.authorization, { reason: 'ngắn' });
    expect(short.status).toBe(400);
    expect(short.body.fields[0]).toMatchObject({ field: 'reason', messageVi: 'Lý do cần ít nhất 10 ký tự.' });
    expect((await abandon(a.authorization, { reason: 'Không đủ thành viên.' })).status).toBe(403);
    const reason = 'Không tìm được thành viên Hội đồng không xung đột lợi ích.';
    const abandoned = await abandon(appraiser.authorization, { reason });
    expect(abandoned).toMatchObject({ status: 200, body: { stage: 'ABANDONED', abandonment: { reason } } });
    expect((await abandon(appraiser.authorization, { reason })).status).toBe(409);

    const result = await expectEventually(async () => {
      const read = (await call('GET', `/evaluations/${evaluationId}/result`, applicant.authorization)).body;
      expect(read.stage).toBe('ABANDONED');
      return read;
    }, 20_000);
    expect(result.abandonment).toMatchObject({ by: appraiser.user.id, reason, level: 'PROVINCE' });
    const event = await expectEventually(() => {
      const found = tap.received
        .map((r) => JSON.parse(r.message.value!.toString()) as Json)
        .find((e) => e.type === 'OcopEvaluationAbandoned' && e.payload.productId === productId);
      expect(found).toBeDefined();
      return found;
    }, 20_000);
    expect(event.payload).toMatchObject({ holderId: applicant.user.id, level: 'PROVINCE', reason, round: 1 });
    expect(event.actor).toMatchObject({ kind: 'user', id: appraiser.user.id });
    expect(payloadSchemaFor(event.type, event.version)!.safeParse(event.payload).success).toBe(true);

    // An abandoned round is over: the product can be evaluated again.
    const again = await call('POST', `/products/${productId}/evaluations`, appraiser.authorization, {
      council: seat(a, b),
      communeReport,
    });
    expect(again).toMatchObject({ status: 201, body: { round: 2 } });
    const temporal = await app.get(TemporalConnection).workflowClient();
    await temporal.workflow.getHandle(WorkflowIds.ocopEvaluation(productId, 2)).terminate('test finished');
  });
});
