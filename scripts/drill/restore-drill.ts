// npm run drill:restore: a backup and restore drill that stops by itself. It never writes to the shared
// servers' data: its source is a PostgreSQL cluster and a Temporal dev server of its own (test/chaos's
// private servers, on other ports; Kafka is the shared one, under topic prefixes of its own). It makes
// dossiers, their tasks and documents, and an OCOP certificate, then
//   1. backs up online, the servers running: PostgreSQL (roles, and every schema of its database, pg_dump),
//      Temporal's SQLite file (online backup API: a consistent copy while the server runs), the documents;
//   2. backs up cold: both servers stopped cleanly, their files copied (cold-backup.ts);
//   3. restores the online backup onto a FRESH PostgreSQL cluster (initdb in a temporary directory, another
//      port) and a Temporal dev server on the restored SQLite, and the cold one by starting both servers on
//      copies of its files;
//   4. starts the system on each copy (other Kafka topic prefixes) and checks that every table's rows, every
//      dossier, task, document and the certificate is there, and that a workflow continues: an officer's
//      action advances a restored dossier and its next task appears.
// Prints a summary; exits 1 on any loss.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  randomUUID,
} from 'node:crypto';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { calculateJwkThumbprint, SignJWT, type JWK } from 'jose';
import { TemporalNamespaces } from '@kc/contracts';
import { createKafka } from '@kc/messaging';
import { createAppDataSource, migrateDataSource } from '@kc/persistence';
import { ensureSearchAttributes } from '@kc/temporal';
import { startEmptyCluster, startPostgres, startTemporal } from '../../test/chaos/private-stack';
import { databaseSnapshot, changes } from '../../test/fuzz/state-snapshot';
import { serviceDefinitions } from '../service-definitions';
import { coldBackup, startFromColdBackup } from './cold-backup';
import { makeOcopCertificate, observeCertificate, OCOP_PEOPLE } from './ocop-certificate';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const PG_BIN = '/usr/lib/postgresql/15/bin';
/** The owner's credentials on every cluster the drill makes (its source's, and the restored ones). */
const OWNER_URL = 'postgres://khuyencong:khuyencong@127.0.0.1:5432/khuyencong';
const NAMESPACE = TemporalNamespaces.test;
const DOSSIERS = Number(process.env.DRILL_DOSSIERS ?? 4);
const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const DOCUMENTS = ['REQUEST_LETTER', 'BUSINESS_REGISTRATION', 'PROJECT_PROPOSAL', 'QUOTATIONS'];

const id = randomBytes(3).toString('hex');
const work = `/tmp/kc-drill-${id}`;
const dbName = 'khuyencong';
const queues = { APPROVALS_TASK_QUEUE: `drill-${id}-approvals`, OCOP_TASK_QUEUE: `drill-${id}-ocop` };
const losses: string[] = [];
const summary: string[] = [];
const cleanups: (() => Promise<unknown>)[] = [];
const step = (text: string) => console.log(`[drill] ${text}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const withDatabase = (url: string, name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();

// ------------------------------------------------------------------ tokens and HTTP
const signingPem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const people = {
  APPLICANT: { role: 'APPLICANT', unit: null },
  LOCAL_OFFICER: { role: 'LOCAL_OFFICER', unit: 'X-XUAN-LOC' },
  ...OCOP_PEOPLE,
} as const;
const subjects = Object.fromEntries(Object.keys(people).map((who) => [who, randomUUID()])) as Record<
  keyof typeof people,
  string
>;
async function token(who: keyof typeof people): Promise<string> {
  const key = createPrivateKey(signingPem);
  const kid = await calculateJwkThumbprint(createPublicKey(key).export({ format: 'jwk' }) as JWK);
  const claims = {
    email: `${who.toLowerCase()}@drill.khuyencong.test`,
    name: who,
    roles: [people[who].role],
    unit: people[who].unit,
  };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'EdDSA', kid })
    .setSubject(subjects[who])
    .setIssuer('khuyencong-gateway')
    .setAudience('khuyencong')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(key);
}
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
async function call(
  base: string,
  role: keyof typeof people,
  method: string,
  url: string,
  body?: unknown,
): Promise<Json> {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: {
      authorization: `Bearer ${await token(role)}`,
      ...(body && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  });
  const answer = (await res.json().catch(() => ({}))) as Json;
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(answer)}`);
  return answer;
}
async function bytesOf(base: string, url: string): Promise<string> {
  const res = await fetch(`${base}${url}`, { headers: { authorization: `Bearer ${await token('APPLICANT')}` } });
  if (!res.ok) throw new Error(`GET ${url} → ${res.status}`);
  return createHash('sha256')
    .update(Buffer.from(await res.arrayBuffer()))
    .digest('hex');
}
async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 90_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(500);
  }
}
const openTasks = async (base: string, applicationId: string) =>
  (await call(base, 'LOCAL_OFFICER', 'GET', `/api/appraisals/tasks?status=open&applicationId=${applicationId}`))
    .items as Json[];

