import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TokenVerifier } from '@kc/auth';
import { migrateTestSchema } from '@kc/testing';
import { serviceDefinition } from '../src/service.definition';

interface Echo {
  method: string;
  url: string;
  authorization?: string;
  body: string;
}

/** Stands in for a downstream service: answers with what it received. */
function startEchoService(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          method: req.method ?? '',
          url: req.url ?? '',
          authorization: req.headers.authorization,
          body,
        } satisfies Echo),
      );
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('gateway: accounts, tokens and routing to services', () => {
  let app: INestApplication;
  let base: string;
  let echo: http.Server;
  const email = `nguoi.nop.${randomBytes(4).toString('hex')}@khuyencong.test`;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    await migrateTestSchema(serviceDefinition);
    echo = await startEchoService();
    Object.assign(process.env, {
      PORT: '0',
      AUTH_RATE_LIMIT_PER_MINUTE: '6',
      APPLICATIONS_URL: `http://127.0.0.1:${(echo.address() as AddressInfo).port}`,
      OCOP_URL: 'http://127.0.0.1:9', // nothing listens there
      LOG_LEVEL: 'fatal',
    });
    const { bootstrapGateway } = await import('../src/bootstrap-gateway');
    app = await bootstrapGateway();
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await app?.close();
    echo?.close();
  });

  it('registers an applicant, signs in, and issues a token that services verify with the published keys', async () => {
    const first = await post('/api/auth/register', { email, password: 'Mật khẩu đủ dài', fullName: 'Nguyễn Thị Mai' });
    expect(first.status).toBe(202);
    const login = await post('/api/auth/login', { email, password: 'Mật khẩu đủ dài' });
    expect(login.status).toBe(200);
    const { accessToken, user } = (await login.json()) as {
      accessToken: string;
      user: { roles: string[]; name: string };
    };
    expect(user).toMatchObject({ roles: ['APPLICANT'], name: 'Nguyễn Thị Mai' });
    const announced: { event_type: string }[] = await app
      .get(DataSource)
      .query(`SELECT event_type FROM gateway.outbox WHERE envelope->'payload'->>'email' = $1`, [email]);
    expect(announced).toEqual([{ event_type: 'AccountRegistered' }]);

    const me = await fetch(`${base}/api/auth/me`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(await me.json()).toMatchObject({ email, roles: ['APPLICANT'], unitCode: null });

    const verifier = new TokenVerifier({
      AUTH_JWKS_URL: `${base}/.well-known/jwks.json`,
      AUTH_ISSUER: 'khuyencong-gateway',
      AUTH_AUDIENCE: 'khuyencong',
    });
    await expect(verifier.verify(accessToken)).resolves.toMatchObject({ email, roles: ['APPLICANT'] });
    await expect(verifier.verify(`${accessToken.slice(0, -4)}AAAA`)).rejects.toThrow();
  });

  it('answers a second registration of the same e-mail exactly like the first', async () => {
    const again = await post('/api/auth/register', {
      email: email.toUpperCase(),
      password: 'một mật khẩu khác',
      fullName: 'Kẻ Giả Mạo',
    });
    expect(again.status).toBe(202);
    const login = await post('/api/auth/login', { email, password: 'một mật khẩu khác' });
    expect(login.status).toBe(401);
  });

  it('gives the same answer for a wrong password and an unknown e-mail', async () => {
    const wrong = await post('/api/auth/login', { email, password: 'sai mật khẩu' });
    const unknown = await post('/api/auth/login', { email: `khong.co.${email}`, password: 'sai mật khẩu' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('refuses a token-less or forged request to a protected route', async () => {
    expect((await fetch(`${base}/api/auth/me`)).status).toBe(401);
    expect((await fetch(`${base}/api/auth/me`, { headers: { authorization: 'Bearer abc.def.ghi' } })).status).toBe(401);
  });

  it('routes /api/<service>/… to the service with the body and the Authorization header untouched', async () => {
    const res = await post('/api/applications/drafts?page=2', { tên: 'Hồ sơ thử' }, { authorization: 'Bearer t0k3n' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      method: 'POST',
      url: '/drafts?page=2',
      authorization: 'Bearer t0k3n',
      body: '{"tên":"Hồ sơ thử"}',
    });
  });

  it('answers 502 with a clear message when a service is down', async () => {
    const res = await fetch(`${base}/api/ocop/products`);
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({
      messageEn: 'The ocop service is not answering. Please try again shortly.',
    });
  });

  it('limits sign-in attempts per client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++)
      statuses.push((await post('/api/auth/login', { email, password: 'đoán thử lần nữa' })).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(6);
  });
});
