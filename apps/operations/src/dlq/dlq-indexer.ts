import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import { DataSource } from 'typeorm';
import { MessageHeaders } from '@kc/contracts';
import { headerString, KAFKA } from '@kc/messaging';
import { OPERATIONS_SCHEMA } from '../operations-schema';
import { OPS_RUNTIME, type OpsRuntime } from '../ops-runtime';
import { watchedPairs } from './watched-groups';

const parseEnvelope = (value: Buffer | null): { id?: string; type?: string } => {
  try {
    return JSON.parse(value?.toString('utf8') ?? '') as { id?: string; type?: string };
  } catch {
    return {};
  }
};

/** Reads every watched DLQ topic from its beginning into `dlq_messages` (once per topic, partition and offset). */
@Injectable()
export class DlqIndexer implements OnApplicationBootstrap, OnApplicationShutdown {
  private consumer: Consumer | undefined;
  private readonly logger = new Logger(DlqIndexer.name);

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(OPS_RUNTIME) private readonly runtime: OpsRuntime,
    private readonly db: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    void this.start().catch((error) => this.logger.error({ err: error }, 'DLQ indexer could not start'));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer?.disconnect();
  }

  private async start(): Promise<void> {
    const pairs = watchedPairs(this.runtime.topicPrefix, this.runtime.consumerGroup);
    const groupOf = new Map(pairs.map((p) => [p.dlq, p.group]));
    this.consumer = this.kafka.consumer({ groupId: `${this.runtime.consumerGroup}.dlq-index`, maxWaitTimeInMs: 250 });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: pairs.map((p) => p.dlq), fromBeginning: true });
    await this.consumer.run({
      eachMessage: ({ topic, partition, message }) => this.index(topic, partition, message, groupOf.get(topic) ?? '?'),
    });
  }

  private async index(topic: string, partition: number, message: KafkaMessage, group: string): Promise<void> {
    const h = (name: string) => headerString(message.headers, name) ?? null;
    const envelope = parseEnvelope(message.value);
    const headers = Object.fromEntries(
      Object.entries(message.headers ?? {}).map(([k, v]) => [k, v?.toString() ?? null]),
    );
    await this.db.query(
      `INSERT INTO "${OPERATIONS_SCHEMA}".dlq_messages (dlq_topic, partition, "offset", consumer_group, original_topic,
         event_id, event_type, message_key, reason, failed_at, value, headers)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING`,
      [
        topic,
        partition,
        message.offset,
        h(MessageHeaders.failedBy) ?? group,
        h(MessageHeaders.originalTopic) ?? topic.replace(/\.[^.]+\.dlq$/, ''),
        envelope.id ?? h(MessageHeaders.eventId),
        envelope.type ?? h(MessageHeaders.eventType),
        message.key?.toString() ?? null,
        h(MessageHeaders.errorReason),
        h(MessageHeaders.failedAt),
        message.value?.toString('utf8') ?? null,
        JSON.stringify(headers),
      ],
    );
  }
}
