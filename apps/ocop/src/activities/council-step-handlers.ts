import { aboutProduct, base, councilId } from './ocop-step-queries';
import type { StepHandlers } from './step-write';

/** A council's sitting: it opens, members declare conflicts and hand in sheets, and it closes with a result. */
export const councilStepHandlers: StepHandlers<
  'COUNCIL_OPENED' | 'CONFLICT_DECLARED' | 'SHEET_SUBMITTED' | 'LEVEL_RESULT'
> = {
  async COUNCIL_OPENED({ m, i, step, at }) {
    const [c] = await m.query(
      `INSERT INTO ocop.councils (evaluation_id, level, quorum, template_id, status, opened_at, sitting)
       VALUES ($1, $2, $3, $4, 'OPEN', $5, (SELECT coalesce(max(sitting), 0) + 1 FROM ocop.councils
         WHERE evaluation_id = $1 AND level = $2)) RETURNING id`,
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
  async LEVEL_RESULT({ m, i, step, at, event }) {
    const r = step.result;
    await m.query(`UPDATE ocop.councils SET status = 'CLOSED', closed_at = $2, result = $3 WHERE id = $1`, [
      await councilId(m, i.evaluationId, step.level),
      at,
      JSON.stringify(r),
    ]);
    await m.query(`UPDATE ocop.evaluations SET average_total = $2 WHERE id = $1`, [i.evaluationId, r.averageTotal]);
    return [
      event('OcopLevelResult', {
        ...(await aboutProduct(m, i)),
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
};
