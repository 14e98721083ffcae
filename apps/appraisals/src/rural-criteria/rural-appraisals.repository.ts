import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { pageOffset } from '@kc/platform';
import type { RuralLevel, RuralStage } from '@kc/domain/rural-criteria';
import type { EventDraft } from '@kc/messaging';
import { OutboxWriter } from '@kc/messaging';
import { COLUMNS, type AppraisalRow } from './rural-appraisal-row';
import { RuralAppraisalWrites } from './rural-appraisal-writes';
import type { AppraisalListQuery } from './rural-criteria.schemas';

export type { AppraisalRow } from './rural-appraisal-row';

export type NewAppraisal = Omit<
  AppraisalRow,
  'stage' | 'round' | 'submittedEvaluation' | 'decisions' | 'outcome' | 'conclusionNumber' | 'concludedAt'
> & { stage: RuralStage; registeredBy: string };

/**
 * The one owner of `rural_appraisals`: registration, the API's reads, and what the step activity keeps
 * current (stage, the evaluation submitted, the indicator decisions and the conclusion) in its transaction
 * (the methods of RuralAppraisalWrites).
 */
@Injectable()
export class RuralAppraisalsRepository extends RuralAppraisalWrites {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  /** Inserts the registration and its event together; an existing one (same commune, level, year, area) is answered instead. */
  async register(a: NewAppraisal, event: (id: string) => EventDraft): Promise<{ row: AppraisalRow; created: boolean }> {
    return this.dataSource.transaction(async (m) => {
      const inserted: unknown[] = await m.query(
        `INSERT INTO appraisals.rural_appraisals (appraisal_id, commune_code, commune_name, district_code, level, target_year,
           area_name, commune_group, registered_on, pack_id, template_id, procedure_id, stage, registered_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         ON CONFLICT (commune_code, level, target_year, area_name) DO NOTHING RETURNING appraisal_id`,
        [
          a.appraisalId,
          a.communeCode,
          a.communeName,
          a.districtCode,
          a.level,
          a.targetYear,
          a.areaName,
          a.communeGroup,
          a.registeredOn,
          a.packId,
          a.templateId,
          a.procedureId,
          a.stage,
          a.registeredBy,
        ],
      );
      if (inserted.length > 0) await this.outbox.publish(m, event(a.appraisalId));
      const [row] = (await m.query(
        `SELECT ${COLUMNS} FROM appraisals.rural_appraisals
          WHERE commune_code = $1 AND level = $2 AND target_year = $3 AND area_name = $4`,
        [a.communeCode, a.level, a.targetYear, a.areaName],
      )) as AppraisalRow[];
      return { row, created: inserted.length > 0 };
    });
  }

  async get(appraisalId: string): Promise<AppraisalRow | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM appraisals.rural_appraisals WHERE appraisal_id = $1`,
      [appraisalId],
    )) as AppraisalRow[];
    return row;
  }

  /** `units`: when set, only appraisals of those communes or districts (a local officer's own). */
  async list(q: AppraisalListQuery, units?: string[]): Promise<{ items: AppraisalRow[]; total: number }> {
    const filters: [string, unknown][] = [
      ['target_year', q.targetYear],
      ['level', q.level],
      ['stage', q.stage],
      ['commune_code', q.communeCode],
    ];
    const where: string[] = [];
    const values: unknown[] = [];
    for (const [column, value] of filters) {
      if (value === undefined) continue;
      values.push(value);
      where.push(`${column} = $${values.length}`);
    }
    if (units) {
      values.push(units);
      where.push(`(commune_code = ANY ($${values.length}) OR district_code = ANY ($${values.length}))`);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM appraisals.rural_appraisals ${clause}`,
      values,
    )) as { total: number }[];
    const items = (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM appraisals.rural_appraisals ${clause}
        ORDER BY target_year DESC, commune_code, level LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
      [...values, q.pageSize, pageOffset(q)],
    )) as AppraisalRow[];
    return { items, total };
  }

  /** Level and stage of every registration of a year (for the plan's progress). */
  yearRows(year: number): Promise<{ level: RuralLevel; stage: RuralStage }[]> {
    return this.dataSource.query(`SELECT level, stage FROM appraisals.rural_appraisals WHERE target_year = $1`, [year]);
  }
}
