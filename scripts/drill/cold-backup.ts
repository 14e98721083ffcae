// The restore drill's cold backup: with the source's PostgreSQL and Temporal server stopped cleanly, a copy
// of their files (the cluster's data directory, Temporal's SQLite file), then both started again from that
// copy on other ports, as a restore onto a new machine from a file-level backup would.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { startTemporal } from '../../test/chaos/private-stack';
import { onFreePorts } from '../../test/chaos/server-process';

const run = promisify(execFile);
const PG_BIN = '/usr/lib/postgresql/15/bin';

interface Stoppable {
  stop(): Promise<unknown>;
}

/** Stops the source servers, then copies their files to `dir` (ownership and modes kept). */
export async function coldBackup(
  pg: Stoppable & { data: string },
  temporal: Stoppable & { dbFile: string },
  dir: string,
): Promise<void> {
  await temporal.stop();
  await pg.stop();
  mkdirSync(dir, { recursive: true });
  await run('cp', ['-a', pg.data, `${dir}/pgdata`]);
  for (const suffix of ['', '-wal', '-shm'])
    if (existsSync(`${temporal.dbFile}${suffix}`)) cpSync(`${temporal.dbFile}${suffix}`, `${dir}/temporal.db${suffix}`);
}

/**
 * Starts PostgreSQL on a copy of the cold backup's data directory and Temporal on a copy of its SQLite file,
 * in `work`; answers the owner URL, Temporal's address and how to stop both.
 */
export async function startFromColdBackup(dir: string, work: string, database: string) {
  mkdirSync(`${work}/pgsock`, { recursive: true });
  await run('cp', ['-a', `${dir}/pgdata`, `${work}/pgdata`]);
  for (const suffix of ['', '-wal', '-shm'])
    if (existsSync(`${dir}/temporal.db${suffix}`))
      cpSync(`${dir}/temporal.db${suffix}`, `${work}/temporal.db${suffix}`);
  await run('chown', ['postgres:postgres', `${work}/pgsock`]);
  await run('chmod', ['755', work]);
  const ctl = (...args: string[]) =>
    run('runuser', ['-u', 'postgres', '--', `${PG_BIN}/pg_ctl`, '-D', `${work}/pgdata`, '-w', ...args]);
  // pg_ctl -w fails when the postmaster cannot bind its port: then on another one
  const port = await onFreePorts(1, async ([p]) => {
    await ctl(
      '-l',
      `${work}/pgdata/server.log`,
      '-o',
      `-p ${p} -k ${work}/pgsock -c listen_addresses=127.0.0.1`,
      'start',
    );
    return p!;
  });
  const temporal = await startTemporal(work).catch(async (error: unknown) => {
    await ctl('-m', 'fast', 'stop').catch(() => undefined);
    throw error;
  });
  return {
    url: `postgres://khuyencong:khuyencong@127.0.0.1:${port}/${database}`,
    temporalAddress: temporal.address,
    stop: async () => {
      await temporal.stop();
      await ctl('-m', 'fast', 'stop').catch(() => undefined);
    },
  };
}
