// npm run compose:smoke — the app image and the compose services really run: builds the base image (Debian
// from debootstrap + this machine's Node) and the app image with podman, starts the services of
// docker-compose.yml with podman-compose, submits a dossier through the gateway, waits for its first task in
// the commune officer's appraisals inbox, then tears everything down. Bounded: it gives up after SMOKE_TIMEOUT_S.
//
// Infrastructure: on this machine no registry image can be pulled, and Postgres, Kafka and Temporal already
// run on the host for everybody. So the app containers (and the migrate, provision and seed one-shots) use
// host networking against them, on their own database (khuyencong_smoke), topic prefix (smoke.), task
// queues and ports 3100-3105 (3000-3005 belong to `npm start`): smoke/compose-file.ts. SMOKE_PORT_BASE moves the ports.
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { stringify } from 'yaml';
import { APPS, DATABASE, HOST_PG, IMAGE, PODMAN_COMPOSE, PROJECT, TIMEOUT_MS, composeFile, portOf, root, workDir } from './smoke/settings';
import { compose, composeDown, run, say } from './smoke/commands';
import { smokeCompose } from './smoke/compose-file';
import { healthy, submitAndSeeFirstTask, until } from './smoke/gateway-dossier';

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

/** podman, runc, debootstrap and podman-compose present; the base image and the app image built. */
function buildImages(): void {
  run('bash', ['-c', 'source infra/docker/podman-env.sh && ensure_container_tools']);
  const composeVersion = run(PODMAN_COMPOSE, ['version'], { quiet: true }).split('\n').find((l) => /podman-compose/i.test(l));
  say(`podman ${run('podman', ['--version'], { quiet: true }).trim()}, ${composeVersion ?? 'podman-compose'}`);
  const base = run('bash', ['infra/docker/build-base-image.sh']).trim().split('\n').pop() ?? '';
  say(`base image ${base}`);
  const t0 = Date.now();
  run('podman', ['build', '--format', 'docker', '--build-arg', `NODE_IMAGE=${base}`, '-f', 'infra/docker/Dockerfile', '-t', IMAGE, '.'], { quiet: true });
  const size = run('podman', ['image', 'inspect', '-f', '{{.Size}}', IMAGE], { quiet: true }).trim();
  const user = run('podman', ['image', 'inspect', '-f', '{{.Config.User}}', IMAGE], { quiet: true }).trim();
  say(`app image ${IMAGE} built in ${Math.round((Date.now() - t0) / 1000)}s (${Math.round(Number(size) / 1e6)} MB, user ${user})`);
}

/** The one-shots, then every app up and healthy (its /health, and the image's HEALTHCHECK once). */
async function startStack(): Promise<void> {
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
  // podman has no systemd timers here to run the image's HEALTHCHECK on schedule, so run it once per container
  for (const app of APPS) run('podman', ['healthcheck', 'run', `${PROJECT}-${app}`], { quiet: true });
  say(`podman healthcheck run: healthy in all ${APPS.length} containers`);
  const states = run('podman', ['ps', '--filter', `name=${PROJECT}-`, '--format', '{{.Names}} {{.Status}}'], { quiet: true });
  for (const line of states.trim().split('\n')) say(`  ${line}`);
}

async function main(): Promise<void> {
  buildImages();
  fs.mkdirSync(workDir, { recursive: true });
  fs.writeFileSync(composeFile, stringify(smokeCompose()));
  await resetDatabase(false);
  say(`database ${DATABASE} created on the host's PostgreSQL; compose file ${path.relative(root, composeFile)}`);
  try {
    await startStack();
    await submitAndSeeFirstTask();
    say('PASS');
  } finally {
    composeDown();
    await resetDatabase(true).catch(() => undefined);
    say('torn down (containers, volumes, smoke database)');
  }
}

const watchdog = setTimeout(() => {
  console.error(`[compose:smoke] gave up after ${TIMEOUT_MS / 1000}s`);
  composeDown();
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
