// The real services of the web app in this Jest process, on the test database, broker (test topics) and
// Temporal namespace: gateway (serving apps/web/dist), applications, appraisals (with its approval
// worker), notifications, ocop (with its worker) and operations. Each run makes its own officer accounts.
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashPassword } from '@kc/auth';
import { Subscriptions } from '@kc/contracts';
import { createKafka, OutboxWriter } from '@kc/messaging';
import { Client } from 'pg';
import { createGroupTopics, migrateTestSchema, positionGroupAtEnd, testEnv } from '@kc/testing';
import { serviceDefinition as applicationsDefinition } from '../../apps/applications/src/service.definition';
import { serviceDefinition as appraisalsDefinition } from '../../apps/appraisals/src/service.definition';
import { serviceDefinition as gatewayDefinition } from '../../apps/gateway/src/service.definition';
import { serviceDefinition as notificationsDefinition } from '../../apps/notifications/src/service.definition';
import { serviceDefinition as ocopDefinition } from '../../apps/ocop/src/service.definition';
import { serviceDefinition as operationsDefinition } from '../../apps/operations/src/service.definition';
import { announceAccount } from '../../apps/gateway/src/identity/account-announcement';
import { seedOrgUnits } from '../../apps/gateway/src/seed/seed-demo-data';

export const PASSWORD = 'KhuyenCong@2026';