// ------------------------------------------------------------------ the system as a child process
async function startSystem(
  name: string,
  env: Record<string, string>,
): Promise<{ base: string; stop(): Promise<void> }> {
  const log = path.join(work, `${name}.log`);
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'scripts/run-ts.js'), 'scripts/drill/system-process.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ...queues,
        ...env,
        NODE_ENV: 'development',
        DATABASE_SERVICE_ROLES: 'on',
        TEMPORAL_NAMESPACE: NAMESPACE,
        AUTH_SIGNING_KEYS: signingPem,
        AUTH_RATE_LIMIT_PER_MINUTE: '100000',
        DIGEST_HOUR: '-1',
        DLQ_CHECK_MS: '0',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const out: string[] = [];
  child.stderr!.on('data', (d: Buffer) => out.push(d.toString()));
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out.push(d.toString());
      const ready = /READY (\S+)/.exec(d.toString());
      if (ready) resolve(ready[1]!);
    });
    child.once('exit', (code) => reject(new Error(`${name} system exited (${code}); log ${log}`)));
    setTimeout(() => reject(new Error(`${name} system not ready in 240 s; log ${log}`)), 240_000);
  }).finally(() => writeFileSync(log, out.join('')));
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await Promise.race([new Promise((r) => child.once('exit', r)), sleep(30_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
    writeFileSync(log, out.join(''));
  };
  cleanups.push(stop);
  return { base, stop };
}

// ------------------------------------------------------------------ phase 0: data to lose
async function makeSourceData(base: string): Promise<Json[]> {
  const dossiers: Json[] = [];
  for (let n = 0; n < DOSSIERS; n++) {
    const draft = await call(base, 'APPLICANT', 'POST', '/api/applications/applications', {
      programCode: 'MACHINERY',
      title: `Diễn tập khôi phục: máy sấy số ${n + 1}`,
      establishment: {
        name: `Cơ sở diễn tập ${n + 1}`,
        type: 'HOUSEHOLD_BUSINESS',
        address: 'Ấp 3, xã Xuân Lộc, Đồng Nai',
      },
      localUnitCode: 'X-XUAN-LOC',
      cost: { eligibleCostVnd: 300_000_000 + n * 1_000_000 },
    });
    for (const code of DOCUMENTS) {
      const form = new FormData();
      form.append('requirementCode', code);
      form.append('file', new Blob([new Uint8Array(PDF)]), `${code}.pdf`);
      await call(base, 'APPLICANT', 'POST', `/api/applications/applications/${draft.id}/documents`, form);
    }
    await call(base, 'APPLICANT', 'POST', `/api/applications/applications/${draft.id}/submit`);
    dossiers.push(draft);
  }
  // every dossier's workflow has made its first task; half of them are moved one stage further
  for (const [n, d] of dossiers.entries()) {
    const task = await until(`the RECEPTION task of ${d.id}`, async () =>
      (await openTasks(base, d.id)).find((t) => t.stage === 'RECEPTION'),
    );
    if (n % 2 === 0) {
      await call(base, 'LOCAL_OFFICER', 'POST', `/api/appraisals/tasks/${task.taskId}/accept`, {});
      await until(`the LOCAL_REVIEW task of ${d.id}`, async () =>
        (await openTasks(base, d.id)).find((t) => t.stage === 'LOCAL_REVIEW'),
      );
    }
  }
  return dossiers;
}

/** What a user sees of each dossier: its status, code, documents' bytes and open tasks. */
async function observe(base: string, dossiers: Json[]): Promise<Record<string, string>> {
  const seen: Record<string, string> = {};
  for (const d of dossiers) {
    const view = await call(base, 'APPLICANT', 'GET', `/api/applications/applications/${d.id}`);
    seen[`dossier ${d.id}`] = `${view.dossierCode} ${view.status}`;
    for (const doc of (view.documents ?? []) as Json[])
      seen[`document ${doc.id}`] = await bytesOf(base, `/api/applications/applications/${d.id}/documents/${doc.id}`);
    for (const t of await openTasks(base, d.id)) seen[`task ${t.taskId}`] = `${t.stage} ${t.status}`;
  }
  return seen;
}

// ------------------------------------------------------------------ phase 1: backup
interface Source {
  sock: string;
  port: number;
  temporalDb: string;
}

/** Online: the source's servers keep running while their data is copied. */
async function backup(source: Source): Promise<void> {
  mkdirSync(`${work}/backup`, { recursive: true });
  const at = `-h ${source.sock} -p ${source.port}`;
  // roles (the owner and the per-service roles, with their password hashes), then the database itself
  const globals = await run('bash', ['-c', `runuser -u postgres -- ${PG_BIN}/pg_dumpall ${at} --globals-only`], {
    maxBuffer: 1 << 26,
  });
  writeFileSync(`${work}/backup/globals.sql`, globals.stdout);
  await run('bash', [
    '-c',
    `runuser -u postgres -- ${PG_BIN}/pg_dump ${at} -Fc -d ${dbName} > ${work}/backup/${dbName}.dump`,
  ]);
  await run('python3', [
    '-c',
    [
      'import sqlite3, sys',
      "src = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)",
      'dst = sqlite3.connect(sys.argv[2])',
      'src.backup(dst)',
      'dst.close(); src.close()',
    ].join('\n'),
    source.temporalDb,
    `${work}/backup/temporal.db`,
  ]);
  cpSync(`${work}/documents`, `${work}/backup/documents`, { recursive: true });
  summary.push(
    `online backup (servers running): roles + pg_dump of ${dbName}, Temporal SQLite (backup API), documents`,
  );
}

// ------------------------------------------------------------------ phase 2: restore on fresh servers
async function restorePostgres(): Promise<string> {
  const cluster = await startEmptyCluster(work);
  cleanups.push(cluster.stop);
  await cluster.psql(['-d', 'postgres', '-f', `${work}/backup/globals.sql`]); // "role postgres already exists" is expected
  await cluster.psql([
    '-d',
    'postgres',
    '-v',
    'ON_ERROR_STOP=1',
    '-c',
    `CREATE DATABASE ${dbName} OWNER khuyencong TEMPLATE template0 ENCODING 'UTF8'`,
  ]);
  await cluster.client('pg_restore', ['-d', dbName, '--exit-on-error', `${work}/backup/${dbName}.dump`]);
  summary.push(`restored PostgreSQL: fresh cluster (initdb) in ${cluster.data}, port ${cluster.port}`);
  return withDatabase(Object.assign(new URL(OWNER_URL), { port: String(cluster.port) }).toString(), dbName);
}

async function restoreTemporal(): Promise<string> {
  cpSync(`${work}/backup/temporal.db`, `${work}/temporal.db`);
  const temporal = await startTemporal(work);
  cleanups.push(temporal.stop);
  summary.push(`restored Temporal: dev server on the restored SQLite, ${temporal.address}`);
  return temporal.address;
}

// ------------------------------------------------------------------ phase 3: the system on a copy
/** Starts the system on a restored copy: everything seen before must be seen again, and a workflow continue. */
async function checkRestored(
  name: string,
  env: Record<string, string>,
  dossiers: Json[],
  before: Record<string, string>,
): Promise<string> {
  step(`starting the system on the ${name} copy`);
  const system = await startSystem(name, {
    ...env,
    KAFKA_TOPIC_PREFIX: `drill-${id}-${name}.`,
    DRILL_GROUP_PREFIX: `drill-${id}-${name}`,
  });
  const after = { ...(await observe(system.base, dossiers)), ...(await observeCertificates(system.base, before)) };
  for (const [key, value] of Object.entries(before))
    if (after[key] !== value) losses.push(`${name}: ${key}: ${value} before, ${after[key] ?? 'missing'} after`);

  step(`an officer acts on a dossier of the ${name} copy: its workflow must continue`);
  const waiting = dossiers.find((_d, n) => n % 2 === 1) ?? dossiers[0]!;
  const reception = (await openTasks(system.base, waiting.id)).find((t) => t.stage === 'RECEPTION');
  let continued = 'no RECEPTION task to act on';
  if (reception) {
    const done = await call(
      system.base,
      'LOCAL_OFFICER',
      'POST',
      `/api/appraisals/tasks/${reception.taskId}/accept`,
      {},
    );
    const next = await until(`the next task on the ${name} system`, async () =>
      (await openTasks(system.base, waiting.id)).find((t) => t.stage === 'LOCAL_REVIEW'),
    ).catch(() => undefined);
    continued = `accept → workflow at ${done.state?.stage}, next task ${next ? `${next.stage} ${next.taskId}` : 'MISSING'}`;
    if (done.state?.stage !== 'LOCAL_REVIEW' || !next) losses.push(`${name}: workflow did not continue: ${continued}`);
  } else losses.push(`${name}: workflow did not continue: ${continued}`);
  await system.stop();
  return `${name}: ${continued}`;
}

/** The certificates among the observations, seen again on the public lookup. */
async function observeCertificates(base: string, seen: Record<string, string>): Promise<Record<string, string>> {
  const numbers = Object.keys(seen)
    .filter((k) => k.startsWith('certificate '))
    .map((k) => k.slice('certificate '.length));
  const out: Record<string, string> = {};
  for (const number of numbers) out[`certificate ${number}`] = await observeCertificate(base, number);
  return out;
}

// ------------------------------------------------------------------ main
async function main(): Promise<void> {
  const t0 = Date.now();
  mkdirSync(`${work}/documents`, { recursive: true });
  step(`work directory ${work}; the source's own PostgreSQL cluster and Temporal dev server`);
  const sourcePg = await startPostgres(`${work}/source`);
  cleanups.push(sourcePg.stop);
  const sourceTemporal = await startTemporal(`${work}/source`);
  cleanups.push(sourceTemporal.stop);
  await ensureSearchAttributes(sourceTemporal.address, Object.values(TemporalNamespaces));
  const sourceUrl = sourcePg.url;
  for (const d of serviceDefinitions) {
    const ds = createAppDataSource({ url: sourceUrl, schema: d.schema, migrations: d.migrations, poolSize: 1 });
    await migrateDataSource(ds, d.schema).finally(() => ds.destroy());
  }
  cleanups.push(deleteDrillTopics);

  step('starting the system on the original data, making dossiers and an OCOP certificate');
  const source = await startSystem('source', {
    DATABASE_URL: sourceUrl,
    TEMPORAL_ADDRESS: sourceTemporal.address,
    KAFKA_TOPIC_PREFIX: `drill-${id}.`,
    DRILL_GROUP_PREFIX: `drill-${id}`,
    DOCUMENTS_DIR: `${work}/documents`,
  });
  const dossiers = await makeSourceData(source.base);
  const certificate = await makeOcopCertificate(
    (who, method, url, body) => call(source.base, who as keyof typeof people, method, url, body),
    (who) => subjects[who as keyof typeof people],
    until,
  );
  const before = await observe(source.base, dossiers);
  before[`certificate ${certificate}`] = await observeCertificate(source.base, certificate);
  await source.stop();
  const schemas = serviceDefinitions.map((d) => d.schema);
  const tablesBefore = await databaseSnapshot(sourceUrl, schemas);

  step('backing up online (servers running), then cold (servers stopped)');
  await backup({ sock: sourcePg.sock, port: sourcePg.port, temporalDb: sourceTemporal.dbFile });
  await coldBackup(sourcePg, sourceTemporal, `${work}/backup-cold`);
  summary.push("cold backup (servers stopped cleanly): the cluster's data directory and Temporal's SQLite file");
  cpSync(`${work}/backup/documents`, `${work}/restored-documents`, { recursive: true });

  step('restoring the online backup onto a fresh PostgreSQL cluster and Temporal dev server');
  const restoredUrl = await restorePostgres();
  const restoredTemporal = await restoreTemporal();
  const tablesAfter = await databaseSnapshot(restoredUrl, schemas);
  losses.push(...changes(tablesBefore, tablesAfter).map((c) => `online: table ${c}`));
  const continued = [
    await checkRestored(
      'restored',
      { DATABASE_URL: restoredUrl, TEMPORAL_ADDRESS: restoredTemporal, DOCUMENTS_DIR: `${work}/restored-documents` },
      dossiers,
      before,
    ),
  ];

  step('starting PostgreSQL and Temporal on a copy of the cold backup');
  const cold = await startFromColdBackup(`${work}/backup-cold`, `${work}/cold`, dbName);
  cleanups.push(cold.stop);
  const tablesCold = await databaseSnapshot(cold.url, schemas);
  losses.push(...changes(tablesBefore, tablesCold).map((c) => `cold: table ${c}`));
  cpSync(`${work}/backup/documents`, `${work}/cold-documents`, { recursive: true });
  continued.push(
    await checkRestored(
      'cold',
      { DATABASE_URL: cold.url, TEMPORAL_ADDRESS: cold.temporalAddress, DOCUMENTS_DIR: `${work}/cold-documents` },
      dossiers,
      before,
    ),
  );

  const count = (kind: string) => Object.keys(before).filter((k) => k.startsWith(kind)).length;
  const rows = (table: string) => tablesBefore[table]?.split(':')[0] ?? '0';
  console.log('\n==== restore drill summary ====');
  for (const line of summary) console.log(line);
  console.log(
    `tables compared: ${Object.keys(tablesBefore).length} (rows and checksums): online ${changes(tablesBefore, tablesAfter).length} differ, cold ${changes(tablesBefore, tablesCold).length} differ`,
  );
  console.log(
    `dossiers ${count('dossier')} (rows ${rows('applications.dossiers')}), open tasks ${count('task')} (rows ${rows('appraisals.tasks')}), documents ${count('document')}, OCOP certificates ${count('certificate')} (rows ${rows('ocop.certificates')}: ${certificate} ${before[`certificate ${certificate}`]})`,
  );
  for (const line of continued) console.log(`workflow continues, ${line}`);
  console.log(`lost: ${losses.length}${losses.length ? `\n  ${losses.join('\n  ')}` : ''}`);
  console.log(`time: ${Math.round((Date.now() - t0) / 1000)} s`);
}

async function deleteDrillTopics(): Promise<void> {
  const admin = createKafka('drill-cleanup', (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',')).admin();
  await admin.connect();
  const topics = (await admin.listTopics()).filter((t) => t.startsWith(`drill-${id}`));
  if (topics.length) await admin.deleteTopics({ topics }).catch(() => undefined);
  await admin.disconnect();
}

main()
  .catch((error: unknown) => {
    losses.push(`drill failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error(`[drill] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  })
  .finally(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    if (losses.length === 0) rmSync(work, { recursive: true, force: true });
    else console.error(`[drill] kept ${work} (logs, backup) for a look`);
    process.exit(losses.length ? 1 : 0);
  });
