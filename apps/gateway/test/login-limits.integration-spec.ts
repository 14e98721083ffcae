import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { migrateTestSchema } from '@kc/testing';
import { serviceDefinition } from '../src/service.definition';

/** Each test signs in from its own made-up client address (X-Forwarded-For from loopback is believed). */
const randomIp = () => `10.${[1, 2, 3].map(() => randomBytes(1)[0]).join('.')}`;

describe('gateway: sign-in limits per account and per address, kept in the database', () => {
  let app: INestApplication;
  let base: string;
  const start = async () => {
    const { bootstrapGateway } = await import('../src/bootstrap-gateway');
    app = await bootstrapGateway();
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  };
  const login = (email: string, password: string, ip: string) =>
    fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ email, password }),
    });
  const register = async (ip: string) => {
    const email = `gioi.han.${randomBytes(4).toString('hex')}@khuyencong.test`;
    const res = await fetch(`${base}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ email, password: 'Mật khẩu đúng rồi', fullName: 'Trần Văn Thử' }),
    });
    expect(res.status).toBe(202);
    return email;
  };

  beforeAll(async () => {
    await migrateTestSchema(serviceDefinition);
    Object.assign(process.env, {
      PORT: '0',
      LOG_LEVEL: 'fatal',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
      LOGIN_MAX_FAILURES_PER_IP: '6',
      TRUST_PROXY: 'loopback',
    });
    await start();
  });
  afterAll(() => app?.close());

  it('locks an account after its failures, even for the right password, and still after a restart', async () => {
    const email = await register(randomIp());
    const statuses: number[] = [];
    // From a different address each time: the account's own count locks it.
    for (let i = 0; i < 3; i++) statuses.push((await login(email, 'sai mật khẩu', randomIp())).status);
    expect(statuses).toEqual([401, 401, 401]);
    expect((await login(email, 'Mật khẩu đúng rồi', randomIp())).status).toBe(429);

    await app.close();
    await start(); // a new process would read the same rows
    const after = await login(email, 'Mật khẩu đúng rồi', randomIp());
    expect(after.status).toBe(429);
    expect(await after.json()).toMatchObject({
      messageEn: 'Too many failed sign-ins. Please try again in a few minutes.',
    });
  });

  it('limits one address guessing across many accounts, and leaves other addresses alone', async () => {
    const guesser = randomIp();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push(
        (await login(`khong.co.${i}.${randomBytes(3).toString('hex')}@khuyencong.test`, 'đoán', guesser)).status,
      );
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
    const email = await register(randomIp());
    expect((await login(email, 'Mật khẩu đúng rồi', guesser)).status).toBe(429);
    expect((await login(email, 'Mật khẩu đúng rồi', randomIp())).status).toBe(200);
  });

  it('clears an account’s count on a successful sign-in', async () => {
    const email = await register(randomIp());
    for (let i = 0; i < 2; i++) expect((await login(email, 'sai mật khẩu', randomIp())).status).toBe(401);
    expect((await login(email, 'Mật khẩu đúng rồi', randomIp())).status).toBe(200);
    const [row] = (await app
      .get(DataSource)
      .query(`SELECT failures FROM gateway.login_failures WHERE key = $1`, [`account:${email}`])) as unknown[];
    expect(row).toBeUndefined();
  });
});
