import type { Connection } from '@temporalio/client';
import { probe, type HealthCheck, type HealthStatus } from '@kc/observability';

/** Healthy when the frontend answers for our namespace (which also proves the namespace exists). */
export class TemporalHealthCheck implements HealthCheck {
  readonly name = 'temporal';
  constructor(
    private readonly connection: () => Promise<Connection>,
    private readonly address: string,
    private readonly namespace: string,
  ) {}

  check(): Promise<HealthStatus> {
    return probe(async () => {
      const connection = await this.connection();
      await connection.workflowService.describeNamespace({ namespace: this.namespace });
    }, `${this.address} namespace ${this.namespace}`);
  }
}
