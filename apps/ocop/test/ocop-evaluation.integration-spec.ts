import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { AuthUser } from '@kc/auth';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { Subscriptions, Topics, WorkflowIds, payloadSchemaFor } from '@kc/contracts';
import { ocopPackForRegistration, scoreTemplate } from '@kc/domain';
import { answersFor } from '@kc/domain/testing';
import { createKafka } from '@kc/messaging';
import { TemporalConnection } from '@kc/temporal';
import {
  collectFrom,
  createGroupTopics,
  expectEventually,
  migrateTestSchema,
  positionGroupAtEnd,
  staffAccountRegistered,
  startTestTokenIssuer,
  testEnv,
  testTopic,
} from '@kc/testing';
import { serviceDefinition } from '../src/service.definition';
import { registerProduct } from './ocop-product';
import { enrolCouncilMembers } from './staff-copy';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('ocop: from HTTP registration to a certificate, with every event on the real Kafka topic', () => {
  const kafka = createKafka('ocop-test', testEnv.kafkaBrokers);
  const producer = kafka.producer();
  // Its own consumer group: the service's staff copy reads the identity events this test announces.
  const group = `ocop-test-${randomBytes(3).toString('hex')}`;
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
    tap = await collectFrom(kafka, [Topics.ocopEvents], `ocop-test-${randomBytes(3).toString('hex')}-tap`);
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

  const call = async (method: string, url: string, auth?: string, body?: unknown) => {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: { ...(auth ? { authorization: auth } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return {
      status: res.status,
      body: (text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as Json,
    };
  };
  const eventsFor = (productId: string) =>
    tap.received
      .filter((r) => r.message.key?.toString() === productId)
      .map((r) => JSON.parse(r.message.value!.toString()) as Json);
  const countRows = async (table: string, where: string, params: unknown[]) =>
    Number((await db.query(`SELECT count(*)::int AS n FROM ocop.${table} WHERE ${where}`, params))[0].n);

  it('registers, lets the commune report and three members score, awards 4★ under QĐ 1489 and certifies', async () => {
    const applicant = await issuer.token({ roles: ['APPLICANT'] });
    const appraiser = await issuer.token({ roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' });
    const commune = await issuer.token({ roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' });
    const members = await Promise.all(
      ['Phạm Quốc Dũng', 'Ngô Thị Mai', 'Bùi Văn Nam'].map((name) =>
        issuer.token({ roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC', name }),
      ),
    );
    const stranger = await issuer.token({ roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC' });

    // Bad input: per-field messages in both languages, nothing written.
    const bad = await call('POST', '/subjects', applicant.authorization, {
      kind: 'FACTORY',
      name: 'H',
      address: 'Xuân Lộc',
      unitCode: 'x',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: Json) => f.field).sort()).toEqual(['kind', 'name', 'unitCode']);
    expect(bad.body.fields.find((f: Json) => f.field === 'name').messageVi).toMatch(/ít nhất 2 ký tự/);
    expect(await countRows('subjects', 'created_by = $1', [applicant.user.id])).toBe(0);

    const subject = await call('POST', '/subjects', applicant.authorization, {
      kind: 'COOPERATIVE',
      name: 'Hợp tác xã Bánh tráng Xuân Lộc',
      address: 'Ấp 3, xã Xuân Lộc, Đồng Nai',
      unitCode: 'X-XUAN-LOC',
    });
    expect(subject.status).toBe(201);
    const documents = ['REGISTRATION_FORM', 'BUSINESS_PLAN', 'ORGANISATION_FORM', 'SAMPLES'].map((kind) => ({
      kind,
      fileName: `${kind.toLowerCase()}.pdf`,
    }));
    const missingDocs = await call('POST', '/products', applicant.authorization, {
      subjectId: subject.body.id,
      name: 'Bánh tráng phơi sương',
      groupCode: 'FOOD',
      subgroupCode: 'FOOD-3b',
      documents: documents.slice(0, 2),
    });
    expect(missingDocs.status).toBe(400);
    expect(missingDocs.body.fields[0]).toMatchObject({
      field: 'documents',
      messageVi: expect.stringMatching(/Thiếu tài liệu/),
    });
    const product = await call('POST', '/products', applicant.authorization, {
      subjectId: subject.body.id,
      name: 'Bánh tráng phơi sương',
      groupCode: 'FOOD',
      subgroupCode: 'FOOD-3b',
      documents,
    });
    expect(product.status).toBe(201);
    expect(product.body.packId).toBe('ocop-1489-2025');
    const productId: string = product.body.id;

    // Only the Department starts a round.
    const council = members.map((m) => ({ userId: m.user.id, name: m.user.name }));
    await enrolCouncilMembers(
      db,
      members.map((m) => m.user.id),
    );
    expect(
      (await call('POST', `/products/${productId}/evaluations`, applicant.authorization, { council })).status,
    ).toBe(403);
    const started = await call('POST', `/products/${productId}/evaluations`, appraiser.authorization, { council });
    expect(started.status).toBe(201);
    const evaluationId: string = started.body.id;
    expect(
      (await call('POST', `/products/${productId}/evaluations`, appraiser.authorization, { council })).status,
    ).toBe(409);

    // 1489: the commune reports before the province council scores.
    const early = await call('PUT', `/evaluations/${evaluationId}/score-sheet`, members[0].authorization, {
      answers: {},
    });
    expect(early.status).toBe(404);
    const waitingFor = async (auth: string) =>
      (await call('GET', '/commune/reports?pageSize=100', auth)).body.items.map((i: Json) => i.evaluationId);
    expect(await waitingFor(commune.authorization)).toContain(evaluationId);
    const otherCommune = await issuer.token({ roles: ['LOCAL_OFFICER'], unitCode: 'X-TAN-PHU' });
    expect(await waitingFor(otherCommune.authorization)).not.toContain(evaluationId);
    expect((await call('GET', '/commune/reports', applicant.authorization)).status).toBe(403);
    const report = await call('POST', `/evaluations/${evaluationId}/commune-report`, commune.authorization, {
      summary: 'Nguyên liệu gạo và lao động tại xã; ý tưởng sản phẩm của hợp tác xã.',
    });
    expect(report).toMatchObject({ status: 200, body: { stage: 'COUNCIL', level: 'PROVINCE' } });
    await expectEventually(async () => expect(await waitingFor(commune.authorization)).not.toContain(evaluationId));

    await expectEventually(async () => {
      const tasks = await call('GET', '/council/tasks?status=OPEN', members[0].authorization);
      expect(tasks.body.items.find((t: Json) => t.evaluationId === evaluationId)).toMatchObject({
        level: 'PROVINCE',
        nextAction: 'DECLARE_CONFLICT',
        template: { id: 'ocop-1489-2025/FOOD-3b' },
      });
    }, 15_000);

    const template = scoreTemplate(ocopPackForRegistration('2026-01-01'), 'FOOD-3b');
    const sheetUrl = `/evaluations/${evaluationId}/score-sheet`;
    const answers = answersFor(template, 75);
    expect((await call('PUT', sheetUrl, stranger.authorization, { answers })).status).toBe(404);
    const undeclared = await call('PUT', sheetUrl, members[0].authorization, { answers });
    expect(undeclared).toMatchObject({ status: 409, body: { message: expect.stringMatching(/khai báo xung đột/) } });

    for (const m of members)
      expect(
        (
          await call('POST', `/evaluations/${evaluationId}/conflict-declaration`, m.authorization, {
            hasConflict: false,
          })
        ).status,
      ).toBe(200);
    const tooMany = await call('PUT', sheetUrl, members[0].authorization, {
      answers: { ...answers, B1: 19, total: 100 },
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.fields.map((f: Json) => f.field)).toEqual(['answers.B1', 'answers.total']);
    expect(await countRows('score_sheets', 'member_id = $1', [members[0].user.id])).toBe(0);

    for (const m of members) {
      const sent = await call('PUT', sheetUrl, m.authorization, { answers });
      expect(sent).toMatchObject({ status: 200, body: { total: 75 } });
    }
    const late = await call('PUT', sheetUrl, members[1].authorization, { answers: answersFor(template, 95) });
    expect(late).toMatchObject({ status: 409, body: { messageEn: expect.stringMatching(/closed/) } });

    // Result with its explanation, then the certificate.
    let result: Json;
    await expectEventually(async () => {
      result = (await call('GET', `/evaluations/${evaluationId}/result`, applicant.authorization)).body;
      expect(result.certificate).not.toBeNull();
      // The certificate row and the CERTIFIED stage are recorded by two steps: wait for both.
      expect(result).toMatchObject({ stars: 4, recognisedBy: 'PROVINCE', stage: 'CERTIFIED' });
    }, 20_000);
    expect(result.levels[0].result).toMatchObject({
      averageTotal: 75,
      stars: 4,
      failedMandatory: [],
      nextStar: { stars: 5, pointsMissing: 15 },
    });
    expect(result.levels[0].result.parts.map((p: Json) => p.max)).toEqual([40, 25, 35]);
    expect(result.levels[0].result.explanation.length).toBeGreaterThan(3);
    const number: string = result.certificate.number;
    expect(result.certificate.expiryDate.slice(0, 4)).toBe(
      String(Number(result.certificate.issueDate.slice(0, 4)) + 3),
    );

    const lookup = await call('GET', `/public/certificates/${number}`);
    expect(lookup).toMatchObject({
      status: 200,
      body: { stars: 4, productName: 'Bánh tráng phơi sương', valid: true },
    });
    expect((await call('GET', '/public/certificates/OCOP-DN-1999-000000')).status).toBe(404);

    const ranking = await call(
      'GET',
      `/rankings?stars=4&groupCode=FOOD&unitCode=X-XUAN-LOC&pageSize=100`,
      appraiser.authorization,
    );
    expect(ranking.body.items.map((i: Json) => i.certificateNumber)).toContain(number);
    expect((await call('GET', '/rankings?pageSize=1000', appraiser.authorization)).status).toBe(400);
    const stats = await call('GET', `/statistics?unitCode=X-XUAN-LOC`, appraiser.authorization);
    expect(stats.body.byStars.find((s: Json) => s.stars === 4).count).toBeGreaterThanOrEqual(1);
    const csv = await call('GET', '/rankings/export.csv?stars=4', appraiser.authorization);
    expect(csv.body).toContain(number);
    expect(csv.body).toContain('Số giấy chứng nhận');

    const xlsx = await fetch(`${base}/rankings/export.xlsx?stars=4&unitCode=X-XUAN-LOC`, {
      headers: { authorization: appraiser.authorization },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const column = workbook.getWorksheet('Xếp hạng OCOP')!.getColumn(1).values;
    expect(column).toContain(number);

    // Someone else's product answers like a missing one.
    const other = await issuer.token({ roles: ['APPLICANT'] });
    expect((await call('GET', `/products/${productId}`, other.authorization)).status).toBe(404);
    expect((await call('GET', `/evaluations/${evaluationId}/result`, other.authorization)).status).toBe(404);

    // A re-evaluation (upgrade) round: the certified round is told, so its certificate will not be marked expired.
    const again = await call('POST', `/products/${productId}/evaluations`, appraiser.authorization, {
      council,
      communeReport: { summary: 'Báo cáo đánh giá lại của UBND xã Xuân Lộc.' },
    });
    expect(again).toMatchObject({ status: 201, body: { round: 2 } });
    await expectEventually(async () => {
      const rounds = (await call('GET', `/products/${productId}`, applicant.authorization)).body.evaluations;
      expect(rounds.map((r: Json) => `${r.round}:${r.stage}`)).toEqual(['1:RENEWAL_STARTED', '2:IN_PROGRESS']);
    }, 20_000);

    // The ended round refuses further steps with a clear answer, not a server error.
    // (Its row says RENEWAL_STARTED a moment before the workflow itself has completed.)
    await expectEventually(async () =>
      expect(await call('POST', `/evaluations/${evaluationId}/close`, appraiser.authorization)).toMatchObject({
        status: 409,
        body: { messageEn: 'The evaluation has ended.' },
      }),
    );

    const docs = await call('GET', '/docs-json');
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/council/tasks', '/evaluations/{id}/score-sheet', '/public/certificates/{number}']),
    );

    await expectEventually(
      () =>
        expect(
          eventsFor(productId)
            .map((e) => e.type)
            .slice(0, 8),
        ).toEqual([
          'OcopProductRegistered',
          'OcopEvaluationStarted',
          'OcopScoreSheetSubmitted',
          'OcopScoreSheetSubmitted',
          'OcopScoreSheetSubmitted',
          'OcopLevelResult',
          'OcopStarsAwarded',
          'OcopCertificateIssued',
        ]),
      20_000,
    );
    const issued = eventsFor(productId)[7];
    expect(issued).toMatchObject({
      aggregateType: 'OcopProduct',
      payload: {
        certificateNumber: number,
        stars: 4,
        issuedBy: 'PROVINCE',
        subjectName: 'Hợp tác xã Bánh tráng Xuân Lộc',
        holderId: applicant.user.id,
      },
    });
    await expectEventually(() =>
      expect(eventsFor(productId)[8]).toMatchObject({ type: 'OcopEvaluationStarted', payload: { round: 2 } }),
    );
    const temporal = await app.get(TemporalConnection).workflowClient();
    await temporal.workflow.getHandle(WorkflowIds.ocopEvaluation(productId, 2)).terminate('test finished');
    expect(eventsFor(productId)[5].payload).toMatchObject({
      level: 'PROVINCE',
      averageTotal: 7500,
      routing: { kind: 'RECOGNISE', level: 'PROVINCE', stars: 4 },
      productName: 'Bánh tráng phơi sương',
      holderId: applicant.user.id,
    });
    expect(eventsFor(productId)[6].payload).toMatchObject({
      stars: 4,
      recognisedBy: 'PROVINCE',
      productName: 'Bánh tráng phơi sương',
      holderId: applicant.user.id,
    });
    // Every event the service published is what its contract says, field for field (consumers validate them).
    for (const e of eventsFor(productId))
      expect([e.type, payloadSchemaFor(e.type, e.version)?.safeParse(e.payload).success]).toEqual([e.type, true]);
  });
  it('recognises a provincial 90+ product 4★ with its certificate at once, and replaces it when the ministry awards 5★', async () => {
    const applicant = await issuer.token({ roles: ['APPLICANT'] });
    const appraiser = await issuer.token({ roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' });
    const member = await issuer.token({ roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC', name: 'Lý Thị Hoa' });
    const productId = await registerProduct(call, applicant.authorization, {
      kind: 'ENTERPRISE',
      subject: 'Công ty TNHH Điều Bình Lộc',
      product: 'Hạt điều rang củi',
    });
    await enrolCouncilMembers(db, [member.user.id]);
    const started = await call('POST', `/products/${productId}/evaluations`, appraiser.authorization, {
      council: [{ userId: member.user.id, name: member.user.name }],
      communeReport: { summary: 'Sản phẩm chủ lực của xã.' },
    });
    expect(started.status).toBe(201);
    const evaluationId: string = started.body.id;
    const workflow = (await app.get(TemporalConnection).workflowClient()).workflow.getHandle(
      WorkflowIds.ocopEvaluation(productId, 1),
    );
    const attributes = (await workflow.describe()).searchAttributes;
    expect(attributes).toMatchObject({ KcProgram: ['OCOP'], KcUnit: ['X-XUAN-LOC'], KcProductGroup: ['FOOD'] });

    await expectEventually(async () => {
      const declared = await call('POST', `/evaluations/${evaluationId}/conflict-declaration`, member.authorization, {
        hasConflict: false,
      });
      expect(declared.status).toBe(200);
    }, 15_000);
    const answers = answersFor(scoreTemplate(ocopPackForRegistration('2026-01-01'), 'FOOD-3b'), 93);
    expect(
      (await call('PUT', `/evaluations/${evaluationId}/score-sheet`, member.authorization, { answers })).status,
    ).toBe(200);

    // 4★ now, with the provincial certificate, while the ministry decides on 5★.
    const provincial = await expectEventually(async () => {
      const result = (await call('GET', `/evaluations/${evaluationId}/result`, applicant.authorization)).body;
      expect(result).toMatchObject({ stars: 4, recognisedBy: 'PROVINCE', certificate: { stars: 4 } });
      return result.certificate.number as string;
    }, 20_000);
    expect((await call('GET', `/public/certificates/${provincial}`)).body).toMatchObject({ stars: 4, valid: true });
    await expectEventually(async () =>
      expect((await workflow.describe()).searchAttributes.KcStage).toEqual(['PROPOSED_TO_CENTRAL']),
    );

    const answer = await call('POST', `/evaluations/${evaluationId}/central-result`, appraiser.authorization, {
      stars: 5,
      decisionRef: 'QĐ 15/QĐ-BNNMT',
    });
    expect(answer).toMatchObject({ status: 200, body: { stage: 'CERTIFIED', stars: 5, recognisedBy: 'CENTRAL' } });
    const national: string = answer.body.certificate.number;
    expect(national).not.toBe(provincial);
    const replaced = await expectEventually(async () => {
      const found = await call('GET', `/public/certificates/${provincial}`);
      expect(found.body.valid).toBe(false);
      return found.body;
    });
    expect(replaced).toMatchObject({
      replacedBy: national,
      statusVi: `Đã được thay thế bằng giấy chứng nhận số ${national}`,
    });
    expect((await call('GET', `/public/certificates/${national}`)).body).toMatchObject({ stars: 5, valid: true });

    const listed = async (query: string) =>
      (await call('GET', `/rankings?unitCode=X-XUAN-LOC&pageSize=100${query}`, appraiser.authorization)).body.items
        .filter((i: Json) => i.productId === productId)
        .map((i: Json) => i.certificateNumber);
    expect(await listed('')).toEqual([national]);
    expect(await listed('&status=REPLACED')).toEqual([provincial]);
    expect((await call('GET', '/rankings?status=GONE', appraiser.authorization)).status).toBe(400);

    const issued = await expectEventually(() => {
      const found = eventsFor(productId).filter((e) => e.type === 'OcopCertificateIssued');
      expect(found).toHaveLength(2);
      return found;
    });
    expect(issued.map((e: Json) => [e.payload.stars, e.payload.replacesCertificateNumber])).toEqual([
      [4, null],
      [5, provincial],
    ]);
    for (const e of issued) expect(payloadSchemaFor(e.type, e.version)!.safeParse(e.payload).success).toBe(true);
    await workflow.terminate('test finished');
  });

  it('keeps the pack of the registration date, which only an appraiser may set, with units of that date', async () => {
    const applicant = await issuer.token({ roles: ['APPLICANT'] });
    const appraiser = await issuer.token({ roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' });
    const subject = await call('POST', '/subjects', appraiser.authorization, {
      kind: 'HOUSEHOLD_BUSINESS',
      name: 'Hộ kinh doanh Mật ong Tân Phú',
      address: 'Ấp 1, xã Tân Phú, Đồng Nai',
      unitCode: 'X-TAN-PHU',
    });
    expect(subject.body.ownerId).toBeNull();
    const documents = ['REGISTRATION_FORM', 'BUSINESS_PLAN', 'ORGANISATION_FORM', 'SAMPLES'].map((kind) => ({
      kind,
      fileName: `${kind}.pdf`,
    }));
    const register = (auth: string, extra: object) =>
      call('POST', '/products', auth, {
        subjectId: subject.body.id,
        name: 'Mật ong hoa cà phê',
        groupCode: 'FOOD',
        subgroupCode: 'FOOD-2b',
        documents,
        ...extra,
      });

    const byApplicant = await register(applicant.authorization, { registeredOn: '2024-05-10' });
    expect(byApplicant.body.fields).toEqual([
      expect.objectContaining({ field: 'registeredOn', messageVi: 'Chỉ cán bộ thẩm định được nhập ngày đăng ký.' }),
    ]);
    expect((await register(applicant.authorization, {})).status).toBe(404); // not their subject
    const ownDate = await call('POST', '/products', applicant.authorization, {
      subjectId: subject.body.id,
      name: 'x',
      groupCode: 'FOOD',
      subgroupCode: 'FOOD-2b',
      documents,
      registeredOn: '2024-05-10',
    });
    expect(ownDate.body.fields.map((f: Json) => f.field)).toEqual(['name']);

    const communeIn2024 = await register(appraiser.authorization, { registeredOn: '2024-05-10' });
    expect(communeIn2024.status).toBe(400);
    expect(communeIn2024.body.fields).toEqual([
      expect.objectContaining({ field: 'unitCode', messageEn: 'Unit X-TAN-PHU did not exist on 2024-05-10.' }),
    ]);
    const in2024 = await register(appraiser.authorization, { registeredOn: '2024-05-10', unitCode: 'H-TAN-PHU' });
    expect(in2024).toMatchObject({ status: 201, body: { packId: 'ocop-148-2023' } });
    const inJuly2025 = await register(appraiser.authorization, { registeredOn: '2025-07-03' });
    expect(inJuly2025).toMatchObject({ status: 201, body: { packId: 'ocop-148-2023-no-district' } });
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect((await register(appraiser.authorization, { registeredOn: tomorrow })).status).toBe(400);
    expect((await call('GET', '/product-groups?date=2025-07-03')).body.packId).toBe('ocop-148-2023-no-district');
    expect((await call('GET', '/product-groups?date=2010-01-01')).body.fields[0].field).toBe('date');
    const badGroup = await register(appraiser.authorization, { groupCode: 'FOOD-2019' });
    expect(badGroup.body.fields[0]).toMatchObject({ field: 'groupCode', messageVi: expect.stringMatching(/BEVERAGE/) });

    // 148 has no commune report, and a 2024 product's first council sits at the district.
    const council = [{ userId: randomUUID(), name: 'Thành viên huyện' }];
    await enrolCouncilMembers(db, [council[0].userId]);
    const withReport = await call('POST', `/products/${in2024.body.id}/evaluations`, appraiser.authorization, {
      council,
      communeReport: { summary: 'Báo cáo không áp dụng cho QĐ 148.' },
    });
    expect(withReport.body.fields[0].field).toBe('communeReport');
    const started = await call('POST', `/products/${in2024.body.id}/evaluations`, appraiser.authorization, { council });
    const state = await call('GET', `/evaluations/${started.body.id}`, appraiser.authorization);
    expect(state.body).toMatchObject({ stage: 'COUNCIL', level: 'DISTRICT', packId: 'ocop-148-2023' });
    const temporal = await app.get(TemporalConnection).workflowClient();
    await temporal.workflow.getHandle(WorkflowIds.ocopEvaluation(in2024.body.id, 1)).terminate('test finished');
  });

  it('lets officers read a product and its results by unit, seat (without a conflict) and role only', async () => {
    const [subjectId, productId, evaluationId, councilId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const owner = await issuer.token({ roles: ['APPLICANT'] });
    const seated = await issuer.token({ roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC' });
    const conflicted = await issuer.token({ roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC' });
    const notSeated = await issuer.token({ roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC' });
    const commune = await issuer.token({ roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' });
    const otherCommune = await issuer.token({ roles: ['LOCAL_OFFICER'], unitCode: 'X-LONG-THANH' });
    const leader = await issuer.token({ roles: ['DEPARTMENT_LEADER'], unitCode: 'DN-SCT' });
    await db.query(
      `INSERT INTO ocop.subjects (id, kind, name, address, unit_code, owner_id, created_by)
       VALUES ($1, 'COOPERATIVE', 'Hợp tác xã Mật ong Xuân Lộc', 'Xã Xuân Lộc, Đồng Nai', 'X-XUAN-LOC', $2, 'test')`,
      [subjectId, owner.user.id],
    );
    await db.query(
      `INSERT INTO ocop.products (id, subject_id, name, group_code, subgroup_code, unit_code, documents, registered_on, pack_id, registered_by)
       VALUES ($1, $2, 'Mật ong hoa cà phê', 'FOOD', 'FOOD-3b', 'X-XUAN-LOC', '[]', '2026-01-05', 'ocop-1489-2025', 'test')`,
      [productId, subjectId],
    );
    await db.query(
      `INSERT INTO ocop.evaluations (id, product_id, round, workflow_id, pack_id, stage, started_by)
       VALUES ($1, $2, 1, $3, 'ocop-1489-2025', 'COUNCIL', 'test')`,
      [evaluationId, productId, `test-scope/${productId}`],
    );
    await db.query(
      `INSERT INTO ocop.councils (id, evaluation_id, level, quorum, template_id, status, opened_at)
       VALUES ($1, $2, 'PROVINCE', 2, 'ocop-1489-2025/FOOD-3b', 'OPEN', now())`,
      [councilId, evaluationId],
    );
    await db.query(
      `INSERT INTO ocop.council_members (council_id, member_id, member_name, conflict)
       VALUES ($1, $2, 'Thành viên A', NULL), ($1, $3, 'Thành viên B', true)`,
      [councilId, seated.user.id, conflicted.user.id],
    );
    const reads = async (token: { authorization: string }) => [
      (await call('GET', `/products/${productId}`, token.authorization)).status,
      (await call('GET', `/evaluations/${evaluationId}/result`, token.authorization)).status,
      (await call('GET', '/products?pageSize=100', token.authorization)).body.items.some(
        (p: Json) => p.id === productId,
      ),
    ];
    expect(await reads(owner)).toEqual([200, 200, true]);
    expect(await reads(seated)).toEqual([200, 200, true]);
    expect(await reads(conflicted)).toEqual([404, 404, false]);
    expect(await reads(notSeated)).toEqual([404, 404, false]);
    expect(await reads(commune)).toEqual([200, 200, true]);
    expect(await reads(otherCommune)).toEqual([404, 404, false]);
    expect(await reads(leader)).toEqual([200, 200, true]);
  });

  /** Staff as the gateway announces them: the ocop service learns them from the identity topic. */
  const announce = async (roles: AuthUser['roles'], name: string) => {
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
    const productId = await registerProduct(call, applicant.authorization, {
      kind: 'COOPERATIVE',
      subject: 'Hợp tác xã Chuối Xuân Lộc',
      product: 'Chuối sấy dẻo',
    });
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
