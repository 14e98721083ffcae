// The servers `npm run chaos` runs and breaks: a PostgreSQL cluster (initdb in a temporary directory), one
// Kafka broker and one Temporal dev server, each on ports of its own on loopback, so that killing them never
// touches the shared servers (5432, 9092, 7233) other people use. Same binaries and settings as
// infra/local/*.sh (and the restore drill's fresh cluster); every process is tracked by its own pid.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { allTopics, ServiceNames, TemporalNamespaces } from '@kc/contracts';
import { createKafka, ensureTopics } from '@kc/messaging';
import { ensureSearchAttributes } from '@kc/temporal';
import { onFreePorts, portOpen, ServerProcess } from './server-process';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const CACHE = path.join(process.env.XDG_CACHE_HOME ?? path.join(process.env.HOME ?? '/root', '.cache'), 'khuyencong');
const PG_BIN = '/usr/lib/postgresql/15/bin';
const KAFKA_LIBS = path.join(CACHE, 'kafka-3.9.1/libs');
const TEMPORAL_BIN = path.join(CACHE, 'bin/temporal');
const MAILDEV = path.join(ROOT, 'node_modules/.bin/maildev');

export interface PrivateStack {
  ownerUrl: string;
  kafkaBrokers: string;
  temporalAddress: string;
  smtpPort: number;
  restartPostgres(): Promise<void>;
  restartKafka(): Promise<void>;
  restartTemporal(): Promise<void>;
  stop(): Promise<void>;
}

const asPostgres = (cmd: string, args: string[]) =>
  run('runuser', ['-u', 'postgres', '--', cmd, ...args], { maxBuffer: 1 << 26 });

/**
 * A fresh, empty cluster in `work`/pgdata, started on a free loopback port with its socket in `work`/pgsock
 * (run as postgres: initdb refuses root). The chaos stack adds its roles; the restore drill restores into it.
 */
export async function startEmptyCluster(work: string) {
  const data = `${work}/pgdata`;
  const sock = `${work}/pgsock`;
  mkdirSync(data, { recursive: true });
  mkdirSync(sock, { recursive: true });
  await run('chown', ['-R', 'postgres:postgres', data, sock]);
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
  const ctl = (...args: string[]) => asPostgres(`${PG_BIN}/pg_ctl`, ['-D', data, '-w', ...args]);
  const startOn = (port: number) =>
    ctl(
      '-l',
      `${data}/server.log`,
      '-o',
      `-p ${port} -k ${sock} -c listen_addresses=127.0.0.1 -c max_connections=300`,
      'start',
    );
  // pg_ctl -w fails when the postmaster cannot bind its port
  const port = await onFreePorts(1, async ([p]) => (await startOn(p!), p!));
  const start = () => startOn(port);
  return {
    port,
    sock,
    data,
    start,
    /** psql as postgres over the cluster's socket. */
    psql: (args: string[]) => asPostgres(`${PG_BIN}/psql`, ['-X', '-q', '-h', sock, '-p', String(port), ...args]),
    /** Another PostgreSQL client program (pg_restore, pg_dump) as postgres, pointed at the cluster. */
    client: (program: string, args: string[]) =>
      asPostgres(`${PG_BIN}/${program}`, ['-h', sock, '-p', String(port), ...args]),
    // an immediate stop is a crash (no checkpoint): the restart replays the write-ahead log
    crash: () => ctl('-m', 'immediate', 'stop'),
    stop: () => ctl('-m', 'fast', 'stop').catch(() => undefined),
  };
}

/** A fresh cluster with the owner role `khuyencong`, the per-service roles and its database. */
export async function startPostgres(work: string) {
  const cluster = await startEmptyCluster(work);
  const roles = ServiceNames.map((s) => `CREATE ROLE ${s}_svc LOGIN PASSWORD '${s}_svc';`);
  const sql = [
    "CREATE ROLE khuyencong LOGIN CREATEDB PASSWORD 'khuyencong';",
    ...roles,
    "CREATE DATABASE khuyencong OWNER khuyencong ENCODING 'UTF8' TEMPLATE template0;",
  ];
  await cluster.psql(['-d', 'postgres', '-v', 'ON_ERROR_STOP=1', ...sql.flatMap((statement) => ['-c', statement])]);
  const { port, sock, data } = cluster;
  return {
    url: `postgres://khuyencong:khuyencong@127.0.0.1:${port}/khuyencong`,
    port,
    sock,
    data,
    restart: async () => {
      await cluster.crash();
      await cluster.start();
    },
    stop: cluster.stop,
  };
}

