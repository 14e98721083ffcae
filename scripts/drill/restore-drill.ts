// npm run drill:restore: a backup and restore drill that stops by itself. It never writes to the shared
// servers' data: it makes its own dossiers in a database of its own on the shared PostgreSQL (workflows in
// the shared Temporal dev server, on task queues of its own), then
//   1. backs up PostgreSQL (roles, and every schema of its database, pg_dump) and Temporal's SQLite file
//      (online backup API: a consistent copy while the server runs), and the uploaded documents;
//   2. restores them onto a FRESH PostgreSQL cluster (initdb in a temporary directory, another port) and a
//      Temporal dev server on the restored SQLite (other ports);
//   3. starts the system on the copy (other Kafka topic prefix) and checks that every table's rows, every
//      dossier, task and document is there, and that a workflow continues: an officer's action advances a
//      restored dossier and its next task appears.
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
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { calculateJwkThumbprint, SignJWT, type JWK } from 'jose';
import { Client } from 'pg';
import { createKafka } from '@kc/messaging';
import { createAppDataSource, migrateDataSource } from '@kc/persistence';
import { databaseSnapshot, changes } from '../../test/fuzz/state-snapshot';
import { serviceDefinitions } from '../service-definitions';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const PG_BIN = '/usr/lib/postgresql/15/bin';
const OWNER_URL = process.env.DRILL_OWNER_URL ?? 'postgres://khuyencong:khuyencong@127.0.0.1:5432/khuyencong';
const SHARED_PG_PORT = new URL(OWNER_URL).port || '5432';
const TEMPORAL_BIN = path.join(process.env.HOME ?? '/root', '.cache/khuyencong/bin/temporal');
const NAMESPACE = 'khuyencong-test';
const DOSSIERS = Number(process.env.DRILL_DOSSIERS ?? 4);
const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const DOCUMENTS = ['REQUEST_LETTER', 'BUSINESS_REGISTRATION', 'PROJECT_PROPOSAL', 'QUOTATIONS'];

const id = randomBytes(3).toString('hex');
const work = `/tmp/kc-drill-${id}`;
const dbName = `khuyencong_drill_${id}`;
const queues = { APPROVALS_TASK_QUEUE: `drill-${id}-approvals`, OCOP_TASK_QUEUE: `drill-${id}-ocop` };
const losses: string[] = [];
const summary: string[] = [];
const cleanups: (() => Promise<unknown>)[] = [];
const step = (text: string) => console.log(`[drill] ${text}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
const asPostgres = (cmd: string, args: string[]) =>
  run('runuser', ['-u', 'postgres', '--', cmd, ...args], { maxBuffer: 1 << 28 });
const withDatabase = (url: string, name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();

// ------------------------------------------------------------------ tokens and HTTP
const signingPem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const subjects = { APPLICANT: randomUUID(), LOCAL_OFFICER: randomUUID() };
async function token(role: keyof typeof subjects): Promise<string> {
  const key = createPrivateKey(signingPem);
  const kid = await calculateJwkThumbprint(createPublicKey(key).export({ format: 'jwk' }) as JWK);
  const claims = {
    email: `${role.toLowerCase()}@drill.khuyencong.test`,
    name: role,
    roles: [role],
    unit: role === 'APPLICANT' ? null : 'X-XUAN-LOC',
  };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'EdDSA', kid })
    .setSubject(subjects[role])
    .setIssuer('khuyencong-gateway')
    .setAudience('khuyencong')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(key);
}
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
async function call(
  base: string,
  role: keyof typeof subjects,
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
  const gatewayPort = await freePort();
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
        AUTH_JWKS_URL: `http://127.0.0.1:${gatewayPort}/.well-known/jwks.json`,
        AUTH_RATE_LIMIT_PER_MINUTE: '100000',
        DRILL_GATEWAY_PORT: String(gatewayPort),
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
function sharedTemporalDb(): string {
  if (process.env.DRILL_TEMPORAL_DB) return process.env.DRILL_TEMPORAL_DB;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (args.includes('start-dev') && args.includes('--namespace') && args.includes(NAMESPACE)) {
        const db = args[args.indexOf('--db-filename') + 1];
        if (db && args.includes('7233')) return db;
      }
    } catch {
      // a process that ended meanwhile
    }
  }
  throw new Error('the shared Temporal dev server (port 7233) was not found; set DRILL_TEMPORAL_DB');
}

