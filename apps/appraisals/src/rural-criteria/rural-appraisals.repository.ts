import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { pageOffset } from '@kc/platform';
import type {
  RecognitionRecord,
  RuralLevel,
  RuralSelfAssessment,
  RuralStage,
  TemplateEvaluation,
} from '@kc/domain/rural-criteria';
import type { EventDraft } from '@kc/messaging';
import { OutboxWriter } from '@kc/messaging';
import type { AppraisalListQuery } from './rural-criteria.schemas';

export interface AppraisalRow {
  appraisalId: string;
  communeCode: string;
  communeName: string;
  districtCode: string | null;
  level: RuralLevel;
  targetYear: number;
  areaName: string;
  communeGroup: number | null;
  registeredOn: string;
  packId: string;
  templateId: string;
  procedureId: string;
  stage: RuralStage;
  round: number;
  submittedEvaluation: TemplateEvaluation | null;
  decisions: Record<string, { proposal: string; verdict: string; overridden: boolean; reason: string | null }>;
  outcome: 'DAT' | 'KHONG_DAT' | null;
  conclusionNumber: string | null;
  concludedAt: Date | null;
}

const COLUMNS = `appraisal_id AS "appraisalId", commune_code AS "communeCode", commune_name AS "communeName",
  district_code AS "districtCode", level, target_year AS "targetYear", area_name AS "areaName",
  commune_group AS "communeGroup", to_char(registered_on, 'YYYY-MM-DD') AS "registeredOn", pack_id AS "packId",
  template_id AS "templateId", procedure_id AS "procedureId", stage, round,
  submitted_evaluation AS "submittedEvaluation", decisions, outcome, conclusion_number AS "conclusionNumber",
  concluded_at AS "concludedAt"`;

export type NewAppraisal = Omit<
  AppraisalRow,
  'stage' | 'round' | 'submittedEvaluation' | 'decisions' | 'outcome' | 'conclusionNumber' | 'concludedAt'
> & { stage: RuralStage; registeredBy: string };

/** The appraisals' read model, self-assessments and recognitions (rows the step activity keeps current). */
@Injectable()
export class RuralAppraisalsRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

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

  async saveSelfAssessment(id: string, figures: RuralSelfAssessment, evaluation: TemplateEvaluation, by: string) {
    await this.dataSource.query(
      `INSERT INTO appraisals.rural_self_assessments (appraisal_id, figures, evaluation, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (appraisal_id) DO UPDATE SET figures = EXCLUDED.figures, evaluation = EXCLUDED.evaluation,
         updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [id, JSON.stringify(figures), JSON.stringify(evaluation), by],
    );
  }

  async selfAssessment(
    id: string,
  ): Promise<{ figures: RuralSelfAssessment; evaluation: TemplateEvaluation } | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT figures, evaluation FROM appraisals.rural_self_assessments WHERE appraisal_id = $1`,
      [id],
    )) as { figures: RuralSelfAssessment; evaluation: TemplateEvaluation }[];
    return row;
  }

  timeline(
    id: string,
  ): Promise<{ at: Date; stage: string; actorId: string | null; kind: string; textVi: string; textEn: string }[]> {
    return this.dataSource.query(
      `SELECT at, stage, actor_id AS "actorId", kind, text_vi AS "textVi", text_en AS "textEn"
         FROM appraisals.rural_timeline WHERE appraisal_id = $1 ORDER BY sequence, position`,
      [id],
    );
  }

  openTasks(
    id: string,
  ): Promise<{ taskId: string; stage: string; unitCode: string; role: string; dueAt: Date | null }[]> {
    return this.dataSource.query(
      `SELECT task_id AS "taskId", stage, unit_code AS "unitCode", role, due_at AS "dueAt"
         FROM appraisals.rural_tasks WHERE appraisal_id = $1 AND status = 'OPEN' ORDER BY created_at`,
      [id],
    );
  }

  /** Open tasks of a unit for any of the roles, soonest due first, with the appraisal they belong to. */
  async tasksFor(unitCode: string, roles: readonly string[], page: { page: number; pageSize: number }) {
    // A task escalated to a leader shows in the leader's list as well as in the stage role's.
    const where = `t.status = 'OPEN' AND t.unit_code = $1 AND (t.role = ANY($2) OR t.escalated_to = ANY($2))`;
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM appraisals.rural_tasks t WHERE ${where}`,
      [unitCode, roles],
    )) as { total: number }[];
    const items: unknown[] = await this.dataSource.query(
      `SELECT t.task_id AS "taskId", t.appraisal_id AS "appraisalId", t.stage, t.unit_code AS "unitCode", t.role,
              t.due_at AS "dueAt", t.escalated_to AS "escalatedTo", t.escalated_at AS "escalatedAt", a.commune_name AS "communeName", a.level, a.target_year AS "targetYear",
              a.area_name AS "areaName"
         FROM appraisals.rural_tasks t JOIN appraisals.rural_appraisals a USING (appraisal_id)
        WHERE ${where} ORDER BY t.due_at NULLS LAST, t.created_at LIMIT $3 OFFSET $4`,
      [unitCode, roles, page.pageSize, pageOffset(page)],
    );
    return { items, total };
  }

  /** Level and stage of every registration of a year (for the plan's progress). */
  yearRows(year: number): Promise<{ level: RuralLevel; stage: RuralStage }[]> {
    return this.dataSource.query(`SELECT level, stage FROM appraisals.rural_appraisals WHERE target_year = $1`, [year]);
  }

  recognitions(communeCodes: string[]): Promise<RecognitionRecord[]> {
    return this.dataSource.query(
      `SELECT commune_code AS "communeCode", level, target_year AS "year", 'DAT' AS outcome,
              to_char(recognised_on, 'YYYY-MM-DD') AS "recognisedOn", to_char(revoked_on, 'YYYY-MM-DD') AS "revokedOn"
         FROM appraisals.rural_recognitions WHERE commune_code = ANY($1)`,
      [communeCodes],
    );
  }
}
