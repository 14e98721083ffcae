import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { allTopics } from '@kc/contracts';
import { KAFKA, prefixedTopic } from '@kc/messaging';
import { Notifier } from '../dispatch/notifier';
import { NOTIFICATIONS_CONFIG } from '../notifications-config.token';
import type { NotificationsConfig } from '../config';
import { RecipientsRepository } from '../recipients/recipients.repository';
import { dlqMessageCounts } from './dlq-message-counts';
import { recordWatermarks, type DlqGrowth } from './dlq-watermarks';
import { nameBasedUuid } from './name-based-uuid';

/**
 * Tells operators when a dead-letter topic grows: every DLQ_CHECK_MS it reads each DLQ's end offsets and
 * compares them with the last ones recorded (row-locked, so several instances report a growth once).
 */
@Injectable()
export class DlqWatch implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DlqWatch');
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<unknown> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly recipients: RecipientsRepository,
    private readonly notifier: Notifier,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.DLQ_CHECK_MS === 0) return;
    this.timer = setInterval(() => {
      this.inFlight ??= this.check()
        .catch((error: unknown) => this.logger.warn({ err: (error as Error).message }, 'DLQ check failed'))
        .finally(() => (this.inFlight = undefined));
    }, this.config.DLQ_CHECK_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.inFlight;
  }

  /** Every consumer group's DLQ, as provisioning creates them. */
  watchedTopics(): string[] {
    return allTopics()
      .filter((t) => t.endsWith('.dlq'))
      .map((t) => prefixedTopic(t, this.config.KAFKA_TOPIC_PREFIX));
  }

  /** Compares the DLQs with the recorded counts; returns the growth it told operators about. */
  async check(topics: string[] = this.watchedTopics()): Promise<DlqGrowth[]> {
    const totals = await dlqMessageCounts(this.kafka, topics);
    return this.dataSource.transaction(async (manager) => {
      const growth = await recordWatermarks(manager, totals);
      if (growth.length === 0) return growth;
      // One notification per distinct growth: the same counts seen again never make a second one.
      const eventId = nameBasedUuid(`kc-dlq-growth:${growth.map((g) => `${g.topic}=${g.total}`).join(',')}`);
      for (const operatorId of await this.recipients.idsWithRole(manager, 'OPERATOR')) {
        await this.notifier.notify(manager, {
          eventId,
          eventType: 'DlqGrew',
          applicationId: null,
          recipientId: operatorId,
          templateKey: 'dlq-growth',
          data: { growth, checkedAt: new Date().toISOString() },
        });
      }
      return growth;
    });
  }
}
