import type { DataSource } from 'typeorm';
import { assertSqlIdentifier } from './sql-identifier';

export interface InboxRetentionOptions {
  schema: string;
  /** Inbox rows older than this are deleted: far beyond the retry horizon (attempts × backoff: minutes). */
  retentionDays: number;
  /** Rows deleted per statement, so a first sweep over a large inbox never holds a long lock. */
  batchSize?: number;
}

/**
 * The inbox only has to remember an event id for as long as Kafka may redeliver it (a rebalance before
 * the commit, a retry-topic round trip); after that the row is dead weight that slows every insert.
 * Deletes processed rows older than the retention, in batches; returns how many it deleted.
 */
export async function sweepInbox(dataSource: DataSource, options: InboxRetentionOptions): Promise<number> {
  assertSqlIdentifier(options.schema);
  const batch = options.batchSize ?? 5000;
  let total = 0;
  for (;;) {
    const [, deleted] = (await dataSource.query(
      `DELETE FROM "${options.schema}".inbox WHERE ctid IN (
         SELECT ctid FROM "${options.schema}".inbox
         WHERE received_at < now() - make_interval(days => $1) LIMIT $2)`,
      [options.retentionDays, batch],
    )) as [unknown, number];
    total += deleted;
    if (deleted < batch) return total;
  }
}

/** Runs `sweepInbox` every `intervalMs` until stopped; a failed sweep is reported and tried at the next tick. */
export class InboxRetention {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: InboxRetentionOptions & { intervalMs: number; onError?: (error: unknown) => void },
  ) {}

  start(): void {
    if (this.options.intervalMs <= 0) return;
    this.timer = setInterval(() => {
      this.running = sweepInbox(this.dataSource, this.options).catch((error) => this.options.onError?.(error));
    }, this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
