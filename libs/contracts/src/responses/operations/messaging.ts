// The operations API's consumer lag and relay backlog (the dead-letter queues: dlq-messages.ts, dlq-actions.ts).
import type { TablePage } from './indicators';

export interface PartitionLag {
  group: string;
  topic: string;
  partition: number;
  committed: string;
  end: string;
  lag: string;
}
export interface ConsumerLagPage extends TablePage<PartitionLag> {
  /** The lag of every listed partition summed (a bigint, as text). */
  totalLag: string;
}
export interface OutboxBacklogRow<At = string> {
  schema: string;
  unsent: number | null;
  oldestUnsentAt: At | null;
}
