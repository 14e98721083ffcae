import type { EntityManager } from 'typeorm';
import { DEPARTMENT_UNIT } from '@kc/domain';
import type { EventDraft } from '@kc/messaging';
import type { OcopStep } from '@kc/workflows';
import { base, certificatePayload, councilId, productAndHolder, type StepInput } from './ocop-step-queries';

/** What a step handler gets: the transaction, the step input, and a way to draft its events. */
export interface StepWrite<K extends OcopStep['kind']> {
  m: EntityManager;
  i: StepInput;
  step: Extract<OcopStep, { kind: K }>;
  at: Date;
  event: (type: EventDraft['type'], payload: object) => EventDraft;
}

type StepHandlers = { [K in OcopStep['kind']]: (w: StepWrite<K>) => Promise<EventDraft[]> };

/** Expiry and its reminder change the certificate's status and tell its holder. */
async function certificateTimer(
  w: StepWrite<'CERTIFICATE_EXPIRING'> | StepWrite<'CERTIFICATE_EXPIRED'>,
): Promise<EventDraft[]> {
  const expired = w.step.kind === 'CERTIFICATE_EXPIRED';
  await w.m.query(`UPDATE ocop.certificates SET status = $2 WHERE number = $1`, [
    w.step.certificateNumber,
    expired ? 'EXPIRED' : 'EXPIRING',
  ]);
  const payload = await certificatePayload(w.m, w.step.certificateNumber);
  return [
    expired
      ? w.event('OcopCertificateExpired', { ...payload, expiredAt: w.i.at })
      : w.event('OcopCertificateExpiring', { ...payload, remindedAt: w.i.at }),
  ];
}

/**
 * One small handler per step kind: each applies its step to the ocop tables (the projection of the
 * workflow state the API reads) and returns the events it publishes; the caller writes both in one
 * transaction.
 */
export const stepHandlers: StepHandlers = {
  async EVALUATION_STARTED({ m, i, step, event }) {
    const [p] = await m.query(`SELECT name FROM ocop.products WHERE id = $1`, [i.productId]);
    return [event('OcopEvaluationStarted', { ...base(i), productName: p.name, levels: step.levels, startedAt: i.at })];
  },
  async COUNCIL_OPENED({ m, i, step, at }) {
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
  },
  async CONFLICT_DECLARED({ m, i, step, at }) {
    await m.query(
      `UPDATE ocop.council_members SET conflict = $3, conflict_note = $4, declared_at = $5
       WHERE council_id = $1 AND member_id = $2`,
      [await councilId(m, i.evaluationId, step.level), step.memberId, step.hasConflict, step.note, at],
    );
    return [];
  },
  async SHEET_SUBMITTED({ m, i, step, at, event }) {
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
  },
  async COMMUNE_REPORTED({ m, i, step }) {
    await m.query(`UPDATE ocop.evaluations SET commune_report = $2 WHERE id = $1`, [
      i.evaluationId,
      JSON.stringify({ by: step.by, summary: step.summary, at: i.at }),
    ]);
    return [];
  },
  async LEVEL_RESULT({ m, i, step, at, event }) {
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
  },
  async STARS_AWARDED({ m, i, step, event }) {
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
  },
  async HIGHER_ANSWER_OVERDUE({ m, i, step, event }) {
    const { productName } = await productAndHolder(m, i.productId);
    return [
      event('OcopProposalOverdue', {
        ...base(i),
        productName,
        proposedTo: step.proposedTo,
        waitedDays: step.waitedDays,
        addressee: { unitCode: DEPARTMENT_UNIT, role: 'DEPARTMENT_APPRAISER', assigneeId: null },
        remindedAt: i.at,
      }),
    ];
  },
  async HIGHER_ANSWERED({ m, i, step }) {
    const answer = { level: step.level, stars: step.stars, decisionRef: step.decisionRef, awarded: step.awarded };
    await m.query(`UPDATE ocop.evaluations SET higher_answer = $2 WHERE id = $1`, [
      i.evaluationId,
      JSON.stringify({ ...answer, at: i.at }),
    ]);
    return [];
  },
  CERTIFICATE_EXPIRING: certificateTimer,
  CERTIFICATE_EXPIRED: certificateTimer,
  async EVALUATION_ENDED({ m, i, step, at }) {
    await m.query(`UPDATE ocop.evaluations SET stage = $2, ended_at = $3 WHERE id = $1`, [
      i.evaluationId,
      step.stage,
      at,
    ]);
    return [];
  },
};
