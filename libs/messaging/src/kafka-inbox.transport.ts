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
}

/**
 * A Nest microservice transport: `@EventPattern(EventTypes.X)` handlers receive `(envelope, InboxContext)`
 * and run inside the inbox transaction (use `@Ctx() ctx.manager` for every write).
 * Nest's stock Kafka server commits per message and has no inbox, retry topic or DLQ, hence this strategy.
 */
export class KafkaInboxTransport extends Server implements CustomTransportStrategy {
  private consumer: InboxConsumer | undefined;

  constructor(private readonly options: KafkaInboxTransportOptions) {
    super();
  }

  listen(callback: (...optionalParams: unknown[]) => unknown): void {
    this.consumer = new InboxConsumer({
      ...this.options,
      handlers: (type) => this.handlerFor(type),
      logger: { warn: (obj, msg) => this.logger.warn({ ...obj, msg }) },
    });
    this.consumer.start().then(
      () => callback(),
      (error: unknown) => callback(error),
    );
  }

  async close(): Promise<void> {
    await this.consumer?.stop();
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
