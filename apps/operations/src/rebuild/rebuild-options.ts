import type { Kafka } from 'kafkajs';
import type { WorkingDayCalendar } from '@kc/domain';

export interface RebuildOptions {
  kafka: Kafka;
  databaseUrl: string;
  calendar: WorkingDayCalendar;
  /** The schema the service reads (swapped for the rebuilt one at the end) and its consumer group. */
  liveSchema: string;
  liveGroup: string;
  /** The (prefixed) topics the service consumes. */
  topics: readonly string[];
  /** Swap the rebuilt schema in (the live service must be stopped); false leaves it beside the live one. */
  swap: boolean;
  log?: (message: string) => void;
  timeoutMs?: number;
}
