import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Kafka, Producer } from 'kafkajs';
import { createKafka, producerConfig } from './create-kafka';
import { KafkaHealthCheck } from './kafka-health.check';
import { kafkaSecurity, type KafkaConfig } from './kafka-config';
import { InboxRetention } from './inbox-retention';
import { OutboxRelay } from './outbox-relay';
import { OutboxWriter } from './outbox-writer';

export const KAFKA = Symbol('KAFKA');
const OPTIONS = Symbol('MESSAGING_OPTIONS');

export interface MessagingModuleOptions {
  /** Service name: the envelope's `producer` and the Kafka client id. */
  service: string;
  /** The app's schema, which holds its outbox and inbox tables. */
  schema: string;
  kafka: KafkaConfig;
  /** Run the outbox relay in this process (default true). */
  relay?: boolean;
}

/** Starts the outbox relay and the inbox retention sweep with the app; stops both (after their pass in flight) on shutdown. */
@Injectable()
class RelayLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private producer: Producer | undefined;
  private relay: OutboxRelay | undefined;
  private inboxRetention: InboxRetention | undefined;
  private readonly logger = new Logger('OutboxRelay');

  constructor(
    @Inject(OPTIONS) private readonly options: MessagingModuleOptions,
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly dataSource: DataSource,
    private readonly health: KafkaHealthCheck,
  ) {}

  onApplicationBootstrap(): void {
    this.inboxRetention = new InboxRetention(this.dataSource, {
      schema: this.options.schema,
      retentionDays: this.options.kafka.INBOX_RETENTION_DAYS,
      intervalMs: this.options.kafka.INBOX_SWEEP_MS,
      onError: (error) => this.logger.error({ err: error }, 'inbox retention sweep failed; will retry'),
    });
    this.inboxRetention.start();
    if (this.options.relay === false) return;
    // Few retries: a failed pass rolls back and the relay tries again, rather than hold rows locked for a minute.
    this.producer = this.kafka.producer({ ...producerConfig, retry: { retries: 2, initialRetryTime: 200 } });
    this.relay = new OutboxRelay(this.dataSource, this.producer, {
      schema: this.options.schema,
      batchSize: this.options.kafka.OUTBOX_BATCH_SIZE,
      idleDelayMs: this.options.kafka.OUTBOX_POLL_MS,
      wakeOnNotify: this.options.kafka.OUTBOX_NOTIFY === 'on',
      onError: (error) => this.logger.error({ err: error }, 'outbox relay pass failed; will retry'),
      onListenError: (error) =>
        this.logger.warn({ err: error }, 'outbox listener lost its connection; polling until it listens again'),
    });
    this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.inboxRetention?.stop();
    await this.relay?.stop();
    await this.producer?.disconnect();
    await this.health.close();
  }
}

function nestKafkaLogger() {
  const logger = new Logger('kafkajs');
  return {
    info: (obj: object, msg: string) => logger.log({ ...obj, msg }),
    warn: (obj: object, msg: string) => logger.warn({ ...obj, msg }),
    error: (obj: object, msg: string) => logger.error({ ...obj, msg }),
  };
}

/** Kafka client, outbox writer and relay for one app. Consumers are attached with `KafkaInboxTransport`. */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        { provide: OPTIONS, useValue: options },
        {
          provide: KAFKA,
          useFactory: () =>
            createKafka(options.service, options.kafka.KAFKA_BROKERS, nestKafkaLogger(), kafkaSecurity(options.kafka)),
        },
        {
          provide: OutboxWriter,
          useFactory: () =>
            new OutboxWriter(
              options.schema,
              options.service,
              options.kafka.KAFKA_TOPIC_PREFIX,
              options.kafka.OUTBOX_NOTIFY === 'on',
            ),
        },
        {
          provide: KafkaHealthCheck,
          inject: [KAFKA],
          useFactory: (kafka: Kafka) => new KafkaHealthCheck(kafka, options.kafka.KAFKA_BROKERS),
        },
        RelayLifecycle,
      ],
      exports: [KAFKA, OutboxWriter, KafkaHealthCheck],
    };
  }
}