/** One KRaft broker (combined controller) from the cached jars, as infra/local/kafka.sh runs it. */
async function startKafka(work: string) {
  const dir = `${work}/kafka`;
  mkdirSync(`${dir}/data`, { recursive: true });
  writeFileSync(`${dir}/log4j.properties`, readFileSync(path.join(ROOT, 'infra/kafka/log4j.properties.template')));
  const java = (main: string, ...args: string[]): [string, string[]] => [
    'java',
    [
      '-Xms256m',
      '-Xmx768m',
      '-XX:+UseG1GC',
      `-Dlog4j.configuration=file:${dir}/log4j.properties`,
      `-Dkafka.logs.dir=${dir}`,
      '-cp',
      `${KAFKA_LIBS}/*`,
      main,
      ...args,
    ],
  ];
  return onFreePorts(2, async ([port, controller]) => {
    const props = readFileSync(path.join(ROOT, 'infra/kafka/server.properties.template'), 'utf8')
      .replaceAll('@HOST@', '127.0.0.1')
      .replaceAll('@PORT@', String(port))
      .replaceAll('@CONTROLLER_PORT@', String(controller))
      .replaceAll('@LOG_DIRS@', `${dir}/data`);
    writeFileSync(`${dir}/server.properties`, props);
    const [cmd, args] = java(
      'kafka.tools.StorageTool',
      'format',
      '-t',
      'Y2hhb3MtY2x1c3Rlci1pZA',
      '-c',
      `${dir}/server.properties`,
      '--ignore-formatted',
    );
    await run(cmd, args);
    const broker = new ServerProcess('kafka', `${work}/kafka.log`, () =>
      java('kafka.Kafka', `${dir}/server.properties`),
    );
    const brokers = `127.0.0.1:${port}`;
    const answers = async () => {
      const admin = createKafka('chaos-ready', [brokers]).admin();
      await admin.connect();
      await admin.listTopics().finally(() => admin.disconnect());
      return true;
    };
    await broker.startReady(answers);
    return {
      brokers,
      restart: async () => {
        await broker.kill();
        await broker.startReady(answers);
      },
      stop: () => broker.kill('SIGTERM'),
    };
  });
}

/** The Temporal dev server on `work`/temporal.db (kept across its restart), as infra/local/temporal.sh. */
export function startTemporal(work: string) {
  return onFreePorts(4, ([port, http, ui, metrics]) => startTemporalOn(work, port!, http!, ui!, metrics!));
}

async function startTemporalOn(work: string, port: number, http: number, ui: number, metrics: number) {
  const args = [
    ...['server', 'start-dev', '--headless', '--ip', '127.0.0.1', '--port', String(port)],
    ...['--http-port', String(http), '--ui-port', String(ui), '--metrics-port', String(metrics)],
    ...[
      '--db-filename',
      `${work}/temporal.db`,
      '--sqlite-pragma',
      'journal_mode=wal',
      '--sqlite-pragma',
      'synchronous=normal',
    ],
    ...['--log-level', 'warn', '--dynamic-config-value', 'frontend.enableUpdateWorkflowExecution=true'],
    ...['--dynamic-config-value', 'frontend.enableUpdateWorkflowExecutionAsyncAccepted=true'],
    ...['--dynamic-config-value', 'limit.maxIDLength=255'],
    ...Object.values(TemporalNamespaces).flatMap((ns) => ['--namespace', ns]),
  ];
  const server = new ServerProcess('temporal', `${work}/temporal.log`, () => [TEMPORAL_BIN, args]);
  const healthy = async () => {
    await run(TEMPORAL_BIN, ['operator', 'cluster', 'health', '--address', `127.0.0.1:${port}`]);
    return true;
  };
  await server.startReady(healthy);
  return {
    address: `127.0.0.1:${port}`,
    dbFile: `${work}/temporal.db`,
    restart: async () => {
      await server.kill();
      await server.startReady(healthy);
    },
    stop: () => server.kill('SIGTERM'),
  };
}

/** maildev on a port of its own, so notifications' e-mails never reach the shared catcher. */
async function startMail(work: string) {
  mkdirSync(`${work}/mail`, { recursive: true });
  return onFreePorts(2, async ([smtp, web]) => {
    const mail = new ServerProcess('mail', `${work}/mail.log`, () => [
      MAILDEV,
      [
        '--smtp',
        String(smtp),
        '--web',
        String(web),
        '--ip',
        '127.0.0.1',
        '--web-ip',
        '127.0.0.1',
        '--mail-directory',
        `${work}/mail`,
      ],
    ]);
    await mail.startReady(() => portOpen(smtp!), 60_000);
    return { smtp: smtp!, stop: () => mail.kill('SIGTERM') };
  });
}

/** Starts the whole private stack in `work`, provisions topics and search attributes like infra.sh. */
export async function startPrivateStack(work: string, log: (s: string) => void): Promise<PrivateStack> {
  const stops: (() => Promise<unknown>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  try {
    const pg = await startPostgres(work);
    stops.push(pg.stop);
    log(`PostgreSQL ${new URL(pg.url).port} (fresh cluster in ${work}/pgdata)`);
    const kafka = await startKafka(work);
    stops.push(kafka.stop);
    log(`Kafka ${kafka.brokers}`);
    const temporal = await startTemporal(work);
    stops.push(temporal.stop);
    log(`Temporal ${temporal.address}`);
    const mail = await startMail(work);
    stops.push(mail.stop);
    await ensureTopics(createKafka('chaos-provision', [kafka.brokers]), allTopics());
    await ensureSearchAttributes(temporal.address, Object.values(TemporalNamespaces));
    return {
      ownerUrl: pg.url,
      kafkaBrokers: kafka.brokers,
      temporalAddress: temporal.address,
      smtpPort: mail.smtp,
      restartPostgres: pg.restart,
      restartKafka: kafka.restart,
      restartTemporal: temporal.restart,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
