// npm run compose:smoke — the app image and the compose services really run: builds the base image (Debian
// from debootstrap + this machine's Node) and the app image with podman, starts the services of
// docker-compose.yml with podman-compose, submits a dossier through the gateway, waits for its first task in
// the commune officer's appraisals inbox, then tears everything down. Bounded: it gives up after SMOKE_TIMEOUT_S.
//
// Infrastructure: on this machine no registry image can be pulled, and Postgres, Kafka and Temporal already
// run on the host for everybody. So the app containers (and the migrate, provision and seed one-shots) use
// host networking against them, on their own database (khuyencong_smoke), topic prefix (smoke.), task
// queues and ports 3100-3105 (3000-3005 belong to `npm start`). The services, their env, healthchecks and
// one-shots are taken from docker-compose.yml; only the addresses are rewritten. SMOKE_PORT_BASE moves the ports.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { parse, stringify } from 'yaml';
import { ServiceNames, servicePort, type ServiceName } from '@kc/contracts';

const root = path.resolve(__dirname, '../..');
const PROJECT = 'kc-smoke';
const IMAGE = 'localhost/khuyencong/app:smoke';
const PORT_BASE = Number(process.env.SMOKE_PORT_BASE ?? 3100);
const TIMEOUT_MS = Number(process.env.SMOKE_TIMEOUT_S ?? 1500) * 1000;
const HOST_PG = process.env.SMOKE_POSTGRES ?? 'postgres://khuyencong:khuyencong@127.0.0.1:5432';
const DATABASE = 'khuyencong_smoke';
// every service of the registry, at the same distance from PORT_BASE as its own port from the gateway's
const APPS: string[] = ServiceNames;
const portOf = (app: string): number => PORT_BASE + servicePort(app as ServiceName) - servicePort('gateway');
const GATEWAY = `http://127.0.0.1:${portOf('gateway')}`;
const PASSWORD = 'KhuyenCong@2026';
const workDir = path.join(root, '.infra', 'compose-smoke');
const composeFile = path.join(workDir, 'docker-compose.smoke.yml');
const env = { ...process.env, CONTAINERS_CONF: path.join(__dirname, 'containers.conf') };
const PODMAN_COMPOSE =
  process.env.PODMAN_COMPOSE ??
  path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'khuyencong/podman-compose-venv/bin/podman-compose');
const started = Date.now();
const deadline = started + TIMEOUT_MS;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Service = Json;

function say(message: string): void {
  console.log(`[compose:smoke +${Math.round((Date.now() - started) / 1000)}s] ${message}`);
}

function run(cmd: string, args: string[], options: { quiet?: boolean; allowFail?: boolean } = {}): string {
  const result = spawnSync(cmd, args, {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'pipe', 'inherit'],
    timeout: Math.max(1000, deadline - Date.now()),
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 && !options.allowFail) {
    const tail = `${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').slice(-30).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} exited ${result.status ?? result.signal}\n${tail}`);
  }
  return result.stdout ?? '';
}

const compose = (...args: string[]): string => run(PODMAN_COMPOSE, ['-p', PROJECT, '-f', composeFile, ...args]);