async function backup(): Promise<void> {
  mkdirSync(`${work}/backup`, { recursive: true });
  // roles (the owner and the per-service roles, with their password hashes), then the database itself
  const globals = await asPostgres(`${PG_BIN}/pg_dumpall`, ['-p', SHARED_PG_PORT, '--globals-only']);
  writeFileSync(`${work}/backup/globals.sql`, globals.stdout);
  await run('bash', [
    '-c',
    `runuser -u postgres -- ${PG_BIN}/pg_dump -p ${SHARED_PG_PORT} -Fc -d ${dbName} > ${work}/backup/${dbName}.dump`,
  ]);
  const source = sharedTemporalDb();
  await run('python3', [
    '-c',
    [
      'import sqlite3, sys',
      "src = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)",
      'dst = sqlite3.connect(sys.argv[2])',
      'src.backup(dst)',
      'dst.close(); src.close()',
    ].join('\n'),
    source,
    `${work}/backup/temporal.db`,
  ]);
  cpSync(`${work}/documents`, `${work}/backup/documents`, { recursive: true });
  summary.push(`backup: roles + pg_dump of ${dbName}, Temporal SQLite ${source} (online backup), documents`);
}

// ------------------------------------------------------------------ phase 2: restore on fresh servers
async function restorePostgres(): Promise<string> {
  const data = `${work}/pgdata`;
  mkdirSync(data, { recursive: true });
  mkdirSync(`${work}/pgsock`, { recursive: true });
  await run('chown', ['-R', 'postgres:postgres', data, `${work}/pgsock`]);
  await run('chmod', ['755', work]);
  await asPostgres(`${PG_BIN}/initdb`, [
    '-D',
    data,
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--auth-local=peer',
    '--auth-host=scram-sha-256',
  ]);
  const port = await freePort();
  await asPostgres(`${PG_BIN}/pg_ctl`, [
    '-D',
    data,
    '-l',
    `${data}/server.log`,
    '-w',
    '-o',
    `-p ${port} -k ${work}/pgsock -c listen_addresses=127.0.0.1`,
    'start',
  ]);
  cleanups.push(() => asPostgres(`${PG_BIN}/pg_ctl`, ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => undefined));
  const psql = (args: string[]) =>
    asPostgres(`${PG_BIN}/psql`, ['-X', '-q', '-h', `${work}/pgsock`, '-p', String(port), ...args]);
  await psql(['-d', 'postgres', '-f', `${work}/backup/globals.sql`]); // "role postgres already exists" is expected
  await psql([
    '-d',
    'postgres',
    '-v',
    'ON_ERROR_STOP=1',
    '-c',
    `CREATE DATABASE ${dbName} OWNER khuyencong TEMPLATE template0 ENCODING 'UTF8'`,
  ]);
  await asPostgres(`${PG_BIN}/pg_restore`, [
    '-h',
    `${work}/pgsock`,
    '-p',
    String(port),
    '-d',
    dbName,
    '--exit-on-error',
    `${work}/backup/${dbName}.dump`,
  ]);
  summary.push(`restored PostgreSQL: fresh cluster (initdb) in ${data}, port ${port}`);
  return withDatabase(Object.assign(new URL(OWNER_URL), { port: String(port) }).toString(), dbName);
}

