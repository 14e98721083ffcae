import type { Consumer, EachBatchPayload, EachMessagePayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { MessageHeaders, retryTopic, type EventEnvelope } from '@kc/contracts';
import { producerConfig } from './create-kafka';
import { decodeMessage } from './event-validation';
import { transactionAborted } from './transaction-aborted';
import { attemptOf, headerString, routeFailure, type RetryPolicy, type Routed } from './failure-routing';
import type { HandlerLookup } from './inbox-handler';
import { recordInInbox } from './inbox-store';
import { sendRouted } from './send-routed';
import { assertSqlIdentifier } from './sql-identifier';

export interface InboxConsumerOptions {
  kafka: Kafka;
  dataSource: DataSource;
  schema: string;
  group: string;
  topics: readonly string[];
  handlers: HandlerLookup;
  policy: RetryPolicy;
  partitionsConsumedConcurrently?: number;
  /** Accept event types the catalog does not know (envelope checked only) instead of parking them in the DLQ. */
  acceptUnknownTypes?: boolean;
  logger?: { warn(obj: object, msg: string): void };
  /** Called when kafkajs gives up on a consumer for good (a non-retriable error): the service must restart. */
  onFatal?: (error: Error) => void;
}

interface Item {
  message: KafkaMessage;
  envelope: EventEnvelope;
}

/** Thrown out of the retry consumer when it stops before a message is due, so its offset is not committed. */
class StoppedBeforeDue extends Error {}

/** Marks an error thrown by a handler, as opposed to the inbox or the database failing around it. */
class HandlerFailed extends Error {
  constructor(override readonly cause: unknown) {
    super(describeFailure(cause));
  }
}

/** A handler's failure as text: Nest's RPC layer rethrows errors as plain `{ status, message }` objects. */
function describeFailure(cause: unknown): string {
  if (cause instanceof Error) return cause.message;
  const message = (cause as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(cause);
}

/**
 * Consumes a group's topics with exactly-once effect: each event's handler runs in one transaction
 * with the insert of its id into the inbox, so a redelivered event finds its id and has no effect.
 *
 * A batch first runs in one transaction (fast path). If any handler throws, the batch is rolled back and
 * replayed one event per transaction, so only the failing events go to the retry topic (with backoff)
 * and, after `maxAttempts`, to the DLQ with the reason. Messages that are not valid events go straight to
 * the DLQ. When the database itself fails, the batch is not committed and Kafka redelivers it.
 */
export class InboxConsumer {
  private main: Consumer | undefined;
  private retry: Consumer | undefined;
  private producer: Producer | undefined;
  private running = false;

  constructor(private readonly options: InboxConsumerOptions) {
    assertSqlIdentifier(options.schema);
  }

  async start(): Promise<void> {
    const { kafka, group, topics } = this.options;
    if (topics.length === 0) return;
    this.running = true;
    this.producer = kafka.producer(producerConfig);
    await this.producer.connect();

    this.main = kafka.consumer({ groupId: group, maxWaitTimeInMs: 250, allowAutoTopicCreation: false });
    this.watchForCrash(this.main);
    await this.main.connect();
    await this.main.subscribe({ topics: [...topics], fromBeginning: true });
    await this.main.run({
      eachBatchAutoResolve: false,
      // One batch per partition at a time (main topics have 6): a handler that waits on another server
      // (Temporal's start) then holds up one partition, not the whole topic.
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 6,
      eachBatch: (payload) => this.onBatch(payload),
    });

    this.retry = kafka.consumer({ groupId: `${group}.retry`, maxWaitTimeInMs: 250, allowAutoTopicCreation: false });
    this.watchForCrash(this.retry);
    await this.retry.connect();
    await this.retry.subscribe({ topics: topics.map((t) => retryTopic(t, group)), fromBeginning: true });
    await this.retry.run({ partitionsConsumedConcurrently: 3, eachMessage: (payload) => this.onRetry(payload) });
  }

  /** Stops fetching, lets the batch in flight finish, commits its offsets, then disconnects. */
  async stop(): Promise<void> {
    this.running = false;
    // The retry consumer first: a message waiting out its backoff is left for the next start, not rushed.
    await this.retry?.disconnect();
    await this.main?.disconnect();
    await this.producer?.disconnect();
  }

  private watchForCrash(consumer: Consumer): void {
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart && this.running) this.options.onFatal?.(payload.error);
    });
  }

  private async onBatch({ batch, resolveOffset, heartbeat }: EachBatchPayload): Promise<void> {
    if (batch.messages.length === 0) return;
    const failures = await this.process(batch.topic, batch.messages, heartbeat);
    await sendRouted(this.producer!, failures);
    resolveOffset(batch.messages[batch.messages.length - 1].offset);
    await heartbeat();
  }

  private async onRetry({ topic, message, heartbeat }: EachMessagePayload): Promise<void> {
    const notBefore = Number(headerString(message.headers, MessageHeaders.notBefore) ?? 0);
    // Wait out the backoff while heartbeating. Stopping meanwhile leaves the message uncommitted for the
    // next start, so a deploy does not spend its attempts early.
    while (Date.now() < notBefore) {
      if (!this.running) throw new StoppedBeforeDue('stopping before the retry is due');
      await new Promise((r) => setTimeout(r, Math.min(notBefore - Date.now(), 500)));
      await heartbeat();
    }
    const failures = await this.process(topic, [message], heartbeat);
    await sendRouted(this.producer!, failures);
  }

  /** Applies the messages; returns where the ones that failed must go. */
  private async process(topic: string, messages: KafkaMessage[], heartbeat: () => Promise<void>): Promise<Routed[]> {
    const failures: Routed[] = [];
    const items: Item[] = [];
    for (const message of messages) {
      const decoded = decodeMessage(message.value, { acceptUnknownTypes: this.options.acceptUnknownTypes });
      if (decoded.ok) items.push({ message, envelope: decoded.envelope });
      else failures.push(this.route(message, topic, decoded.reason, false));
    }
    if (items.length === 0) return failures;
    try {
      await this.applyInOneTransaction(topic, items);
    } catch (error) {
      if (!(error instanceof HandlerFailed)) throw error;
      for (const item of items) {
        await heartbeat(); // a long replay must not look like a dead member
        try {
          await this.applyInOneTransaction(topic, [item]);
        } catch (single) {
          if (!(single instanceof HandlerFailed)) throw single;
          this.options.logger?.warn(
            { eventId: item.envelope.id, type: item.envelope.type, err: single.message },
            'handler failed',
          );
          failures.push(this.route(item.message, topic, `handler failed: ${single.message}`, true));
        }
      }
    }
    return failures;
  }

  private async applyInOneTransaction(topic: string, items: Item[]): Promise<void> {
    const { dataSource, schema, group, handlers } = this.options;
    await dataSource.transaction(async (manager) => {
      const fresh = await recordInInbox(
        manager,
        schema,
        group,
        topic,
        items.map((i) => i.envelope),
      );
      for (const item of items) {
        // Postgres returns uuids in lower case; the envelope may carry upper case.
        if (!fresh.delete(item.envelope.id.toLowerCase())) continue; // seen before, or a repeat within this batch
        const handler = handlers(item.envelope.type);
        if (!handler) continue;
        try {
          await handler(item.envelope, { manager, topic, attempt: attemptOf(item.message) });
        } catch (error) {
          throw new HandlerFailed(error);
        }
      }
      // A handler that caught a database error leaves the transaction aborted, and COMMIT would then roll
      // back silently while the offset moves on: treat it as the handler's failure.
      if (await transactionAborted(manager)) throw new HandlerFailed(new Error('a handler swallowed a database error'));
    });
  }

  private route(message: KafkaMessage, topic: string, reason: string, retryable: boolean): Routed {
    return routeFailure({ message, topic, group: this.options.group, reason, retryable, policy: this.options.policy });
  }
}
