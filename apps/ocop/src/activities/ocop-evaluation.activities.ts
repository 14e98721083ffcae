import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OutboxWriter } from '@kc/messaging';
import type { OcopEvaluationActivities } from '@kc/workflows';
import { certificatePayload, WORKFLOW_ACTOR, writeStep } from './ocop-step-writer';

type StepInput = Parameters<OcopEvaluationActivities['recordOcopStep']>[0];
type CertificateInput = Parameters<OcopEvaluationActivities['issueOcopCertificate']>[0];

/**
 * The workflow's only way to the ocop tables and to Kafka. Every step is written with its events in one
 * transaction, once: a retried activity finds its (workflow, sequence) already logged and writes nothing.
 */
@Injectable()
export class OcopEvaluationActivitiesService implements OcopEvaluationActivities {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  private firstTime(m: EntityManager, workflowId: string, sequence: number): Promise<boolean> {
    return m
      .query(
        `INSERT INTO ocop.activity_log (workflow_id, sequence) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING sequence`,
        [workflowId, sequence],
      )
      .then((rows: unknown[]) => rows.length > 0);
  }

  async recordOcopStep(input: StepInput): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      if (!(await this.firstTime(m, input.workflowId, input.sequence))) return;
      const drafts = await writeStep(m, input);
      await this.outbox.publish(
        m,
        drafts.map((d) => ({ ...d, correlationId: input.workflowId })),
      );
    });
  }

  async issueOcopCertificate(input: CertificateInput): Promise<{ certificateNumber: string }> {
    return this.dataSource.transaction(async (m) => {
      if (!(await this.firstTime(m, input.workflowId, input.sequence))) {
        const [existing] = await m.query(
          `SELECT number FROM ocop.certificates WHERE evaluation_id = $1 AND issued_by = $2`,
          [input.evaluationId, input.issuedBy],
        );
        return { certificateNumber: existing.number };
      }
      // A higher award in the same round (5★ after the province's 4★) replaces the certificate it held.
      const replaced: { number: string }[] = await m.query(
        `WITH r AS (UPDATE ocop.certificates SET status = 'REPLACED' WHERE evaluation_id = $1 AND status <> 'REPLACED'
           RETURNING number) SELECT number FROM r`,
        [input.evaluationId],
      );
      const [{ seq }] = await m.query(`SELECT nextval('ocop.certificate_number_seq')::int AS seq`);
      const certificateNumber = `OCOP-DN-${input.issueDate.slice(0, 4)}-${String(seq).padStart(6, '0')}`;
      await m.query(
        `INSERT INTO ocop.certificates (number, evaluation_id, product_id, stars, issued_by, issue_date, expiry_date, reminder_date, issued_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          certificateNumber,
          input.evaluationId,
          input.productId,
          input.stars,
          input.issuedBy,
          input.issueDate,
          input.expiryDate,
          input.reminderDate,
          new Date(input.at),
        ],
      );
      await m.query(`UPDATE ocop.evaluations SET stage = 'CERTIFIED' WHERE id = $1`, [input.evaluationId]);
      await this.outbox.publish(m, {
        type: 'OcopCertificateIssued',
        aggregateId: input.productId,
        actor: WORKFLOW_ACTOR,
        correlationId: input.workflowId,
        occurredAt: new Date(input.at),
        payload: {
          ...(await certificatePayload(m, certificateNumber)),
          issuedBy: input.issuedBy,
          issueDate: input.issueDate,
          reminderDate: input.reminderDate,
          issuedAt: input.at,
          replacesCertificateNumber: replaced[0]?.number ?? null,
        },
      });
      return { certificateNumber };
    });
  }
}
