import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { pageOffset } from '@kc/platform';

/** The one owner of `rural_tasks`: officers' lists read them, the step activity opens, closes and escalates them. */
@Injectable()
export class RuralTasksRepository {
  constructor(private readonly dataSource: DataSource) {}

  open(id: string): Promise<{ taskId: string; stage: string; unitCode: string; role: string; dueAt: Date | null }[]> {
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

  async closeOpen(m: EntityManager, appraisalId: string, by: string | null, at: Date): Promise<void> {
    await m.query(
      `UPDATE appraisals.rural_tasks SET status = 'DONE', completed_at = $2, completed_by = $3 WHERE appraisal_id = $1 AND status = 'OPEN'`,
      [appraisalId, at, by],
    );
  }

  /** Task ids are `<appraisal>.<step sequence>`: a retried step makes the same. */
  async insert(
    m: EntityManager,
    t: { taskId: string; appraisalId: string; stage: string; unitCode: string; role: string; dueAt: string | null },
    at: Date,
  ): Promise<void> {
    await m.query(
      `INSERT INTO appraisals.rural_tasks (task_id, appraisal_id, stage, unit_code, role, due_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [t.taskId, t.appraisalId, t.stage, t.unitCode, t.role, t.dueAt, at],
    );
  }

  async escalateOpen(m: EntityManager, appraisalId: string, role: string, at: Date): Promise<void> {
    await m.query(
      `UPDATE appraisals.rural_tasks SET escalated_to = $2, escalated_at = $3 WHERE appraisal_id = $1 AND status = 'OPEN'`,
      [appraisalId, role, at],
    );
  }
}