/** The smoke stack: docker-compose.yml's apps and one-shots, on host networking against the host's servers. */
function smokeCompose(): Json {
  const source = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as Json;
  const hostEnv: Record<string, string> = {
    HOST: '127.0.0.1',
    DATABASE_URL: `${HOST_PG}/${DATABASE}`,
    KAFKA_BROKERS: '127.0.0.1:9092',
    KAFKA_TOPIC_PREFIX: 'smoke.',
    TEMPORAL_ADDRESS: '127.0.0.1:7233',
    APPROVALS_TASK_QUEUE: 'smoke-approvals',
    OCOP_TASK_QUEUE: 'smoke-ocop',
    AUTH_JWKS_URL: `${GATEWAY}/.well-known/jwks.json`,
    PUBLIC_BASE_URL: GATEWAY,
  };
  const services: Record<string, Service> = {};
  const adapt = (name: string, s: Service, extra: Record<string, string> = {}): Service => {
    const { build: _build, ports: _ports, expose: _expose, depends_on: _deps, profiles: _profiles, ...rest } = s;
    const environment: Record<string, string> = { ...(rest.environment ?? {}) };
    for (const key of Object.keys(environment)) if (key in hostEnv) environment[key] = hostEnv[key];
    for (const key of ['DATABASE_URL', 'KAFKA_BROKERS', 'TEMPORAL_ADDRESS']) environment[key] = hostEnv[key];
    for (const [key, value] of Object.entries(environment)) {
      // the gateway's service URLs: http://<app>:<port> -> http://127.0.0.1:<smoke port of app>
      const m = /^http:\/\/([a-z]+):\d+$/.exec(String(value));
      if (m && APPS.includes(m[1])) environment[key] = `http://127.0.0.1:${portOf(m[1])}`;
    }
    return {
      ...rest,
      image: IMAGE,
      container_name: `${PROJECT}-${name}`,
      network_mode: 'host',
      environment: { ...environment, KAFKA_TOPIC_PREFIX: hostEnv.KAFKA_TOPIC_PREFIX, ...extra },
    };
  };
  for (const name of ['migrate', 'provision']) services[name] = adapt(name, source.services[name]);
  services.seed = adapt('seed', source.services.migrate, {
    APPROVALS_TASK_QUEUE: hostEnv.APPROVALS_TASK_QUEUE,
    OCOP_TASK_QUEUE: hostEnv.OCOP_TASK_QUEUE,
  });
  services.seed.command = ['node', 'scripts/run-ts.js', 'scripts/seed.ts'];
  for (const app of APPS) {
    services[app] = adapt(app, source.services[app], { PORT: String(portOf(app)), HOST: '127.0.0.1' });
    if (app === 'notifications') Object.assign(services[app].environment, { SMTP_HOST: '127.0.0.1', SMTP_PORT: '1025' });
  }
  return { name: PROJECT, services, volumes: source.volumes };
}

