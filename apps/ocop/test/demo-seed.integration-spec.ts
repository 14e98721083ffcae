import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Connection, WorkflowClient } from '@temporalio/client';
import { WorkflowIds } from '@kc/contracts';
import { createAppDataSource } from '@kc/persistence';
import type { DataSource } from 'typeorm';
import { ocopPackForRegistration, scoreTemplate } from '@kc/domain';
import { answersFor } from '@kc/domain/testing';
import { expectEventually, migrateTestSchema, startTestTokenIssuer, testEnv } from '@kc/testing';
import { seedDemoOcop } from '../src/seed/seed-demo-ocop';
import { serviceDefinition } from '../src/service.definition';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('ocop demo data: after seeding, the demo council members score the demo product through the API', () => {
  const taskQueue = `ocop-demo-test-${randomUUID()}`;
  const ids = { subjectId: randomUUID(), productId: randomUUID(), evaluationId: randomUUID() };
  let app: INestApplication;
  let base: string;
  let issuer: Awaited<ReturnType<typeof startTestTokenIssuer>>;
  let db: DataSource;
  let connection: Connection;

  beforeAll(async () => {
    await migrateTestSchema(serviceDefinition);
    issuer = await startTestTokenIssuer();
    db = await createAppDataSource({ url: testEnv.databaseUrl, schema: 'ocop', poolSize: 2 }).initialize();
    connection = await Connection.connect({ address: testEnv.temporalAddress });
    Object.assign(process.env, {
      PORT: '0',
      LOG_LEVEL: 'fatal',
      AUTH_JWKS_URL: issuer.jwksUrl,
      OCOP_TASK_QUEUE: taskQueue,
    });
  });
  afterAll(async () => {
    await app?.close();
    await issuer?.close();
    await db?.destroy();
    await connection?.close();
  });

  it('seeds once, seats the provincial council, and gives 3★ with a certificate after two sheets and one conflict', async () => {
    const applicant = await issuer.token({ roles: ['APPLICANT'] });
    const members = await Promise.all(
      ['Phạm Quốc Dũng', 'Ngô Thị Mai', 'Bùi Văn Nam'].map((name) =>
        issuer.token({ roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC', name }),
      ),
    );
    const client = new WorkflowClient({ connection, namespace: testEnv.temporalNamespace });
    const options = {
      applicantId: applicant.user.id,
      members: members.map((m) => ({ userId: m.user.id, name: m.user.name })),
      taskQueue,
      topicPrefix: testEnv.topicPrefix,
      ids,
    };
    expect(await seedDemoOcop(db, client, options)).toMatchObject({ created: true, started: true });
    expect(await seedDemoOcop(db, client, options)).toMatchObject({ created: false, started: false });

    const { bootstrapOcop } = await import('../src/bootstrap-ocop');
    app = await bootstrapOcop();
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const call = async (method: string, url: string, auth: string, body?: unknown) => {
      const res = await fetch(`${base}${url}`, {
        method,
        headers: { authorization: auth, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Json };
    };

    await expectEventually(async () => {
      const tasks = await call('GET', '/council/tasks', members[0].authorization);
      expect(tasks.body.items.find((t: Json) => t.evaluationId === ids.evaluationId)).toMatchObject({
        level: 'PROVINCE',
        nextAction: 'DECLARE_CONFLICT',
        product: { name: 'Bánh tráng phơi sương Xuân Lộc' },
      });
    }, 20_000);

    const template = scoreTemplate(ocopPackForRegistration('2025-09-15'), 'FOOD-3b');
    const url = `/evaluations/${ids.evaluationId}`;
    for (const m of members.slice(0, 2)) {
      expect((await call('POST', `${url}/conflict-declaration`, m.authorization, { hasConflict: false })).status).toBe(
        200,
      );
      expect(
        (await call('PUT', `${url}/score-sheet`, m.authorization, { answers: answersFor(template, 62) })).body,
      ).toMatchObject({
        total: 62,
        councilStatus: 'OPEN',
      });
    }
    const conflicted = await call('POST', `${url}/conflict-declaration`, members[2].authorization, {
      hasConflict: true,
      note: 'Là thành viên hợp tác xã',
    });
    expect(conflicted.status).toBe(200);

    let result: Json;
    await expectEventually(async () => {
      result = (await call('GET', `${url}/result`, applicant.authorization)).body;
      expect(result.certificate).not.toBeNull();
    }, 20_000);
    expect(result).toMatchObject({ stars: 3, recognisedBy: 'PROVINCE', packId: 'ocop-1489-2025' });
    expect(result.levels[0].result).toMatchObject({
      sheetsCounted: 2,
      averageTotal: 62,
      nextStar: { stars: 4, pointsMissing: 8 },
    });
    expect(result.communeReport.summary).toMatch(/UBND xã Xuân Lộc/);
    const mine = await call('GET', '/products', applicant.authorization);
    expect(mine.body.items.map((p: Json) => p.id)).toEqual([ids.productId]);
    // The certified round now waits three years for its expiry timers: not on the shared dev server.
    await client.getHandle(WorkflowIds.ocopEvaluation(ids.productId, 1)).terminate('test finished');
  });
});
