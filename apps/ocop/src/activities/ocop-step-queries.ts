// What the step handlers read from the ocop tables, and the payload parts their events share.
import type { EntityManager } from 'typeorm';
import { WorkflowTypes, type EventActor } from '@kc/contracts';
import type { OcopEvaluationActivities } from '@kc/workflows';

export type StepInput = Parameters<OcopEvaluationActivities['recordOcopStep']>[0];

/** The actor of what the evaluation workflow does on its own (timers, results). */
export const WORKFLOW_ACTOR: EventActor = { kind: 'system', id: WorkflowTypes.ocopEvaluation };

/** The evaluation every OCOP event names. */
export const base = (i: StepInput) => ({
  productId: i.productId,
  evaluationId: i.evaluationId,
  round: i.round,
  packId: i.packId,
});

/** The level's latest sitting (a council re-convened after no quorum replaces the one before). */
export async function councilId(m: EntityManager, evaluationId: string, level: string): Promise<string> {
  const [row] = await m.query(
    `SELECT id FROM ocop.councils WHERE evaluation_id = $1 AND level = $2 ORDER BY sitting DESC LIMIT 1`,
    [evaluationId, level],
  );
  if (!row) throw new Error(`no ${level} council for evaluation ${evaluationId}`);
  return row.id;
}

/** The product's name and its holder (the subject's owner account, null if registered on paper), whom the result events name. */
export async function productAndHolder(m: EntityManager, productId: string) {
  const [p] = await m.query(
    `SELECT p.name, s.owner_id FROM ocop.products p JOIN ocop.subjects s ON s.id = p.subject_id WHERE p.id = $1`,
    [productId],
  );
  if (!p) throw new Error(`no OCOP product ${productId}`);
  return { productName: p.name as string, holderId: p.owner_id as string | null };
}

/** What every result event says first: the evaluation, the product's name and its holder. */
export async function aboutProduct(m: EntityManager, i: StepInput) {
  return { ...base(i), ...(await productAndHolder(m, i.productId)) };
}

/** What every certificate event says about the certificate, its product and its holder. */
export async function certificatePayload(m: EntityManager, certificateNumber: string) {
  const [c] = await m.query(
    `SELECT c.number, c.product_id, c.evaluation_id, c.stars, to_char(c.expiry_date, 'YYYY-MM-DD') AS expiry_date,
       p.name AS product_name, s.name AS subject_name, s.owner_id
     FROM ocop.certificates c JOIN ocop.products p ON p.id = c.product_id JOIN ocop.subjects s ON s.id = p.subject_id
     WHERE c.number = $1`,
    [certificateNumber],
  );
  return {
    productId: c.product_id as string,
    evaluationId: c.evaluation_id as string,
    certificateNumber,
    stars: c.stars as number,
    expiryDate: c.expiry_date as string,
    productName: c.product_name as string,
    subjectName: c.subject_name as string,
    holderId: c.owner_id as string | null,
  };
}