async function resetDatabase(drop: boolean): Promise<void> {
  const client = new Client({ connectionString: `${HOST_PG}/khuyencong` });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    if (!drop) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

async function call(method: string, url: string, token?: string, body?: unknown): Promise<Json> {
  const res = await fetch(`${GATEWAY}${url}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(20_000),
  });
  const answer = (await res.json().catch(() => ({}))) as Json;
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(answer)}`);
  return answer;
}

async function until<T>(what: string, limitMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const end = Math.min(deadline, Date.now() + limitMs);
  let last: unknown;
  while (Date.now() < end) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
  throw new Error(`${what}: not after ${Math.round(limitMs / 1000)}s${last ? ` (last error: ${String(last)})` : ''}`);
}

async function healthy(app: string): Promise<true | undefined> {
  const res = await fetch(`http://127.0.0.1:${portOf(app)}/health`, { signal: AbortSignal.timeout(4000) });
  return res.ok ? true : undefined;
}

async function submitAndSeeFirstTask(): Promise<void> {
  const login = async (user: string) =>
    (await call('POST', '/api/auth/login', undefined, { email: `${user}@khuyencong.test`, password: PASSWORD }))
      .accessToken as string;
  const applicant = await login('chu.co.so');
  const draft = await call('POST', '/api/applications/applications', applicant, {
    programCode: 'MACHINERY',
    title: 'Đề nghị hỗ trợ máy sấy hạt điều (kiểm tra container)',
    establishment: { name: 'Cơ sở cơ khí An Phát', type: 'HOUSEHOLD_BUSINESS', address: 'Ấp 3, xã Xuân Lộc, Đồng Nai' },
    localUnitCode: 'X-XUAN-LOC',
    cost: { eligibleCostVnd: 400_000_000 },
  });
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  for (const code of ['REQUEST_LETTER', 'BUSINESS_REGISTRATION', 'PROJECT_PROPOSAL', 'QUOTATIONS']) {
    const form = new FormData();
    form.append('requirementCode', code);
    form.append('file', new Blob([new Uint8Array(pdf)]), `${code}.pdf`);
    await call('POST', `/api/applications/applications/${draft.id}/documents`, applicant, form);
  }
  const submitted = await call('POST', `/api/applications/applications/${draft.id}/submit`, applicant);
  say(`submitted ${submitted.dossierCode} through the gateway (application ${draft.id})`);
  const officer = await login('can.bo.xa');
  const task = await until('the first task in the commune officer inbox', 120_000, async () => {
    const list = await call('GET', `/api/appraisals/tasks?status=open&applicationId=${draft.id}`, officer);
    return (list.items as Json[]).find((t) => t.applicationId === draft.id);
  });
  say(`first task in the appraisals inbox of can.bo.xa: stage ${task.stage}, task ${task.taskId}`);
}

async function main(): Promise<void> {
  run('bash', ['-c', 'source infra/docker/podman-env.sh && ensure_container_tools']);
  say(`podman ${run('podman', ['--version'], { quiet: true }).trim()}, ${run(PODMAN_COMPOSE, ['version'], { quiet: true }).split('\n').find((l) => /podman-compose/i.test(l)) ?? 'podman-compose'}`);
  const base = run('bash', ['infra/docker/build-base-image.sh']).trim().split('\n').pop() ?? '';
  say(`base image ${base}`);
  const t0 = Date.now();
  run('podman', ['build', '--format', 'docker', '--build-arg', `NODE_IMAGE=${base}`, '-f', 'infra/docker/Dockerfile', '-t', IMAGE, '.'], { quiet: true });
  const size = run('podman', ['image', 'inspect', '-f', '{{.Size}}', IMAGE], { quiet: true }).trim();
  const user = run('podman', ['image', 'inspect', '-f', '{{.Config.User}}', IMAGE], { quiet: true }).trim();
  say(`app image ${IMAGE} built in ${Math.round((Date.now() - t0) / 1000)}s (${Math.round(Number(size) / 1e6)} MB, user ${user})`);

  fs.mkdirSync(workDir, { recursive: true });
  fs.writeFileSync(composeFile, stringify(smokeCompose()));
  await resetDatabase(false);
  say(`database ${DATABASE} created on the host's PostgreSQL; compose file ${path.relative(root, composeFile)}`);
  try {
    for (const job of ['migrate', 'provision', 'seed']) {
      const t = Date.now();
      compose('run', '--rm', job);
      say(`one-shot ${job}: exit 0 in ${Math.round((Date.now() - t) / 1000)}s`);
    }
    compose('up', '-d', ...APPS);
    say(`up: ${APPS.join(', ')} on 127.0.0.1:${portOf(APPS[0])}-${portOf(APPS[APPS.length - 1])}`);
    for (const app of APPS) {
      await until(`${app} healthy`, 300_000, () => healthy(app));
      say(`${app}: GET /health 200`);
    }
    // the image's own HEALTHCHECK (infra/docker/healthcheck.js): podman has no systemd timers here to run it
    // on schedule, so run it once per container
    for (const app of APPS) run('podman', ['healthcheck', 'run', `${PROJECT}-${app}`], { quiet: true });
    say(`podman healthcheck run: healthy in all ${APPS.length} containers`);
    const states = run('podman', ['ps', '--filter', `name=${PROJECT}-`, '--format', '{{.Names}} {{.Status}}'], { quiet: true });
    for (const line of states.trim().split('\n')) say(`  ${line}`);
    await submitAndSeeFirstTask();
    say('PASS');
  } finally {
    run(PODMAN_COMPOSE, ['-p', PROJECT, '-f', composeFile, 'down', '-v'], { quiet: true, allowFail: true });
    await resetDatabase(true).catch(() => undefined);
    say('torn down (containers, volumes, smoke database)');
  }
}

const watchdog = setTimeout(() => {
  console.error(`[compose:smoke] gave up after ${TIMEOUT_MS / 1000}s`);
  run(PODMAN_COMPOSE, ['-p', PROJECT, '-f', composeFile, 'down', '-v'], { quiet: true, allowFail: true });
  process.exit(1);
}, TIMEOUT_MS + 60_000);
watchdog.unref();

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[compose:smoke] FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
