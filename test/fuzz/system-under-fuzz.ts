// The whole system (five services behind the real gateway) on a private, freshly migrated database, booted
// the way the authorization matrix boots it (test/authorization), so the fuzzer's "nothing changed" check
// sees only its own requests and never another test's rows.
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { calculateJwkThumbprint, SignJWT, type JWK } from 'jose';
import { Client } from 'pg';
import { Subscriptions } from '@kc/contracts';
import type { Role } from '@kc/domain';
import { createKafka } from '@kc/messaging';
import { createAppDataSource, migrateDataSource } from '@kc/persistence';
import { createGroupTopics, positionGroupAtEnd, testEnv } from '@kc/testing';
import { serviceDefinition as applicationsDefinition } from '../../apps/applications/src/service.definition';
import { serviceDefinition as appraisalsDefinition } from '../../apps/appraisals/src/service.definition';
import { serviceDefinition as gatewayDefinition } from '../../apps/gateway/src/service.definition';
import { serviceDefinition as notificationsDefinition } from '../../apps/notifications/src/service.definition';
import { serviceDefinition as ocopDefinition } from '../../apps/ocop/src/service.definition';
import { serviceDefinition as operationsDefinition } from '../../apps/operations/src/service.definition';

export const definitions = [
  applicationsDefinition,
  appraisalsDefinition,
  ocopDefinition,
  notificationsDefinition,
  operationsDefinition,
  gatewayDefinition,
];

/** Largest upload the applications service accepts during the fuzz run (small, so "oversized" is quick). */
export const FUZZ_MAX_UPLOAD_BYTES = 64 * 1024;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

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
  for (const d of definitions) {
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
  const gatewayPort = await freePort();
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '4',
    PORT: '0',
    LOG_LEVEL: process.env.FUZZ_LOG_LEVEL ?? 'silent',
    AUTH_JWKS_URL: `http://127.0.0.1:${gatewayPort}/.well-known/jwks.json`,
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

  const apps: INestApplication[] = [];
  const groups: Awaited<ReturnType<typeof createGroupTopics>>[] = [];
  const kafka = createKafka('fuzz-test', testEnv.kafkaBrokers);
  const withGroup = async (name: 'applications' | 'appraisals' | 'notifications' | 'operations') => {
    const group = `fuzz-${name}-${randomBytes(3).toString('hex')}`;
    groups.push(await createGroupTopics(kafka, group, Subscriptions[name]));
    await positionGroupAtEnd(kafka, group, Subscriptions[name]);
    return group;
  };
  const urls: Record<string, string> = {};
  const start = async (name: string, app: INestApplication) => {
    apps.push(app);
    urls[name] = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  };
  const { bootstrapApplications } = await import('../../apps/applications/src/bootstrap-applications');
  await start('applications', await bootstrapApplications(await withGroup('applications')));
  const { bootstrapAppraisals } = await import('../../apps/appraisals/src/bootstrap-appraisals');
  await start('appraisals', await bootstrapAppraisals(await withGroup('appraisals')));
  const { bootstrapOcop } = await import('../../apps/ocop/src/bootstrap-ocop');
  await start('ocop', await bootstrapOcop());
  const { bootstrapNotifications } = await import('../../apps/notifications/src/bootstrap-notifications');
  await start('notifications', await bootstrapNotifications(await withGroup('notifications')));
  const { bootstrapOperations } = await import('../../apps/operations/src/bootstrap-operations');
  await start('operations', await bootstrapOperations(await withGroup('operations')));
  Object.assign(process.env, {
    PORT: String(gatewayPort),
    APPLICATIONS_URL: urls.applications,
    APPRAISALS_URL: urls.appraisals,
    OCOP_URL: urls.ocop,
    NOTIFICATIONS_URL: urls.notifications,
    OPERATIONS_URL: urls.operations,
  });
  const { bootstrapGateway } = await import('../../apps/gateway/src/bootstrap-gateway');
  apps.push(await bootstrapGateway());

  return {
    base: `http://127.0.0.1:${gatewayPort}`,
    databaseUrl: database.url,
    documentsParent,
    tokenFor,
    async close() {
      for (const app of apps.reverse()) await app.close().catch(() => undefined);
      for (const g of groups) await g.remove().catch(() => undefined);
      await database.drop();
      rmSync(documentsParent, { recursive: true, force: true });
    },
  };
}
