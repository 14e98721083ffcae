// Starting the private servers (PostgreSQL, Kafka, Temporal, maildev) of `npm run chaos` and the restore
// drill on ports of their own: they cannot listen on port 0 and say where they are, as the apps do, so each
// gets ports that were free a moment ago, and others if something took one before the server bound it.
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import net from 'node:net';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A port nothing listens on now (listen on 0, read it, close): another process may still take it first. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

export const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => resolve(!!socket.end()));
    socket.on('error', () => resolve(false));
  });

/**
 * Runs `start` on `count` ports free a moment ago, and again on other ones if it fails (a port taken between
 * the check and the server's bind makes the server exit): `start` must fail, not hang, when a port is taken.
 */
export async function onFreePorts<T>(count: number, start: (ports: number[]) => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const ports = await Promise.all(Array.from({ length: count }, freePort));
    try {
      return await start(ports);
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}

/** A long-running server process, logged to a file, that can be SIGKILLed and started again. */
export class ServerProcess {
  private child?: ChildProcess;
  constructor(
    private readonly name: string,
    private readonly log: string,
    private readonly command: () => [string, string[]],
  ) {}
  start(): void {
    const [cmd, args] = this.command();
    const out = openSync(this.log, 'a');
    this.child = spawn(cmd, args, { stdio: ['ignore', out, out] });
  }
  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await Promise.race([exited, sleep(30_000)]);
    if (this.running) child.kill('SIGKILL');
  }
  /** Waits until `probe` answers true; fails at once if the process exited (a port taken, a bad setting). */
  async ready(probe: () => Promise<boolean>, ms = 180_000): Promise<void> {
    const end = Date.now() + ms;
    while (!(await probe().catch(() => false))) {
      if (!this.running) throw new Error(`${this.name} exited while starting (see ${this.log})`);
      if (Date.now() > end) throw new Error(`${this.name} not ready after ${ms / 1000} s (see ${this.log})`);
      await sleep(500);
    }
  }
  /** Starts the process and waits until it is ready; stops it again if it is not. */
  async startReady(probe: () => Promise<boolean>, ms?: number): Promise<void> {
    this.start();
    await this.ready(probe, ms).catch(async (error: unknown) => {
      await this.kill();
      throw error;
    });
  }
  get pid(): number | undefined {
    return this.child?.pid;
  }
  toString(): string {
    return this.name;
  }
}
