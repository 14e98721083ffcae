// The real services of the web app in this Jest process, on the test database, broker (test topics) and
// Temporal namespace: every service of the registry (appraisals and ocop with their workers) and the gateway
// serving apps/web/dist. Each run makes its own officer accounts.
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { hashPassword } from '@kc/auth';
import { createKafka, OutboxWriter } from '@kc/messaging';
import { Client } from 'pg';
import { migrateTestSchema, testEnv } from '@kc/testing';
import { serviceDefinitions } from '../../scripts/service-definitions';
import { announceAccount } from '../../apps/gateway/src/identity/account-announcement';
import { seedOrgUnits } from '../../apps/gateway/src/seed/seed-demo-data';
import { groupOf, prepareGroups, startServicesInProcess } from '../system/services-in-process';

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

export async function startWebStack() {
  if (!fs.existsSync(path.join(__dirname, '../../apps/web/dist/index.html')))
    throw new Error('apps/web/dist is missing: run `npm run build:web` first (npm test does)');
  const kafka = createKafka('web-e2e', testEnv.kafkaBrokers);
  const tag = randomBytes(3).toString('hex');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-web-e2e-'));

  for (const d of serviceDefinitions) await migrateTestSchema(d);
  // Accounts name their unit: the province's units are there even on a test database nothing seeded yet.
  const owner = new Client({ connectionString: testEnv.databaseUrl });
  await owner.connect();
  await seedOrgUnits(owner).finally(() => owner.end());
  const prefix = `web-e2e-${tag}`;
  const groups = await prepareGroups(kafka, prefix);
  const operationsGroup = groupOf(prefix, 'operations');
  Object.assign(process.env, {
    OPERATIONS_CONSUMER_GROUP: operationsGroup,
    DOCUMENTS_DIR: path.join(tmp, 'documents'),
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
  // Every service of the registry, then the gateway (serving the web build) in front of them; the services
  // verify the gateway's real tokens.
  const system = await startServicesInProcess(prefix);
  const { base, gateway } = system;

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
    await system.close();
    await groups.remove();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteGroups([`${operationsGroup}.dlq-index`]).catch(() => undefined);
    await admin.disconnect();
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  return { base, people, council, asUser, close, kafka, operationsGroup };
}
export type WebStack = Awaited<ReturnType<typeof startWebStack>>;
