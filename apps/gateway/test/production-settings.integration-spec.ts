import { generateKeyPairSync, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { importPKCS8, SignJWT } from 'jose';
import { createAppDataSource } from '@kc/persistence';
import { migrateTestSchema, testEnv } from '@kc/testing';
import { serviceDefinition } from '../src/service.definition';

/** The gateway as a fresh process would start it with this environment (config is read at import). */
async function startGateway(env: Record<string, string | undefined>): Promise<INestApplication> {
  const saved = { ...process.env };
  Object.assign(process.env, { PORT: '0', LOG_LEVEL: 'silent', OCOP_URL: 'http://127.0.0.1:9', ...env });
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  try {
    let app: INestApplication | undefined;
    await jest.isolateModulesAsync(async () => {
      const { bootstrapGateway } = await import('../src/bootstrap-gateway');
      app = await bootstrapGateway();
    });
    return app!;
  } finally {
    process.env = saved;
  }
}

const ed25519Pem = () => generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

describe('gateway: production refuses demo settings; signing keys come from a secret file and rotate', () => {
  let dir: string;
  beforeAll(async () => {
    await migrateTestSchema(serviceDefinition);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-keys-'));
    const db = await createAppDataSource({ url: testEnv.databaseUrl, schema: 'gateway', poolSize: 1 }).initialize();
    await db.query(
      `INSERT INTO gateway.accounts (id, email, full_name, password_hash, roles) VALUES ($1, 'van.hanh@khuyencong.test', 'Võ Thanh Khoa', 'scrypt$x', ARRAY['OPERATOR'])
       ON CONFLICT ((lower(email))) DO UPDATE SET disabled_at = NULL`,
      [randomUUID()],
    );
    await db.destroy();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('will not start in production with default database credentials, demo accounts and no key file', async () => {
    await expect(startGateway({ NODE_ENV: 'production' })).rejects.toThrow(
      /Refusing to start in production[\s\S]*default database credentials[\s\S]*signing key[\s\S]*demo accounts can sign in/,
    );
  });

  it('signs with the first key of the file, publishes both during a rotation, and accepts tokens of either', async () => {
    const [next, previous] = [ed25519Pem(), ed25519Pem()];
    const file = path.join(dir, 'signing-keys.pem');
    fs.writeFileSync(file, `${next}\n${previous}`, { mode: 0o600 });
    const app = await startGateway({ NODE_ENV: undefined, AUTH_SIGNING_KEYS_FILE: file });
    try {
      const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
      const jwks = (await (await fetch(`${base}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] };
      expect(jwks.keys).toHaveLength(2);
      // Nothing written to the database: the keys live in the file only.
      const db = await createAppDataSource({ url: testEnv.databaseUrl, schema: 'gateway', poolSize: 1 }).initialize();
      const stored = await db.query(`SELECT kid FROM gateway.signing_keys WHERE kid = ANY($1)`, [
        jwks.keys.map((k) => k.kid),
      ]);
      await db.destroy();
      expect(stored).toEqual([]);
      const oldToken = await new SignJWT({ email: 'a@khuyencong.test', name: 'A', roles: ['APPLICANT'], unit: null })
        .setProtectedHeader({ alg: 'EdDSA', kid: jwks.keys[1].kid })
        .setSubject(randomUUID())
        .setIssuer('khuyencong-gateway')
        .setAudience('khuyencong')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(await importPKCS8(previous, 'EdDSA'));
      const me = await fetch(`${base}/api/auth/me`, { headers: { authorization: `Bearer ${oldToken}` } });
      expect(me.status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
