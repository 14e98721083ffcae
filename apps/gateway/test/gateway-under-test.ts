import { createHash, randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { migrateTestSchema, type Json } from '@kc/testing';
import { serviceDefinition } from '../src/service.definition';

export const PASSWORD = 'Mật khẩu đủ dài';

/** A made-up client address (X-Forwarded-For from loopback is believed with TRUST_PROXY=loopback). */
export const randomIp = () => `10.${[1, 2, 3].map(() => randomBytes(1)[0]).join('.')}`;

export const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** The real gateway on its test schema, started with `env`, and JSON calls to it. */
export async function startGateway(env: Record<string, string>) {
  await migrateTestSchema(serviceDefinition);
  Object.assign(process.env, { PORT: '0', LOG_LEVEL: 'fatal', TRUST_PROXY: 'loopback', ...env });
  const { bootstrapGateway } = await import('../src/bootstrap-gateway');
  const app: INestApplication = await bootstrapGateway();
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const db = app.get(DataSource);

  const call = async (
    method: string,
    path: string,
    init: { body?: unknown; token?: string; ip?: string } = {},
  ): Promise<{ status: number; body: Json }> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': init.ip ?? randomIp(),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as Json };
  };

  /** A new applicant (register, then sign in); `extra` may carry phone and language. */
  const applicant = async (extra: Record<string, unknown> = {}) => {
    const email = `dinh.danh.${randomBytes(5).toString('hex')}@khuyencong.test`;
    const registered = await call('POST', '/api/auth/register', {
      body: { email, password: PASSWORD, fullName: 'Phạm Thị Thu', ...extra },
    });
    expect(registered.status).toBe(202);
    return { email, ...(await login(email)) };
  };

  const login = async (email: string, password = PASSWORD) => {
    const res = await call('POST', '/api/auth/login', { body: { email, password } });
    expect(res.status).toBe(200);
    return res.body as { accessToken: string; refreshToken: string; refreshExpiresIn: number; user: { id: string } };
  };

  return { app, db, call, applicant, login, close: () => app.close() };
}
