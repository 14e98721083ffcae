// The whole system (every service of the registry behind the real gateway) on a private, freshly migrated
// database, booted the way the authorization matrix boots it (test/system/services-in-process.ts), so the
// fuzzer's "nothing changed" check sees only its own requests and never another test's rows.
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { calculateJwkThumbprint, SignJWT, type JWK } from 'jose';
import { Client } from 'pg';
import type { Role } from '@kc/domain';
import { createKafka } from '@kc/messaging';
import { createAppDataSource, migrateDataSource } from '@kc/persistence';
import { testEnv } from '@kc/testing';
import { serviceDefinitions } from '../../scripts/service-definitions';
import { prepareGroups, startServicesInProcess } from '../system/services-in-process';

/** Largest upload the applications service accepts during the fuzz run (small, so "oversized" is quick). */
export const FUZZ_MAX_UPLOAD_BYTES = 64 * 1024;

const UNIT: Record<Role, string | null> = {
  APPLICANT: null,
  LOCAL_OFFICER: 'X-XUAN-LOC',
  LOCAL_LEADER: 'X-XUAN-LOC',
  DEPARTMENT_APPRAISER: 'DN-SCT',
  COUNCIL_MEMBER: 'DN-HD-KC',
  DEPARTMENT_LEADER: 'DN-SCT',
  OPERATOR: 'DN-TTKC',
  ADMIN: 'DN-SCT',
};

export interface SystemUnderFuzz {
  base: string;
  databaseUrl: string;
  documentsParent: string;
  /** A signed bearer token for one role (fixed subject per role, so a role's own resources stay its own). */
  tokenFor(role: Role): Promise<string>;
  close(): Promise<void>;
}

/** CREATE DATABASE khuyencong_fuzz_<hex>_test (the test role may create databases), dropped by close(). */
async function createPrivateDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `khuyencong_fuzz_${randomBytes(4).toString('hex')}_test`;
  const admin = new Client({ connectionString: testEnv.databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`);
  await admin.end();
  const url = new URL(testEnv.databaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const again = new Client({ connectionString: testEnv.databaseUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await again.end();
    },
  };
}

export async function startSystemUnderFuzz(): Promise<SystemUnderFuzz> {
  const database = await createPrivateDatabase();
  for (const d of serviceDefinitions) {
    const ds = createAppDataSource({
      url: database.url,
      schema: d.schema,
      migrations: d.migrations as never,
      poolSize: 1,
    });
    try {
      await migrateDataSource(ds, d.schema);
    } finally {
      if (ds.isInitialized) await ds.destroy();
    }
  }

  const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const privateKey = createPrivateKey(pem);
  const kid = await calculateJwkThumbprint(createPublicKey(privateKey).export({ format: 'jwk' }) as JWK);
  const subjects = new Map<Role, string>();
  const tokenFor = (role: Role) => {
    if (!subjects.has(role)) subjects.set(role, randomUUID());
    return new SignJWT({ email: `${role.toLowerCase()}@khuyencong.test`, name: role, roles: [role], unit: UNIT[role] })
      .setProtectedHeader({ alg: 'EdDSA', kid })
      .setSubject(subjects.get(role)!)
      .setIssuer('khuyencong-gateway')
      .setAudience('khuyencong')
      .setIssuedAt()
      .setExpirationTime('30m')
      .sign(privateKey);
  };

  const documentsParent = mkdtempSync(path.join(os.tmpdir(), 'kc-fuzz-'));
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '4',
    LOG_LEVEL: process.env.FUZZ_LOG_LEVEL ?? 'silent',
    AUTH_SIGNING_KEYS: pem,
    AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
    PUBLIC_LOOKUP_PER_MINUTE: '1000000',
    APPROVALS_TASK_QUEUE: `fuzz-${randomUUID()}`,
    OCOP_TASK_QUEUE: `fuzz-${randomUUID()}`,
    DIGEST_HOUR: '-1',
    DLQ_CHECK_MS: '0',
    DOCUMENTS_DIR: path.join(documentsParent, 'documents'),
    MAX_UPLOAD_BYTES: String(FUZZ_MAX_UPLOAD_BYTES),
    MAX_DRAFTS_PER_ACCOUNT: '1000',
  });
  const prefix = `fuzz-${randomBytes(3).toString('hex')}`;
  const groups = await prepareGroups(createKafka('fuzz-test', testEnv.kafkaBrokers), prefix);
  const system = await startServicesInProcess(prefix).catch(async (error: unknown) => {
    await groups.remove();
    throw error;
  });

  return {
    base: system.base,
    databaseUrl: database.url,
    documentsParent,
    tokenFor,
    async close() {
      await system.close();
      await groups.remove();
      await database.drop();
      rmSync(documentsParent, { recursive: true, force: true });
    },
  };
}
