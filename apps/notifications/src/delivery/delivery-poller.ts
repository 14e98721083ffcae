import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NOTIFICATIONS_CONFIG } from '../notifications-config.token';
import type { NotificationsConfig } from '../config';
import { DeliveriesRepository } from './deliveries.repository';
import { DeliveryAttempts } from './delivery-attempts';

const BATCH = 20;

/**
 * Sends what the ledger says is due. Retries are rows with a later `next_attempt_at`, not timers in
 * memory, so a restart loses none; several instances share the work through `FOR UPDATE SKIP LOCKED`.
 */
@Injectable()
export class DeliveryPoller implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DeliveryPoller');
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveriesRepository,
    private readonly attempts: DeliveryAttempts,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** One pass: claims due rows and sends them; returns how many were claimed. */
  async pass(): Promise<number> {
    const rows = await this.deliveries.claimDue(this.dataSource, BATCH, this.config.DELIVERY_LEASE_MS);
    await Promise.all(rows.map((row) => this.attempts.attempt(row)));
    return rows.length;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let claimed = 0;
      try {
        claimed = await this.pass();
      } catch (error) {
        this.logger.error({ err: error }, 'delivery pass failed; will retry');
      }
      if (claimed < BATCH && this.running) {
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          setTimeout(resolve, this.config.DELIVERY_POLL_MS);
        });
      }
    }
  }
}
