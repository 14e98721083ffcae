import type { DataSource } from 'typeorm';
import type { RuralAppraisalRow } from '@kc/contracts';
import { planProgress, type RuralLevel, type RuralStage } from '@kc/domain/rural-criteria';

/**
 * The plan's targets progress for a year, from the appraisals projected into the read model (level and
 * current stage of each), counted by the same domain rule and the same targets data the appraisals service
 * uses, so both show the same figures; an appraisal registered but not yet moved counts at its first stage.
 */
export async function ruralTargets(db: DataSource, schema: string, q: { year: number; unit?: string }) {
  const params: unknown[] = [q.year];
  const unit = q.unit ? `AND unit_code = $${params.push(q.unit)}` : '';
  const rows: { level: RuralLevel; stage: RuralStage | null }[] = await db.query(
    `SELECT rural_level AS level, stage FROM "${schema}".cases
     WHERE case_kind = 'RURAL' AND target_year = $1 AND rural_level IS NOT NULL ${unit}`,
    params,
  );
  return planProgress(
    q.year,
    rows.map((r) => ({ level: r.level, stage: r.stage ?? 'SELF_ASSESSMENT' })),
  );
}

/** The year's appraisals, one row each: where it stands, who holds it, by when. */
export async function ruralAppraisals(
  db: DataSource,
  schema: string,
  q: { year: number; level?: string; unit?: string; limit: number; offset: number },
): Promise<{ items: RuralAppraisalRow<Date>[]; total: number }> {
  const params: unknown[] = [q.year];
  const filters = [
    `case_kind = 'RURAL'`,
    `target_year = $1`,
    ...(q.level ? [`rural_level = $${params.push(q.level)}`] : []),
    ...(q.unit ? [`unit_code = $${params.push(q.unit)}`] : []),
  ].join(' AND ');
  const [items, total] = (await Promise.all([
    db.query(
      `SELECT case_id AS "appraisalId", code AS commune, unit_code AS "unitCode", rural_level AS level,
         target_year AS "targetYear", stage, holder, stage_unit_code AS "stageUnitCode", stage_due_at AS "stageDueAt",
         breached, opened_at AS "registeredAt", decided_at AS "concludedAt", outcome
       FROM "${schema}".cases WHERE ${filters} ORDER BY code, case_id LIMIT ${q.limit} OFFSET ${q.offset}`,
      params,
    ),
    db.query(`SELECT count(*)::int AS n FROM "${schema}".cases WHERE ${filters}`, params),
  ])) as [RuralAppraisalRow<Date>[], { n: number }[]];
  return { items, total: total[0].n };
}
