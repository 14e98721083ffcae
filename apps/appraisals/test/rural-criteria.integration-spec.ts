import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Subscriptions, Topics } from '@kc/contracts';
import { findTemplate, ruralPackById } from '@kc/domain/rural-criteria';
import { createAppDataSource } from '@kc/persistence';
import { createKafka } from '@kc/messaging';
import {
  collectFrom,
  createGroupTopics,
  expectEventually,
  migrateTestSchema,
  positionGroupAtEnd,
  requestJson,
  startTestTokenIssuer,
  testEnv,
} from '@kc/testing';
import { serviceDefinition } from '../src/service.definition';
import { RuralCriteriaActivitiesService } from '../src/rural-criteria/rural-criteria.activities';

/**
 * One appraisal over HTTP on the real servers: the province registers a commune, the commune types its
 * self-assessment (checked on every PUT), the Department confirms, inspects, appraises and concludes;
 * the conclusion reaches Kafka and the plan's progress table.
 */
describe('appraisals: new-rural criteria 4 and 7 from self-assessment to conclusion and targets', () => {
  const kafka = createKafka('appraisals-rural-test', testEnv.kafkaBrokers);
  const group = `appraisals-rural-${randomBytes(3).toString('hex')}`;
  const template = findTemplate(ruralPackById('ntm-2021-2025'), { level: 'ADVANCED', region: 'SOUTH_EAST' })!;
  let app: INestApplication;
  let base: string;
  let issuer: Awaited<ReturnType<typeof startTestTokenIssuer>>;
  let tap: Awaited<ReturnType<typeof collectFrom>>;
  let groupTopics: Awaited<ReturnType<typeof createGroupTopics>>;

  beforeAll(async () => {
    await migrateTestSchema(serviceDefinition);
    // The plan year this test counts is its own: earlier runs' registrations for it are removed.
    const db = await createAppDataSource({ url: testEnv.databaseUrl, schema: 'appraisals', poolSize: 1 }).initialize();
    await db.query(`DELETE FROM appraisals.rural_appraisals WHERE target_year = 2020`);
    await db.destroy();
    issuer = await startTestTokenIssuer();
    groupTopics = await createGroupTopics(kafka, group, Subscriptions.appraisals);
    await positionGroupAtEnd(kafka, group, Subscriptions.appraisals);
    tap = await collectFrom(kafka, [Topics.appraisalsEvents], `${group}-tap`);
    Object.assign(process.env, {
      PORT: '0',
      LOG_LEVEL: 'fatal',
      AUTH_JWKS_URL: issuer.jwksUrl,
      APPROVALS_TASK_QUEUE: `approvals-rural-${randomUUID()}`,
    });
    const { bootstrapAppraisals } = await import('../src/bootstrap-appraisals');
    app = await bootstrapAppraisals(group);
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await app?.close();
    await tap?.stop();
    await groupTopics?.remove();
    await issuer?.close();
  });

  const call = (authorization: string, path: string, method = 'GET', body?: object) =>
    requestJson(`${base}/rural-criteria${path}`, authorization, { method, body });
  const eventsFor = (id: string) =>
    tap.received.filter((r) => r.message.key?.toString() === id).map((r) => JSON.parse(r.message.value!.toString()));

  it('runs a registration through the appraisal to Đạt, on Kafka, in the targets table, as a PDF', async () => {
    const appraiser = await issuer.token({ roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' });
    const leader = await issuer.token({ roles: ['DEPARTMENT_LEADER'], unitCode: 'DN-SCT' });
    const commune = await issuer.token({ roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' });
    const otherCommune = await issuer.token({ roles: ['LOCAL_OFFICER'], unitCode: 'X-TAN-PHU' });

    const registration = { communeCode: 'X-XUAN-LOC', level: 'ADVANCED', targetYear: 2020, registeredOn: '2025-09-15' };
    expect((await call(commune.authorization, '/appraisals', 'POST', registration)).status).toBe(403);
    expect(
      (await call(appraiser.authorization, '/appraisals', 'POST', { ...registration, communeCode: 'X-NOPE' })).status,
    ).toBe(400);
    const registered = await call(appraiser.authorization, '/appraisals', 'POST', registration);
    expect(registered).toMatchObject({
      status: 201,
      body: { created: true, appraisal: { templateId: template.id, procedureId: 'ntm-two-tier', districtCode: null } },
    });
    const id: string = registered.body.appraisal.appraisalId;
    expect((await call(appraiser.authorization, '/appraisals', 'POST', registration)).body).toMatchObject({
      created: false,
      appraisal: { appraisalId: id },
    });

    // Typed in two goes; every PUT answers the proposal per indicator, what is missing, what is unverified.
    const partial = await call(commune.authorization, `/appraisals/${id}/self-assessment`, 'PUT', { households: 1500 });
    expect(partial).toMatchObject({ status: 200, body: { evaluation: { proposal: 'INCOMPLETE', complete: false } } });
    const share = partial.body.evaluation.indicators.find((i: { code: string }) => i.code === '4.2');
    expect(share).toMatchObject({ missing: ['householdsDirect'], unverified: { verified: false } });
    expect((await call(otherCommune.authorization, `/appraisals/${id}/self-assessment`, 'PUT', {})).status).toBe(403);
    const tooMany = await call(commune.authorization, `/appraisals/${id}/self-assessment`, 'PUT', {
      households: 10,
      householdsDirect: 11,
    });
    expect(tooMany).toMatchObject({ status: 400, body: { fields: [{ field: 'householdsDirect' }] } });
    const early = await call(commune.authorization, `/appraisals/${id}/actions`, 'POST', {
      type: 'SUBMIT_SELF_ASSESSMENT',
    });
    expect(early).toMatchObject({ status: 409, body: { code: 'ASSESSMENT_INCOMPLETE' } });

    const full = {
      households: 1500,
      householdsDirect: 1500,
      gridMeetsStandard: true,
      market: {
        planned: true,
        tradingPoints: 80,
        tradingAreaM2: 260,
        hall: 'SEMI_PERMANENT',
        hardenedFloor: true,
        signboard: true,
        separateToilets: true,
        parking: true,
        separateZones: true,
      },
      evidence: Object.fromEntries(
        template.indicators.map((i) => [i.code, i.evidence.map((_, n) => `TL-${i.code}-${n}`)]),
      ),
    };
    const typed = await call(commune.authorization, `/appraisals/${id}/self-assessment`, 'PUT', full);
    expect(typed.body.evaluation).toMatchObject({ proposal: 'DAT', complete: true });
    expect(typed.body.evaluation.indicators.find((i: { code: string }) => i.code === '7')).toMatchObject({
      path: 'MARKET',
      value: 3.25,
    });

    await expectEventually(async () =>
      expect((await call(commune.authorization, '/tasks')).body.items).toContainEqual(
        expect.objectContaining({ appraisalId: id, stage: 'SELF_ASSESSMENT', role: 'LOCAL_OFFICER' }),
      ),
    );
    // Another commune's officer neither reads this appraisal nor finds it in a list; its own commune does.
    expect((await call(otherCommune.authorization, `/appraisals/${id}`)).status).toBe(404);
    expect((await call(otherCommune.authorization, `/appraisals/${id}/state`)).status).toBe(404);
    const idsListedFor = async (auth: string) =>
      (await call(auth, '/appraisals?pageSize=100')).body.items.map((a: { appraisalId: string }) => a.appraisalId);
    expect(await idsListedFor(otherCommune.authorization)).not.toContain(id);
    expect(await idsListedFor(commune.authorization)).toContain(id);
    expect((await call(commune.authorization, `/appraisals/${id}`)).status).toBe(200);
    const act = (who: { authorization: string }, action: object) =>
      call(who.authorization, `/appraisals/${id}/actions`, 'POST', action);
    expect(await act(commune, { type: 'SUBMIT_SELF_ASSESSMENT' })).toMatchObject({
      status: 200,
      body: { stage: 'POWER_CONFIRMATION' },
    });
    await act(appraiser, { type: 'RECORD_POWER_CONFIRMATION', documentRef: 'CV 512/PCĐN-KT' });
    await act(appraiser, {
      type: 'RECORD_INSPECTION',
      minutes: 'Kiểm tra chợ Xuân Lộc và lưới điện',
      documentRef: 'BB-2020-05',
    });
    const bare = await act(appraiser, { type: 'OVERRIDE_INDICATOR', indicatorCode: '7', verdict: 'KHONG_DAT' });
    expect(bare).toMatchObject({
      status: 409,
      body: {
        code: 'FIELD_REQUIRED',
        message: expect.stringContaining('lý do'),
        messageEn: expect.stringContaining('reason'),
      },
    });
    for (const i of template.indicators) await act(appraiser, { type: 'CONFIRM_INDICATOR', indicatorCode: i.code });
    await act(appraiser, { type: 'PROPOSE_CONCLUSION', note: 'Đề nghị công nhận đạt tiêu chí 4 và 7' });
    expect((await act(appraiser, { type: 'SIGN_CONCLUSION', conclusionNumber: '88/SCT' })).body.code).toBe(
      'ROLE_NOT_ALLOWED',
    );
    expect(await act(leader, { type: 'SIGN_CONCLUSION', conclusionNumber: '88/SCT-QLTM' })).toMatchObject({
      status: 200,
      body: { stage: 'PASSED', conclusion: { outcome: 'DAT' } },
    });

    await expectEventually(() => expect(eventsFor(id).map((e) => e.type)).toContain('RuralCriteriaConcluded'), 30_000);
    const concluded = eventsFor(id).find((e) => e.type === 'RuralCriteriaConcluded');
    expect(concluded).toMatchObject({
      aggregateType: 'RuralCriteriaAppraisal',
      payload: {
        communeCode: 'X-XUAN-LOC',
        level: 'ADVANCED',
        targetYear: 2020,
        outcome: 'DAT',
        conclusionNumber: '88/SCT-QLTM',
      },
    });
    expect(eventsFor(id).map((e) => e.type)).toContain('RuralCriteriaRegistered');

    const targets = await call(appraiser.authorization, '/targets?year=2020');
    expect(targets.body.levels.find((l: { level: string }) => l.level === 'ADVANCED')).toEqual({
      level: 'ADVANCED',
      target: 13,
      registered: 1,
      inAppraisal: 0,
      passed: 1,
      failed: 0,
      revoked: 0,
      forecast: 1,
      gap: 12,
    });
    const csv = await fetch(`${base}/rural-criteria/targets?year=2020&format=csv`, {
      headers: { authorization: appraiser.authorization },
    });
    expect(await csv.text()).toContain('ADVANCED,13,1,0,1,0,0,1,12');
    const xlsx = await fetch(`${base}/rural-criteria/targets?year=2020&format=xlsx`, {
      headers: { authorization: appraiser.authorization },
    });
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');

    const pdf = await fetch(`${base}/rural-criteria/appraisals/${id}/conclusion.pdf`, {
      headers: { authorization: leader.authorization },
    });
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const listed = await call(appraiser.authorization, '/appraisals?targetYear=2020&level=ADVANCED&pageSize=5');
    expect(listed.body).toMatchObject({
      total: 1,
      page: 1,
      pageSize: 5,
      items: [{ appraisalId: id, stage: 'PASSED' }],
    });
    const history = await call(appraiser.authorization, '/communes/X-XUAN-LOC/recognitions');
    expect(history.body.items).toContainEqual(
      expect.objectContaining({
        year: 2020,
        level: 'ADVANCED',
        heldBy: expect.objectContaining({ code: 'X-XUAN-LOC' }),
      }),
    );
    const detail = await call(appraiser.authorization, `/appraisals/${id}`);
    expect(detail.body.timeline.map((t: { kind: string }) => t.kind)).toContain('CONCLUDED');
  });

  it('records a retried step once: same answer, one task, one timeline line, one event', async () => {
    const appraisalId = randomUUID();
    const activities = app.get(RuralCriteriaActivitiesService);
    const input = {
      workflowId: `rural-criteria/${appraisalId}`,
      sequence: 1,
      at: '2025-09-16T02:00:00.000Z',
      appraisalId,
      actor: null,
      step: { kind: 'STAGE_CHANGED', from: 'SELF_ASSESSMENT', to: 'POWER_CONFIRMATION', note: null } as const,
      appraisal: {
        communeCode: 'X-XUAN-LOC',
        districtCode: null,
        level: 'STANDARD',
        targetYear: 2020,
        round: 1,
        procedureId: 'ntm-two-tier',
        stage: 'POWER_CONFIRMATION',
      } as const,
    };
    const first = await activities.recordRuralStep(input);
    // 7 working days from Tuesday 16/9/2025, to the end of that day in Vietnam.
    expect(first).toEqual({ dueAt: '2025-09-25T16:59:59.999Z' });
    expect(await activities.recordRuralStep(input)).toEqual(first);
    const db = await createAppDataSource({ url: testEnv.databaseUrl, schema: 'appraisals', poolSize: 1 }).initialize();
    const count = async (sql: string) => ((await db.query(sql, [appraisalId])) as { n: number }[])[0].n;
    expect(await count(`SELECT count(*)::int AS n FROM appraisals.rural_tasks WHERE appraisal_id = $1`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM appraisals.rural_timeline WHERE appraisal_id = $1`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM appraisals.outbox WHERE message_key = $1::text`)).toBe(1);
    await db.destroy();
  });

  it('picks the 2026–2030 criteria by registration date, refuses what they lack, and shows merged communes’ history', async () => {
    const appraiser = await issuer.token({ roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' });
    const register = (body: object) => call(appraiser.authorization, '/appraisals', 'POST', body);
    const base2026 = { communeCode: 'X-TAN-PHU', level: 'STANDARD', targetYear: 2020, registeredOn: '2026-03-02' };
    const noGroup = await register(base2026);
    expect(noGroup).toMatchObject({ status: 400, body: { messageEn: expect.stringContaining('commune group') } });
    expect((await register({ ...base2026, level: 'MODEL', communeGroup: 2 })).status).toBe(400);
    expect(await register({ ...base2026, communeGroup: 3 })).toMatchObject({
      status: 201,
      body: { appraisal: { templateId: '2026-2030/STANDARD/G3', packId: 'ntm-2026-2030', communeGroup: 3 } },
    });
    // The pilot modern commune of QĐ 51/2025 exists from 15/02/2026 only.
    expect(await register({ ...base2026, level: 'MODERN', communeGroup: 1 })).toMatchObject({
      status: 201,
      body: { appraisal: { templateId: '2026-2030/MODERN/G1', level: 'MODERN' } },
    });
    const modernTooEarly = await register({
      ...base2026,
      level: 'MODERN',
      registeredOn: '2025-09-01',
      targetYear: 2021,
    });
    expect(modernTooEarly).toMatchObject({ status: 400, body: { messageEn: expect.stringContaining('MODERN') } });
    // A former commune can no longer be registered once it has merged.
    const former = await register({
      communeCode: 'X-XUAN-HIEP',
      level: 'ADVANCED',
      targetYear: 2020,
      registeredOn: '2025-07-01',
    });
    expect(former.status).toBe(400);

    const db = await createAppDataSource({ url: testEnv.databaseUrl, schema: 'appraisals', poolSize: 1 }).initialize();
    const appraisalId = randomUUID();
    await db.query(
      `INSERT INTO appraisals.rural_recognitions (appraisal_id, commune_code, level, target_year, recognised_on, conclusion_number)
       VALUES ($1, 'X-SUOI-CAT', 'STANDARD', 2022, '2022-12-05', '77/SCT')`,
      [appraisalId],
    );
    const history = await call(appraiser.authorization, '/communes/X-XUAN-LOC/recognitions');
    expect(history.body.items).toContainEqual(
      expect.objectContaining({
        year: 2022,
        heldBy: { code: 'X-SUOI-CAT', name: 'Xã Suối Cát', validTo: '2025-06-30' },
      }),
    );
    await db.query(`DELETE FROM appraisals.rural_recognitions WHERE appraisal_id = $1`, [appraisalId]);
    await db.destroy();
  });
});
