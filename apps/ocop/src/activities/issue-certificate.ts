import type { EntityManager } from 'typeorm';
import type { EventDraft } from '@kc/messaging';
import type { OcopEvaluationActivities } from '@kc/workflows';
import { certificatePayload, WORKFLOW_ACTOR } from './ocop-step-queries';

export type CertificateInput = Parameters<OcopEvaluationActivities['issueOcopCertificate']>[0];

/**
 * Allocates the certificate's number, stores it and drafts OcopCertificateIssued. A higher award in the
 * same round (5★ after the province's 4★) replaces the certificate the product held.
 */
export async function issueCertificate(
  m: EntityManager,
  input: CertificateInput,
): Promise<{ certificateNumber: string; event: EventDraft }> {
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
  const event: EventDraft = {
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
  };
  return { certificateNumber, event };
}