/** The officers of one run (names invented), each in the unit their role works in. */
const PEOPLE = {
  commune: { name: 'Trần Thu Hà', roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' },
  appraiser: { name: 'Lê Minh Châu', roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' },
  leader: { name: 'Hoàng Thị Hạnh', roles: ['DEPARTMENT_LEADER'], unitCode: 'DN-SCT' },
  member1: { name: 'Phạm Quốc Dũng', roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC' },
  member2: { name: 'Ngô Thị Mai', roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC' },
  member3: { name: 'Bùi Văn Nam', roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC' },
  operator: { name: 'Đặng Quang Vinh', roles: ['OPERATOR'], unitCode: 'DN-SCT' },
} as const;
type PersonKey = keyof typeof PEOPLE;
export interface Person {
  id: string;
  email: string;
  name: string;
  roles: readonly string[];
  unitCode: string;
}

/** A port that was free a moment ago (listen on 0, read it, close). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Each app reads PORT (and its other settings) when its config module is first imported. */
async function boot<T>(port: number, load: () => Promise<T>): Promise<T> {
  process.env.PORT = String(port);
  return load();
}

export async function startWebStack() {
  if (!fs.existsSync(path.join(__dirname, '../../apps/web/dist/index.html')))
    throw new Error('apps/web/dist is missing: run `npm run build:web` first (npm test does)');
  const kafka = createKafka('web-e2e', testEnv.kafkaBrokers);
  const tag = randomBytes(3).toString('hex');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-web-e2e-'));
  const apps: INestApplication[] = [];
  const groups: Awaited<ReturnType<typeof createGroupTopics>>[] = [];

  for (const d of [
    gatewayDefinition,
    applicationsDefinition,
    appraisalsDefinition,
    notificationsDefinition,
    ocopDefinition,
    operationsDefinition,
  ])
    await migrateTestSchema(d);
  // Accounts name their unit: the province's units are there even on a test database nothing seeded yet.
  const owner = new Client({ connectionString: testEnv.databaseUrl });
  await owner.connect();
  await seedOrgUnits(owner).finally(() => owner.end());
  const consumer = async (name: 'applications' | 'appraisals' | 'notifications' | 'operations') => {
    const group = `${name}-web-e2e-${tag}`;
    groups.push(await createGroupTopics(kafka, group, Subscriptions[name]));
    await positionGroupAtEnd(kafka, group, Subscriptions[name]);
    return group;
  };
  const [applicationsGroup, appraisalsGroup, notificationsGroup, operationsGroup] = [
    await consumer('applications'),
    await consumer('appraisals'),
    await consumer('notifications'),
    await consumer('operations'),
  ];

  const [gatewayPort, applicationsPort, appraisalsPort, notificationsPort, ocopPort, operationsPort] =
    await Promise.all([1, 2, 3, 4, 5, 6].map(() => freePort()));
  const base = `http://127.0.0.1:${gatewayPort}`;
  Object.assign(process.env, {
    // The services verify the gateway's real tokens (jose fetches the keys lazily, once all are up).
    AUTH_JWKS_URL: `${base}/.well-known/jwks.json`,
    APPLICATIONS_URL: `http://127.0.0.1:${applicationsPort}`,
    APPRAISALS_URL: `http://127.0.0.1:${appraisalsPort}`,
    NOTIFICATIONS_URL: `http://127.0.0.1:${notificationsPort}`,
    OCOP_URL: `http://127.0.0.1:${ocopPort}`,
    OPERATIONS_URL: `http://127.0.0.1:${operationsPort}`,
    OPERATIONS_CONSUMER_GROUP: operationsGroup,
    DOCUMENTS_DIR: path.join(tmp, 'documents'),
    PUBLIC_BASE_URL: base,
    LOG_LEVEL: process.env.DEBUG_LOG_LEVEL ?? 'fatal',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    APPROVALS_TASK_QUEUE: `approvals-web-e2e-${randomUUID()}`,
    OCOP_TASK_QUEUE: `ocop-web-e2e-${randomUUID()}`,
    SMTP_PORT: String(testEnv.smtpPort),
    DELIVERY_POLL_MS: '200',
    DIGEST_HOUR: '-1',
    DLQ_CHECK_MS: '0',
    KAFKA_RETRY_BASE_MS: '200',
  });

  const gateway = await boot(gatewayPort, async () =>
    (await import('../../apps/gateway/src/bootstrap-gateway')).bootstrapGateway(),
  );
  apps.push(gateway);
  // This run's own officers (fresh e-mails: the shared test database may hold anyone's demo accounts),
  // announced through the gateway's outbox as a registration is, so notifications knows them.
  const gatewayDb = gateway.get(DataSource);
  const outbox = new OutboxWriter('gateway', 'gateway', testEnv.topicPrefix);
  const hash = await hashPassword(PASSWORD);
  const people = {} as Record<PersonKey, Person>;
  await gatewayDb.transaction(async (m) => {
    for (const [key, spec] of Object.entries(PEOPLE) as [PersonKey, (typeof PEOPLE)[PersonKey]][]) {
      // Council members are picked from the directory by name, and the shared database keeps every run's:
      // the run's tag tells this run's apart.
      const picked = (spec.roles as readonly string[]).includes('COUNCIL_MEMBER');
      const person = {
        id: randomUUID(),
        email: `e2e.${key}.${tag}@khuyencong.test`,
        ...spec,
        name: picked ? `${spec.name} ${tag}` : spec.name,
      };
      await m.query(
        `INSERT INTO gateway.accounts (id, email, full_name, password_hash, roles, unit_code) VALUES ($1, $2, $3, $4, $5, $6)`,
        [person.id, person.email, person.name, hash, person.roles, person.unitCode],
      );
      await announceAccount(
        outbox,
        m,
        {
          id: person.id,
          email: person.email,
          fullName: person.name,
          roles: [...person.roles],
          unitCode: person.unitCode,
          phone: null,
          language: 'vi',
        },
        'AccountRegistered',
      );
      people[key] = person;
    }
  });
  const council = [people.member1, people.member2, people.member3];

  apps.push(
    await boot(applicationsPort, async () =>
      (await import('../../apps/applications/src/bootstrap-applications')).bootstrapApplications(applicationsGroup),
    ),
  );
  apps.push(
    await boot(appraisalsPort, async () =>
      (await import('../../apps/appraisals/src/bootstrap-appraisals')).bootstrapAppraisals(appraisalsGroup),
    ),
  );
  apps.push(
    await boot(notificationsPort, async () =>
      (await import('../../apps/notifications/src/bootstrap-notifications')).bootstrapNotifications(notificationsGroup),
    ),
  );
  apps.push(await boot(ocopPort, async () => (await import('../../apps/ocop/src/bootstrap-ocop')).bootstrapOcop()));
  apps.push(
    await boot(operationsPort, async () =>
      (await import('../../apps/operations/src/bootstrap-operations')).bootstrapOperations(operationsGroup),
    ),
  );

  /** A JSON call through the gateway, as a signed-in demo user (for the steps no screen exists for). */
  const tokens = new Map<string, string>();
  const asUser = async (email: string) => {
    if (!tokens.has(email)) {
      const res = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD }),
      });
      if (res.status !== 200) throw new Error(`sign-in of ${email} answered ${res.status}`);
      tokens.set(email, ((await res.json()) as { accessToken: string }).accessToken);
    }
    return async (method: string, url: string, body?: unknown) => {
      const res = await fetch(`${base}${url}`, {
        method,
        headers: {
          authorization: `Bearer ${tokens.get(email)}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
    };
  };

  const close = async () => {
    // In parallel, each watched: a service that does not close names itself in the log (notifications'
    // live streams once held its HTTP server open for ever; see forceCloseConnections in bootstrapService).
    const names = ['gateway', 'applications', 'appraisals', 'notifications', 'ocop', 'operations'];
    const started = Date.now();
    await Promise.all(
      apps.map(async (app, i) => {
        const watchdog = setInterval(
          () => console.warn(`e2e close: ${names[i]} still closing after ${Date.now() - started} ms`),
          15_000,
        );
        try {
          await app.close();
        } catch (error: unknown) {
          console.warn(`closing ${names[i]} failed: ${String(error)}`);
        } finally {
          clearInterval(watchdog);
        }
      }),
    );
    for (const g of groups) await g.remove().catch(() => undefined);
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteGroups([`${operationsGroup}.dlq-index`]).catch(() => undefined);
    await admin.disconnect();
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  return { base, people, council, asUser, close, kafka, operationsGroup };
}
export type WebStack = Awaited<ReturnType<typeof startWebStack>>;
