import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Subscriptions } from '@kc/contracts';
import { createKafka } from '@kc/messaging';
import {
  createGroupTopics,
  migrateTestSchema,
  positionGroupAtEnd,
  requestJson,
  startTestTokenIssuer,
  testEnv,
} from '@kc/testing';
import { serviceDefinition } from '../src/service.definition';

describe('appraisals: programme budgets are changed by leaders only, each change recorded with its reason', () => {
  const kafka = createKafka('appraisals-budgets-test', testEnv.kafkaBrokers);
  const group = `appraisals-budgets-${randomBytes(3).toString('hex')}`;
  let app: INestApplication;
  let base: string;
  let issuer: Awaited<ReturnType<typeof startTestTokenIssuer>>;
  let groupTopics: Awaited<ReturnType<typeof createGroupTopics>>;
  const year = 2097; // a year no other test uses (step-activity 2093, seed 2091-2092)

  beforeAll(async () => {
    await migrateTestSchema(serviceDefinition);
    issuer = await startTestTokenIssuer();
    groupTopics = await createGroupTopics(kafka, group, Subscriptions.appraisals);
    await positionGroupAtEnd(kafka, group, Subscriptions.appraisals);
    Object.assign(process.env, {
      PORT: '0',
      LOG_LEVEL: 'fatal',
      AUTH_JWKS_URL: issuer.jwksUrl,
      APPROVALS_TASK_QUEUE: `approvals-test-${randomUUID()}`,
    });
    const { bootstrapAppraisals } = await import('../src/bootstrap-appraisals');
    app = await bootstrapAppraisals(group);
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const db = app.get(DataSource);
    await db.query(`DELETE FROM appraisals.budget_changes WHERE year = $1`, [year]);
    await db.query(`DELETE FROM appraisals.program_budgets WHERE year = $1`, [year]);
  });
  afterAll(async () => {
    const db = app?.get(DataSource);
    await db?.query(`DELETE FROM appraisals.budget_changes WHERE year = $1`, [year]);
    await db?.query(`DELETE FROM appraisals.program_budgets WHERE year = $1`, [year]);
    await app?.close();
    await groupTopics?.remove();
    await issuer?.close();
  });

  const put = (authorization: string, body: object) =>
    requestJson(`${base}/budgets/MACHINERY/${year}`, authorization, { method: 'PUT', body });

  it('refuses everyone but a Department leader, and a change without a reason', async () => {
    for (const roles of [['OPERATOR'], ['ADMIN'], ['DEPARTMENT_APPRAISER']] as const) {
      const other = await issuer.token({ roles: [...roles], unitCode: 'DN-SCT' });
      expect((await put(other.authorization, { totalVnd: 1, reason: 'Tự ý thay đổi' })).status).toBe(403);
    }
    const leader = await issuer.token({ roles: ['DEPARTMENT_LEADER'], unitCode: 'DN-SCT' });
    const noReason = await put(leader.authorization, { totalVnd: 1 });
    expect(noReason.status).toBe(400);
    expect((await put(leader.authorization, { totalVnd: 1, reason: '  ' })).status).toBe(400);
  });

  it('records who changed the budget, from what, to what and why', async () => {
    const leader = await issuer.token({ roles: ['DEPARTMENT_LEADER'], unitCode: 'DN-SCT', name: 'Lê Văn Lãnh Đạo' });
    expect(
      await put(leader.authorization, { totalVnd: 2_000_000_000, reason: 'Kế hoạch năm được UBND tỉnh giao' }),
    ).toMatchObject({ status: 200, body: { totalVnd: 2_000_000_000 } });
    expect(
      await put(leader.authorization, {
        totalVnd: 1_500_000_000,
        reason: 'Điều chuyển 500 triệu sang chương trình khác',
      }),
    ).toMatchObject({ status: 200, body: { totalVnd: 1_500_000_000 } });
    const appraiser = await issuer.token({ roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' });
    const history = await requestJson(`${base}/budgets/MACHINERY/${year}/changes`, appraiser.authorization);
    expect(history.status).toBe(200);
    expect(history.body.items).toEqual([
      expect.objectContaining({
        changedBy: leader.user.id,
        changedByName: 'Lê Văn Lãnh Đạo',
        beforeVnd: 2_000_000_000,
        afterVnd: 1_500_000_000,
        reason: 'Điều chuyển 500 triệu sang chương trình khác',
      }),
      expect.objectContaining({ beforeVnd: null, afterVnd: 2_000_000_000, reason: 'Kế hoạch năm được UBND tỉnh giao' }),
    ]);
  });
});