async function restoreTemporal(): Promise<string> {
  const [port, http, metrics] = [await freePort(), await freePort(), await freePort()];
  cpSync(`${work}/backup/temporal.db`, `${work}/temporal.db`);
  const child = spawn(
    TEMPORAL_BIN,
    [
      'server',
      'start-dev',
      '--headless',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--http-port',
      String(http),
      '--metrics-port',
      String(metrics),
      '--db-filename',
      `${work}/temporal.db`,
      '--sqlite-pragma',
      'journal_mode=wal',
      '--sqlite-pragma',
      'synchronous=normal',
      '--log-level',
      'warn',
      '--dynamic-config-value',
      'frontend.enableUpdateWorkflowExecution=true',
      '--dynamic-config-value',
      'frontend.enableUpdateWorkflowExecutionAsyncAccepted=true',
      '--dynamic-config-value',
      'limit.maxIDLength=255',
      '--namespace',
      NAMESPACE,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  cleanups.push(async () => {
    child.kill('SIGTERM');
    await Promise.race([new Promise((r) => child.once('exit', r)), sleep(15_000)]);
  });
  await until(
    'the restored Temporal server',
    async () => {
      await new Promise<void>((resolve, reject) => {
        const socket = net
          .connect(port, '127.0.0.1', () => {
            socket.end();
            resolve();
          })
          .on('error', reject);
      });
      return true;
    },
    60_000,
  );
  summary.push(`restored Temporal: dev server on the restored SQLite, port ${port}`);
  return `127.0.0.1:${port}`;
}

// ------------------------------------------------------------------ main
async function main(): Promise<void> {
  const t0 = Date.now();
  mkdirSync(`${work}/documents`, { recursive: true });
  step(`work directory ${work}; database ${dbName} (its own) on the shared PostgreSQL`);
  const admin = new Client({ connectionString: OWNER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName} TEMPLATE template0 ENCODING 'UTF8'`);
  await admin.end();
  cleanups.push(async () => {
    const again = new Client({ connectionString: OWNER_URL });
    await again.connect();
    await again.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await again.end();
  });
  const sourceUrl = withDatabase(OWNER_URL, dbName);
  for (const d of serviceDefinitions) {
    const ds = createAppDataSource({ url: sourceUrl, schema: d.schema, migrations: d.migrations, poolSize: 1 });
    await migrateDataSource(ds, d.schema).finally(() => ds.destroy());
  }
  cleanups.push(deleteDrillTopics);

  step('starting the system on the original data, making dossiers');
  const source = await startSystem('source', {
    DATABASE_URL: sourceUrl,
    KAFKA_TOPIC_PREFIX: `drill-${id}.`,
    DRILL_GROUP_PREFIX: `drill-${id}`,
    DOCUMENTS_DIR: `${work}/documents`,
  });
  const dossiers = await makeSourceData(source.base);
  const before = await observe(source.base, dossiers);
  await source.stop();
  const schemas = serviceDefinitions.map((d) => d.schema);
  const tablesBefore = await databaseSnapshot(sourceUrl, schemas);

  step('backing up');
  await backup();
  step('restoring onto a fresh PostgreSQL cluster and Temporal dev server');
  const restoredUrl = await restorePostgres();
  const restoredTemporal = await restoreTemporal();
  const tablesAfter = await databaseSnapshot(restoredUrl, schemas);
  losses.push(...changes(tablesBefore, tablesAfter).map((c) => `table ${c}`));
  cpSync(`${work}/backup/documents`, `${work}/restored-documents`, { recursive: true });

  step('starting the system on the restored copy');
  const restored = await startSystem('restored', {
    DATABASE_URL: restoredUrl,
    TEMPORAL_ADDRESS: restoredTemporal,
    KAFKA_TOPIC_PREFIX: `drill-${id}-restored.`,
    DRILL_GROUP_PREFIX: `drill-${id}-restored`,
    DOCUMENTS_DIR: `${work}/restored-documents`,
  });
  const after = await observe(restored.base, dossiers);
  for (const [key, value] of Object.entries(before))
    if (after[key] !== value) losses.push(`${key}: ${value} before, ${after[key] ?? 'missing'} after`);

  step('an officer acts on a restored dossier: its workflow must continue');
  const waiting = dossiers.find((_d, n) => n % 2 === 1) ?? dossiers[0]!;
  const reception = (await openTasks(restored.base, waiting.id)).find((t) => t.stage === 'RECEPTION');
  let continued = 'no RECEPTION task to act on';
  if (reception) {
    const done = await call(
      restored.base,
      'LOCAL_OFFICER',
      'POST',
      `/api/appraisals/tasks/${reception.taskId}/accept`,
      {},
    );
    const next = await until('the next task on the restored system', async () =>
      (await openTasks(restored.base, waiting.id)).find((t) => t.stage === 'LOCAL_REVIEW'),
    ).catch(() => undefined);
    continued = `accept → workflow at ${done.state?.stage}, next task ${next ? `${next.stage} ${next.taskId}` : 'MISSING'}`;
    if (done.state?.stage !== 'LOCAL_REVIEW' || !next) losses.push(`workflow did not continue: ${continued}`);
  } else losses.push(`workflow did not continue: ${continued}`);
  await restored.stop();

  const count = (kind: string) => Object.keys(before).filter((k) => k.startsWith(kind)).length;
  const rows = (table: string) => tablesBefore[table]?.split(':')[0] ?? '0';
  console.log('\n==== restore drill summary ====');
  for (const line of summary) console.log(line);
  console.log(
    `tables compared: ${Object.keys(tablesBefore).length} (rows and checksums): ${changes(tablesBefore, tablesAfter).length} differ`,
  );
  console.log(
    `dossiers ${count('dossier')} (rows ${rows('applications.dossiers')}), open tasks ${count('task')} (rows ${rows('appraisals.tasks')}), documents ${count('document')}, OCOP certificates rows ${rows('ocop.certificates')}`,
  );
  console.log(`workflow continues: ${continued}`);
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
