import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxWriter } from '@kc/messaging';
import { runOnce } from '@kc/persistence';
import type { OcopEvaluationActivities } from '@kc/workflows';
import { issueCertificate, type CertificateInput } from './issue-certificate';
import { writeStep, type StepInput } from './ocop-step-writer';

/**
 * The workflow's only way to the ocop tables and to Kafka. Every step is written with its events in one
 * transaction, once (`runOnce`): a retried activity finds its (workflow, sequence) already logged, writes
 * nothing and answers what the first attempt answered.
 */
@Injectable()
export class OcopEvaluationActivitiesService implements OcopEvaluationActivities {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async recordOcopStep(input: StepInput): Promise<void> {
    await this.dataSource.transaction((m) =>
      runOnce(m, 'ocop', input, async () => {
        const drafts = await writeStep(m, input);
        await this.outbox.publish(
          m,
          drafts.map((d) => ({ ...d, correlationId: input.workflowId })),
        );
      }),
    );
  }

  issueOcopCertificate(input: CertificateInput): Promise<{ certificateNumber: string }> {
    return this.dataSource.transaction((m) =>
      runOnce(m, 'ocop', input, async () => {
        const { certificateNumber, event } = await issueCertificate(m, input);
        await this.outbox.publish(m, event);
        return { certificateNumber };
      }),
    );
  }
}
