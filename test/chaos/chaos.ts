// npm run chaos: proves that nothing is lost or done twice under faults. It stops by itself, on loopback
// only, and never touches the shared servers: it starts a private PostgreSQL cluster, Kafka broker,
// Temporal dev server and mail catcher on ports of their own (private-stack.ts), migrates, and runs the six
// apps under the project's supervisor (scripts/supervise.js) against them. Then it
//   1. takes CHAOS_DOSSIERS dossiers (default 1,000) through the gateway to targets spread over every stage
//      (submitted only, … , disbursed and completed), CHAOS_CONCURRENCY at a time;
//   2. meanwhile SIGKILLs every app CHAOS_KILLS_PER_APP times (default 2) at random moments (the supervisor
//      restarts it), and kills and restarts the Kafka broker, the Temporal server and PostgreSQL once each;
//   3. waits for the system to settle and checks every dossier's stage in every service, its open tasks,
//      budget reservation and workflow, the counts across services, and that nothing exists twice.
// Prints a summary; exits 1 on any loss or duplicate. Tears everything down at the end, also on failure
// or Ctrl-C. CHAOS_SEED replays a fault order; CHAOS_SKIP_BUILD=yes reuses an existing dist/.
import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createAppDataSource, migrateDataSource } from '@kc/persistence';
import { insertCompleteDrafts } from '../../apps/applications/bench/complete-drafts';
import { serviceDefinitions } from '../../scripts/service-definitions';
import { actors, signingPem } from './actors';
import { startSupervisedApps, waitHealthy, type SupervisedApps } from './apps-under-supervisor';
import { DossierDriver, TARGETS } from './drive-dossiers';
import { faultPlan, injectFaults, seededRandom } from './faults';
import { startPrivateStack, type PrivateStack } from './private-stack';
import { settle, type Dossier, type Findings } from './verify';

const ROOT = path.resolve(__dirname, '../..');
const N = Number(process.env.CHAOS_DOSSIERS ?? 1000);
const CONCURRENCY = Number(process.env.CHAOS_CONCURRENCY ?? 16);
const KILLS_PER_APP = Number(process.env.CHAOS_KILLS_PER_APP ?? 2);
const SEED = Number(process.env.CHAOS_SEED ?? randomInt(1, 2 ** 31));
const FAULT_GAP_MS = 1000 * Number(process.env.CHAOS_FAULT_GAP_S ?? Math.min(60, Math.max(5, N / 40)));
const SETTLE_MS = 1000 * Number(process.env.CHAOS_SETTLE_S ?? 600);
const log = (s: string) => console.log(`[chaos ${new Date().toISOString().slice(11, 19)}] ${s}`);

const work = mkdtempSync('/tmp/kc-chaos-');
let stack: PrivateStack | undefined;
let apps: SupervisedApps | undefined;
let db: DataSource | undefined;
let tornDown = false;

async function teardown(): Promise<void> {
  if (tornDown) return;
  tornDown = true;
  log('tearing down (apps, then the private servers)');
  await apps?.stop().catch(() => undefined);
  await db?.destroy().catch(() => undefined);
  await stack?.stop().catch(() => undefined);
}

function build(): void {
  if (process.env.CHAOS_SKIP_BUILD === 'yes') return;
  log('building the apps (tsc, workflow bundles): the supervisor runs the compiled tree');
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('npm', ['run', '--silent', 'build:workflows'], { cwd: ROOT, stdio: 'inherit' });
}

async function prepareDatabase(ownerUrl: string): Promise<DataSource> {
  for (const d of serviceDefinitions) {
    const ds = createAppDataSource({ url: ownerUrl, schema: d.schema, migrations: d.migrations, poolSize: 1 });
    await migrateDataSource(ds, d.schema).finally(() => ds.destroy());
  }
  const owner = await createAppDataSource({ url: ownerUrl, schema: 'public', poolSize: 8 }).initialize();
  // money enough for every approval, this year and next (a waitlisted approval would stop at the leader)
  const year = new Date().getFullYear();
  await owner.query(
    `INSERT INTO appraisals.program_budgets (program_code, year, total_vnd) VALUES ('MACHINERY', $1, 1e15), ('MACHINERY', $2, 1e15)
     ON CONFLICT (program_code, year) DO UPDATE SET total_vnd = EXCLUDED.total_vnd`,
    [year, year + 1],
  );
  return owner;
}

