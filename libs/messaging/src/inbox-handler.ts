import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@kc/contracts';

/** What a handler gets besides the event: the transaction its effect must use, and where it came from. */
export interface InboxContext {
  /** The transaction that also records the event id in the inbox: use it for every write. */
  manager: EntityManager;
  topic: string;
  /** 0 on first delivery, then 1, 2, … on retries. */
  attempt: number;
}

export type InboxHandler = (envelope: EventEnvelope, context: InboxContext) => Promise<void>;

/** Finds the handler for an event type; undefined means the consumer records the event and ignores it. */
export type HandlerLookup = (eventType: string) => InboxHandler | undefined;
