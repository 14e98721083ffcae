import type { EntityManager } from 'typeorm';
import { WorkflowTypes, type EventActor } from '@kc/contracts';
import type { EventDraft } from '@kc/messaging';
import type { OcopEvaluationActivities } from '@kc/workflows';

type StepInput = Parameters<OcopEvaluationActivities['recordOcopStep']>[0];

/** The actor of what the evaluation workflow does on its own (timers, results). */
export const WORKFLOW_ACTOR: EventActor = { kind: 'system', id: WorkflowTypes.ocopEvaluation };

const base = (i: StepInput) => ({
  productId: i.productId,
  evaluationId: i.evaluationId,
  round: i.round,
  packId: i.packId,
});

async function councilId(m: EntityManager, evaluationId: string, level: string): Promise<string> {
  const [row] = await m.query(`SELECT id FROM ocop.councils WHERE evaluation_id = $1 AND level = $2`, [
    evaluationId,
    level,
  ]);
  if (!row) throw new Error(`no ${level} council for evaluation ${evaluationId}`);
  return row.id;
}

/** The product's name and its holder (the subject's owner account, null if registered on paper), whom the result events name. */
async function productAndHolder(m: EntityManager, productId: string) {
  const [p] = await m.query(
    `SELECT p.name, s.owner_id FROM ocop.products p JOIN ocop.subjects s ON s.id = p.subject_id WHERE p.id = $1`,
    [productId],
  );
  if (!p) throw new Error(`no OCOP product ${productId}`);
  return { productName: p.name as string, holderId: p.owner_id as string | null };
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

/**
 * Applies one workflow step to the ocop tables and returns the events it publishes; the caller writes both
 * in one transaction. Each case is the projection of the workflow state the API reads.
 */
export async function writeStep(m: EntityManager, i: StepInput): Promise<EventDraft[]> {
  const step = i.step;
  const actor: EventActor = i.actor ? { kind: 'user', id: i.actor.userId, role: i.actor.roles[0] } : WORKFLOW_ACTOR;
  const at = new Date(i.at);
  const event = (type: EventDraft['type'], payload: object): EventDraft =>
    ({ type, aggregateId: i.productId, payload, actor, occurredAt: at }) as EventDraft;

  switch (step.kind) {
    case 'EVALUATION_STARTED': {
      const [p] = await m.query(`SELECT name FROM ocop.products WHERE id = $1`, [i.productId]);
      return [
        event('OcopEvaluationStarted', { ...base(i), productName: p.name, levels: step.levels, startedAt: i.at }),
      ];
    }
    case 'COUNCIL_OPENED': {
      const [c] = await m.query(
        `INSERT INTO ocop.councils (evaluation_id, level, quorum, template_id, status, opened_at)
         VALUES ($1, $2, $3, $4, 'OPEN', $5) RETURNING id`,
        [i.evaluationId, step.level, step.quorum, step.templateId, at],
      );
      for (const member of step.members)
        await m.query(`INSERT INTO ocop.council_members (council_id, member_id, member_name) VALUES ($1, $2, $3)`, [
          c.id,
          member.userId,
          member.name,
        ]);
      return [];
    }
    case 'CONFLICT_DECLARED':
      await m.query(
        `UPDATE ocop.council_members SET conflict = $3, conflict_note = $4, declared_at = $5
         WHERE council_id = $1 AND member_id = $2`,
        [await councilId(m, i.evaluationId, step.level), step.memberId, step.hasConflict, step.note, at],
      );
      return [];
    case 'SHEET_SUBMITTED':
      await m.query(
        `INSERT INTO ocop.score_sheets (council_id, member_id, template_id, points, part_a, part_b, part_c, total, submitted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (council_id, member_id) DO UPDATE SET points = EXCLUDED.points, part_a = EXCLUDED.part_a,
           part_b = EXCLUDED.part_b, part_c = EXCLUDED.part_c, total = EXCLUDED.total, submitted_at = EXCLUDED.submitted_at`,
        [
          await councilId(m, i.evaluationId, step.level),
          step.memberId,
          step.templateId,
          JSON.stringify(step.points),
          step.partTotals.A,
          step.partTotals.B,
          step.partTotals.C,
          step.total,
          at,
        ],
      );
      return [
        event('OcopScoreSheetSubmitted', {
          ...base(i),
          level: step.level,
          memberId: step.memberId,
          templateId: step.templateId,
          partTotals: step.partTotals,
          total: step.total,
          submittedAt: i.at,
        }),
      ];
    case 'COMMUNE_REPORTED':
      await m.query(`UPDATE ocop.evaluations SET commune_report = $2 WHERE id = $1`, [
        i.evaluationId,
        JSON.stringify({ by: step.by, summary: step.summary, at: i.at }),
      ]);
      return [];
    case 'LEVEL_RESULT': {
      const r = step.result;
      await m.query(
        `UPDATE ocop.councils SET status = 'CLOSED', closed_at = $3, result = $4 WHERE evaluation_id = $1 AND level = $2`,
        [i.evaluationId, step.level, at, JSON.stringify(r)],
      );
      await m.query(`UPDATE ocop.evaluations SET average_total = $2 WHERE id = $1`, [i.evaluationId, r.averageTotal]);
      return [
        event('OcopLevelResult', {
          ...base(i),
          ...(await productAndHolder(m, i.productId)),
          level: step.level,
          sheetsCounted: r.sheetsCounted,
          averageTotal: r.averageTotal,
          partAverages: r.partAverages,
          stars: r.stars,
          failedMandatory: r.failedMandatory.map((f) => f.code),
          routing: r.routing,
          decidedAt: i.at,
        }),
      ];
    }
    case 'STARS_AWARDED':
      await m.query(`UPDATE ocop.evaluations SET stars = $2, recognised_by = $3 WHERE id = $1`, [
        i.evaluationId,
        step.stars,
        step.recognisedBy,
      ]);
      return [
        event('OcopStarsAwarded', {
          ...base(i),
          ...(await productAndHolder(m, i.productId)),
          stars: step.stars,
          recognisedBy: step.recognisedBy,
          averageTotal: step.averageTotal,
          awardedAt: i.at,
        }),
      ];
    case 'CERTIFICATE_EXPIRING':
    case 'CERTIFICATE_EXPIRED': {
      const expired = step.kind === 'CERTIFICATE_EXPIRED';
      await m.query(`UPDATE ocop.certificates SET status = $2 WHERE number = $1`, [
        step.certificateNumber,
        expired ? 'EXPIRED' : 'EXPIRING',
      ]);
      const payload = await certificatePayload(m, step.certificateNumber);
      return [
        expired
          ? event('OcopCertificateExpired', { ...payload, expiredAt: i.at })
          : event('OcopCertificateExpiring', { ...payload, remindedAt: i.at }),
      ];
    }
    case 'EVALUATION_ENDED':
      await m.query(`UPDATE ocop.evaluations SET stage = $2, ended_at = $3 WHERE id = $1`, [
        i.evaluationId,
        step.stage,
        at,
      ]);
      return [];
  }
}