/** Runs `job` over the items with CONCURRENCY in flight, logging progress; answers the errors. */
async function pool<T>(items: T[], job: (item: T) => Promise<void>): Promise<string[]> {
  let next = 0;
  let finished = 0;
  const errors: string[] = [];
  const progress = setInterval(() => log(`dossiers at their target: ${finished}/${items.length}`), 15_000);
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) {
        await job(items[next++]!).catch((e: Error) => errors.push(e.message));
        finished++;
      }
    }),
  );
  clearInterval(progress);
  return errors;
}

function printSummary(faults: string[], findings: Findings, driver: DossierDriver, errors: string[], t0: number) {
  const byTarget = Array.from({ length: TARGETS }, (_v, t) => Math.ceil((N - t) / TARGETS));
  const lines = [
    '',
    '==== chaos summary ====',
    `seed ${SEED}; ${N} dossiers, targets per stage (submitted … completed): ${byTarget.join(' ')}`,
    `faults injected: ${faults.length}`,
    ...faults.map((f) => `  ${f}`),
    `gateway requests: ${driver.stats.requests} (${driver.stats.retried} failed and retried)`,
    ...Object.entries(findings.counts).map(([k, v]) => `  ${k.padEnd(48)} ${v}`),
    `driver errors: ${errors.length}${errors.length ? `\n  ${errors.slice(0, 20).join('\n  ')}` : ''}`,
    ...(driver.stats.refusals.length
      ? [
          `4xx answers (${driver.stats.refusals.length}; an action racing the task row that lags its workflow is refused, then read again):`,
          ...driver.stats.refusals.slice(0, 10).map((r) => `  ${r}`),
        ]
      : []),
    `lost: ${findings.lost.length}${findings.lost.length ? `\n  ${findings.lost.slice(0, 40).join('\n  ')}` : ''}`,
    `duplicated: ${findings.duplicated.length}${findings.duplicated.length ? `\n  ${findings.duplicated.slice(0, 40).join('\n  ')}` : ''}`,
    `time: ${Math.round((Date.now() - t0) / 1000)} s; logs in ${work} (removed when nothing is lost or duplicated)`,
  ];
  console.log(lines.join('\n'));
}

async function main(): Promise<number> {
  const t0 = Date.now();
  log(`work directory ${work}; ${N} dossiers, seed ${SEED}`);
  build();
  stack = await startPrivateStack(work, (s) => log(`private ${s}`));
  db = await prepareDatabase(stack.ownerUrl);
  mkdirSync(`${work}/documents`, { recursive: true });
  const ids = await insertCompleteDrafts(
    db,
    actors.applicants.map((a) => a.id),
    N,
  );
  apps = await startSupervisedApps(
    stack,
    {
      AUTH_SIGNING_KEYS: signingPem,
      APPROVAL_COUNCIL_MEMBER_IDS: actors.council.map((m) => m.id).join(','),
      DOCUMENTS_DIR: `${work}/documents`,
      AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
      DIGEST_HOUR: '-1',
      DLQ_CHECK_MS: '0',
      LOG_LEVEL: 'warn',
    },
    `${work}/apps.log`,
  );
  await waitHealthy(apps);
  log(`apps up under the supervisor, gateway ${apps.gateway}`);

  const dossiers: Dossier[] = ids.map((id, i) => ({ id, target: i % TARGETS }));
  const driver = new DossierDriver(apps.gateway, db);
  const random = seededRandom(SEED);
  let inFlight = true;
  const faults = injectFaults(faultPlan(stack, apps, KILLS_PER_APP, random), FAULT_GAP_MS, random, () => inFlight, log);
  // insertCompleteDrafts gave draft i to applicant i mod their number
  const applicantOf = new Map(ids.map((id, i) => [id, actors.applicants[i % actors.applicants.length]!]));
  const errors = await pool(dossiers, (d) => driver.drive(d.id, applicantOf.get(d.id)!, d.target));
  inFlight = false;
  log('every dossier driven; injecting what is left of the faults');
  const injected = await faults;
  await waitHealthy(apps);
  log('settling: waiting until every service agrees (or CHAOS_SETTLE_S)');
  const findings = await settle(db, stack.temporalAddress, dossiers, SETTLE_MS);
  printSummary(injected, findings, driver, errors, t0);
  return findings.lost.length + findings.duplicated.length + errors.length === 0 ? 0 : 1;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    log(`${signal}: stopping`);
    void teardown().finally(() => {
      rmSync(work, { recursive: true, force: true });
      process.exit(130);
    });
  });

void main()
  .catch((error: unknown) => {
    console.error(`[chaos] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  })
  .then(async (code) => {
    await teardown();
    if (code === 0) rmSync(work, { recursive: true, force: true });
    else console.error(`[chaos] kept ${work} (logs, data) for a look`);
    process.exit(code);
  });
