import type { Kafka, Admin } from 'kafkajs';
import { probe, type HealthCheck, type HealthStatus } from '@kc/observability';

/** Healthy when a metadata round trip to the cluster succeeds. */
export class KafkaHealthCheck implements HealthCheck {
  readonly name = 'kafka';
  private admin: Admin | undefined;

  constructor(
    private readonly kafka: Kafka,
    private readonly brokers: string[],
  ) {}

  check(): Promise<HealthStatus> {
    return probe(async () => {
      if (!this.admin) {
        this.admin = this.kafka.admin();
        await this.admin.connect();
      }
      try {
        await this.admin.describeCluster();
      } catch (error) {
        const stale = this.admin;
        this.admin = undefined;
        await stale.disconnect().catch(() => undefined);
        throw error;
      }
    }, this.brokers.join(','));
  }

  async close(): Promise<void> {
    await this.admin?.disconnect();
  }
}
