#!/usr/bin/env node
// Runs every app as a child process with name-prefixed logs, waits until each /health answers, prints
// where to look, and on Ctrl-C (SIGINT/SIGTERM) stops them all cleanly (SIGTERM, then SIGKILL after 15 s).
// A child that dies is restarted with a growing delay, so one crash does not take the system down.
// APP_REPLICAS=n (the cluster profile sets 2) runs n replicas of every app: replica r listens on its app's
// port + APP_PORT_OFFSET + 100·r, and the gateways get every replica of each service to balance across.
// Replicas share their app's Kafka consumer group (Kafka spreads the partitions) and Temporal task queues.
const { spawn } = require('node:child_process');
const path = require('node:path');
const readline = require('node:readline');

const { servicePorts, replicaPorts, replicaEnv } = require('./replicas');

// Every service of the registry (libs/contracts/src/service-registry.json), the gateway first.
const apps = replicaPorts(servicePorts(), process.env);
const colors = [36, 32, 33, 35, 34, 31];
const width = Math.max(...apps.map(([name]) => name.length));
const children = new Map();
let stopping = false;

function prefix(name, i) {
  return `\x1b[${colors[i % colors.length]}m${name.padEnd(width)} |\x1b[0m `;
}

function pipe(stream, name, i) {
  readline.createInterface({ input: stream }).on('line', (line) => process.stdout.write(prefix(name, i) + line + '\n'));
}

function launch(name, i, restarts = 0) {
  const [, port, app] = apps[i];
  const child = spawn(process.execPath, [path.join(__dirname, 'start-compiled.js'), app], {
    cwd: path.resolve(__dirname, '..'),
    env: replicaEnv(apps, port, process.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.set(name, child);
  pipe(child.stdout, name, i);
  pipe(child.stderr, name, i);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (stopping) return;
    const delay = Math.min(30_000, 1000 * 2 ** restarts);
    process.stdout.write(prefix(name, i) + `exited (${signal ?? code}); restarting in ${delay / 1000} s\n`);
    setTimeout(() => !stopping && launch(name, i, restarts + 1), delay);
  });
}

async function healthy(port) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) });
    return res.status === 200;
  } catch {
    return false;
  }
}

// Waits until the named apps answer /health (all by default); returns those that did not within the time.
async function waitForAll(timeoutMs = 120_000, names = apps.map(([name]) => name)) {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(names);
  while (pending.size > 0 && Date.now() < deadline && !stopping) {
    for (const [name, port] of apps) if (pending.has(name) && (await healthy(port))) pending.delete(name);
    if (pending.size > 0) await new Promise((r) => setTimeout(r, 500));
  }
  return [...pending];
}

function shutdown() {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping apps (infrastructure keeps running; `npm run infra:down` stops it)…');
  for (const child of children.values()) child.kill('SIGTERM');
  const force = setTimeout(() => children.forEach((c) => c.kill('SIGKILL')), 15_000);
  const check = setInterval(() => {
    if (children.size === 0) {
      clearTimeout(force);
      clearInterval(check);
      process.exit(0);
    }
  }, 100);
}

process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
apps.forEach(([name], i) => launch(name, i));
waitForAll().then((unhealthy) => {
  if (stopping) return;
  const ui = process.env.TEMPORAL_UI_PORT ?? '8233';
  const mail = process.env.MAIL_UI_PORT ?? '8025';
  const web = apps[0][1];
  const lines = [
    '',
    unhealthy.length
      ? `\x1b[31mnot healthy yet: ${unhealthy.join(', ')} (see their logs above)\x1b[0m`
      : '\x1b[32mAll services are up.\x1b[0m',
    `  Web (cổng thông tin)      http://127.0.0.1:${web}/`,
    ...apps.map(
      ([name, port]) => `  ${`${name} API docs`.padEnd(25)} http://127.0.0.1:${port}/docs   (health: /health)`,
    ),
    `  Temporal UI               http://127.0.0.1:${ui}/namespaces/khuyencong/workflows`,
    `  Mail UI (maildev)         http://127.0.0.1:${mail}/`,
    'Press Ctrl-C to stop the apps.',
    '',
  ];
  console.log(lines.join('\n'));
  // on a loaded machine (or with APP_REPLICAS=2) some apps take longer: say when the last of them is up
  if (unhealthy.length > 0) waitForLate(unhealthy);
});

async function waitForLate(names) {
  const started = Date.now();
  const still = await waitForAll(30 * 60_000, names);
  if (stopping) return;
  const after = `${Math.round((Date.now() - started) / 1000)} s later`;
  console.log(
    still.length
      ? `\x1b[31mstill not healthy ${after}: ${still.join(', ')}\x1b[0m`
      : `\x1b[32mAll services are up (${names.join(', ')} ${after}).\x1b[0m`,
  );
}
