import { Client, type ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';

/** Reconnects after a lost listening connection: quickly at first, then no more often than this. */
const MAX_RECONNECT_DELAY_MS = 30_000;
/** How long stop() waits for the server to close the listening connection before it drops the socket. */
const STOP_TIMEOUT_MS = 2_000;

/**
 * The NOTIFY channel of a schema's outbox: the writer notifies it in the statement that inserts the rows,
 * and PostgreSQL delivers the notification when that transaction commits (never if it rolls back).
 * Channel names are cut at 63 bytes like any identifier; two long schema names that share their first 56
 * characters would only wake each other's relay for nothing.
 */
export const outboxChannel = (schema: string): string => `outbox_${schema}`.slice(0, 63);

/**
 * One connection of its own (not from the pool, which it would hold for good) that LISTENs on the outbox's
 * channel and calls `onNotify` for every committed write, so the relay sleeps until there is something to
 * send instead of polling. `listening` is false while the connection is down; the relay then polls as it
 * did before, and a reconnect calls `onNotify` once, for the rows committed while nobody listened.
 */
export class OutboxNotifications {
  private client: Client | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private reconnectDelayMs = 500;
  private stopped = false;
  listening = false;

  constructor(
    private readonly config: ClientConfig,
    private readonly channel: string,
    private readonly onNotify: () => void,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /**
   * The same server, credentials and TLS as the DataSource's pooled connections (its pg pool's own
   * options), on a connection named after the listener.
   */
  static for(dataSource: DataSource, schema: string, onNotify: () => void, onError?: (error: unknown) => void) {
    const pool = (dataSource.driver as unknown as { master: { options: ClientConfig } }).master;
    const config: ClientConfig = {
      ...pool.options,
      password: pool.options.password, // pg-pool keeps it non-enumerable: a spread leaves it behind
      application_name: `${pool.options.application_name ?? schema}-outbox-listener`.slice(0, 63),
      // A connection that died without a word (a dropped NAT entry) is noticed in minutes, not hours.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    };
    return new OutboxNotifications(config, outboxChannel(schema), onNotify, onError);
  }

  /** Connects in the background; never throws (a failure is reported, and retried). */
  start(): void {
    this.stopped = false;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    this.listening = false;
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    // end() waits for the server's goodbye, which a half-open connection never sends: do not hold up shutdown.
    const ended = client.end().catch(() => undefined);
    const timer = setTimeout(() => dropSocket(client), STOP_TIMEOUT_MS);
    await ended;
    clearTimeout(timer);
  }

  private async connect(): Promise<void> {
    const client = new Client(this.config);
    this.client = client;
    client.on('notification', () => this.onNotify());
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel}"`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.client !== client) return; // stopped meanwhile
    this.listening = true;
    this.reconnectDelayMs = 500;
    this.onNotify(); // rows committed while nobody listened
  }

  /** The connection failed or ended: poll meanwhile, and listen again later unless stopping. */
  private lost(client: Client, error?: unknown): void {
    if (this.client !== client) return; // an old connection's late event
    this.client = undefined;
    this.listening = false;
    client.end().catch(() => undefined);
    if (this.stopped) return;
    if (error) this.onError(error);
    this.onNotify(); // the relay switches to polling now, not after its current (long) sleep
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.connect(), this.reconnectDelayMs);
    this.reconnectDelayMs = Math.min(this.reconnectDelayMs * 2, MAX_RECONNECT_DELAY_MS);
  }
}

/** node-postgres has no public way to drop a connection without the goodbye; its socket is `connection.stream`. */
function dropSocket(client: Client): void {
  (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
}
