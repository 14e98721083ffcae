// The external commands of the smoke run (podman, podman-compose, bash), bounded by the run's deadline,
// and its progress lines.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PODMAN_COMPOSE, PROJECT, composeFile, deadline, root, started } from './settings';

const env = { ...process.env, CONTAINERS_CONF: path.join(__dirname, '..', 'containers.conf') };

export function say(message: string): void {
  console.log(`[compose:smoke +${Math.round((Date.now() - started) / 1000)}s] ${message}`);
}

/** Runs a command to its end; its stdout is returned, a failure throws with the tail of its output. */
export function run(cmd: string, args: string[], options: { quiet?: boolean; allowFail?: boolean } = {}): string {
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

export const compose = (...args: string[]): string =>
  run(PODMAN_COMPOSE, ['-p', PROJECT, '-f', composeFile, ...args]);

/** Stops and removes the smoke stack's containers and volumes; never throws (used on every way out). */
export const composeDown = (): void => {
  run(PODMAN_COMPOSE, ['-p', PROJECT, '-f', composeFile, 'down', '-v'], { quiet: true, allowFail: true });
};
