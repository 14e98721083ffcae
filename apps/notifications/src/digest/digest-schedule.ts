import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { vietnamDate } from '@kc/domain';
import { NOTIFICATIONS_CONFIG } from '../notifications-config.token';
import type { NotificationsConfig } from '../config';
import { DigestService } from './digest.service';

/**
 * Sends the digest once a day from DIGEST_HOUR (Vietnam time). Each instance checks every
 * DIGEST_CHECK_MS; the first to insert the day into `digest_runs` runs it, so several instances and
 * restarts still send one digest a day. A missed hour (service down) is caught up at the next check.
 */
@Injectable()
export class DigestSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DigestSchedule');
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly digest: DigestService,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.DIGEST_HOUR < 0) return;
    this.timer = setInterval(() => {
      this.inFlight ??= this.check(new Date())
        .then(() => undefined)
        .catch((error: unknown) => this.logger.error({ err: error }, 'daily digest failed; will retry'))
        .finally(() => (this.inFlight = undefined));
    }, this.config.DIGEST_CHECK_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.inFlight;
  }

  /** Runs today's digest if the hour has come and no instance has claimed the day. */
  async check(now: Date): Promise<boolean> {
    const vietnamHour = (now.getUTCHours() + 7) % 24;
    if (vietnamHour < this.config.DIGEST_HOUR) return false;
    const day = vietnamDate(now);
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO notifications.digest_runs (day) VALUES ($1) ON CONFLICT DO NOTHING RETURNING day`,
      [day],
    );
    if (claimed.length === 0) return false;
    try {
      const report = await this.digest.run(now);
      this.logger.log({ ...report }, 'daily digest sent');
    } catch (error) {
      // Give the day back, so the next check tries again (per-person keys keep what was already sent).
      await this.dataSource.query(`DELETE FROM notifications.digest_runs WHERE day = $1`, [day]);
      throw error;
    }
    return true;
  }
}
