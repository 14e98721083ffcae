// The operations API's actions on parked messages (redrive, discard): what is asked and what was done.
import type { DlqQuery } from './dlq-messages';

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
