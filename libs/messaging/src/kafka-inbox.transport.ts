import { Server, type CustomTransportStrategy } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { InboxConsumer } from './inbox-consumer';
import type { RetryPolicy } from './failure-routing';
import type { InboxHandler } from './inbox-handler';

export interface KafkaInboxTransportOptions {
  kafka: Kafka;
  dataSource: DataSource;
  schema: string;
  group: string;
  topics: readonly string[];
  policy: RetryPolicy;
  acceptUnknownTypes?: boolean;
}

/**
 * A Nest microservice transport: `@EventPattern(EventTypes.X)` handlers receive `(envelope, InboxContext)`
 * and run inside the inbox transaction (use `@Ctx() ctx.manager` for every write).
 * Nest's stock Kafka server commits per message and has no inbox, retry topic or DLQ, hence this strategy.
 */
export class KafkaInboxTransport extends Server implements CustomTransportStrategy {
  private consumer: InboxConsumer | undefined;
  private starting: Promise<void> | undefined;
  private closed = false;

  constructor(private readonly options: KafkaInboxTransportOptions) {
    super();
  }

  /**
   * Reports itself listening at once and connects in the background, retrying, so the service boots (and
   * `/health` says kafka: down) while Kafka is away. A consumer kafkajs gives up on ends the process
   * gracefully, for the supervisor to restart it, rather than leave a service that silently consumes nothing.
   */
  listen(callback: (...optionalParams: unknown[]) => unknown): void {
    this.consumer = new InboxConsumer({
      ...this.options,
      handlers: (type) => this.handlerFor(type),
      logger: { warn: (obj, msg) => this.logger.warn({ ...obj, msg }) },
      onFatal: (error) => {
        this.logger.error({ msg: 'Kafka consumer stopped for good; shutting down to be restarted', err: error });
        // Inside a test runner the services share the runner's process: a consumer dying after the test
        // environment is torn down must not SIGTERM the whole run (seen in the browser tier's teardown).
        if (process.env.JEST_WORKER_ID) return;
        process.kill(process.pid, 'SIGTERM');
      },
    });
    this.starting = this.startWithRetry(this.consumer);
    callback();
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.starting;
    await this.consumer?.stop();
  }

  private async startWithRetry(consumer: InboxConsumer): Promise<void> {
    for (let attempt = 1; !this.closed; attempt++) {
      try {
        await consumer.start();
        return;
      } catch (error) {
        await consumer.stop().catch(() => undefined);
        this.logger.warn({ msg: 'Kafka consumer could not start; retrying', attempt, err: (error as Error).message });
        await new Promise((r) => setTimeout(r, Math.min(1000 * attempt, 10_000)));
      }
    }
  }

  on(): never {
    throw new Error('KafkaInboxTransport does not emit transport events');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  private handlerFor(type: string): InboxHandler | undefined {
    const handler = this.getHandlerByPattern(type);
    if (!handler) return undefined;
    return async (envelope, context) => {
      await lastValueFrom(this.transformToObservable(await handler(envelope, context)), { defaultValue: undefined });
    };
  }
}
