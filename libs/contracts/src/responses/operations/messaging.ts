// The operations API's dead-letter queues, consumer lag and relay backlog.
import type { TablePage } from './indicators';

export interface DlqQuery {
  group?: string;
  originalTopic?: string;
  eventType?: string;
  reasonContains?: string;
  status?: 'PARKED' | 'REDRIVEN' | 'DISCARDED';
}
export interface DlqRow<At = string> {
  id: string;
  dlqTopic: string;
  consumerGroup: string;
  originalTopic: string;
  eventId: string | null;
  eventType: string | null;
  messageKey: string | null;
  reason: string | null;
  failedAt: At | null;
  status: 'PARKED' | 'REDRIVEN' | 'DISCARDED';
  handledBy: string | null;
  handledReason: string | null;
  handledAt: At | null;
}
/** A parked message with what is needed to send it again: its value and Kafka headers as they arrived. */
export interface DlqMessage<At = string> extends DlqRow<At> {
  value: string | null;
  headers: Record<string, string | null>;
}
export interface DlqDetail<At = string> extends DlqMessage<At> {
  /** The value read as JSON (the event's envelope), or null when it is not JSON. */
  envelope: unknown;
}
export interface DlqActionBody {
  ids?: string[];
  filter?: Omit<DlqQuery, 'status'>;
  reason: string;
  dryRun: boolean;
}
export interface DlqOutcome {
  dryRun: boolean;
  matched: number;
  done: number;
}
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
