import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { migrateTestSchema, startTestTokenIssuer, testEnv } from '@kc/testing';
import { serviceDefinition } from '../src/service.definition';
import { registerProduct } from './ocop-product';
import { enrolCouncilMembers } from './staff-copy';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A loopback port nobody listens on: a Temporal server that is down. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('ocop while Temporal is down: 503 in both languages, nothing written, registration still works', () => {
  let app: INestApplication;
  let base: string;
  let issuer: Awaited<ReturnType<typeof startTestTokenIssuer>>;
  let db: DataSource;

  beforeAll(async () => {
    await migrateTestSchema(serviceDefinition);
    issuer = await startTestTokenIssuer();
    Object.assign(process.env, {
      PORT: '0',
      LOG_LEVEL: 'fatal',
      AUTH_JWKS_URL: issuer.jwksUrl,
      TEMPORAL_ADDRESS: `127.0.0.1:${await deadPort()}`,
    });
    const { bootstrapOcop } = await import('../src/bootstrap-ocop');
    app = await bootstrapOcop();
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    db = await new DataSource({ type: 'postgres', url: testEnv.databaseUrl }).initialize();
  });
  afterAll(async () => {
    await app?.close();
    await issuer?.close();
    await db?.destroy();
  });

  const call = async (method: string, url: string, auth: string, body?: unknown) => {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: { authorization: auth, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Json };
  };

  it('answers 503 to starting a round and to acting on one, and keeps no half-started round', async () => {
    const applicant = await issuer.token({ roles: ['APPLICANT'] });
    const appraiser = await issuer.token({ roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' });
    // Registration needs no workflow: it works (201) while Temporal is down.
    const productId = await registerProduct(call, applicant.authorization, {
      kind: 'COOPERATIVE',
      subject: 'Hợp tác xã Tiêu Xuân Lộc',
      product: 'Tiêu sọ Xuân Lộc',
    });

    await enrolCouncilMembers(db, ['hd-1']);
    const start = await call('POST', `/products/${productId}/evaluations`, appraiser.authorization, {
      council: [{ userId: 'hd-1', name: 'Phạm Quốc Dũng' }],
    });
    expect(start).toMatchObject({
      status: 503,
      retryAfter: '30',
      body: {
        message: expect.stringMatching(/tạm thời không truy cập được/),
        messageEn: expect.stringMatching(/unreachable/),
      },
    });
    expect(JSON.stringify(start.body)).not.toMatch(/connect|deadline|grpc/i);
    const rounds = await db.query(`SELECT count(*)::int AS n FROM ocop.evaluations WHERE product_id = $1`, [productId]);
    expect(rounds[0].n).toBe(0);

    // A round started while Temporal was up: acting on it now is a 503 as well, not a 500.
    const evaluationId = randomUUID();
    await db.query(
      `INSERT INTO ocop.evaluations (id, product_id, round, workflow_id, pack_id, stage, started_by)
       VALUES ($1, $2, 1, $3, 'ocop-1489-2025', 'IN_PROGRESS', 'test')`,
      [evaluationId, productId, `ocop-evaluation/${productId}/1`],
    );
    const answer = await call('POST', `/evaluations/${evaluationId}/central-result`, appraiser.authorization, {
      stars: 5,
      decisionRef: 'QĐ 15/QĐ-BNNMT',
    });
    expect(answer).toMatchObject({ status: 503, body: { messageEn: expect.stringMatching(/unreachable/) } });
  });
});
