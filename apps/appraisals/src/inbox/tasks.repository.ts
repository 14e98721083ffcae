import type { AppraisalTask, TaskDossierSummary } from '@kc/contracts';
import type { OfficerAction } from '@kc/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@kc/auth';
import { pageOffset } from '@kc/platform';
import type { TaskQuery } from './task-query.schema';
import { columns, from, viewer, visible } from './task-view';
import { TaskWrites } from './task-writes';

/** A task as the inbox answers it: @kc/contracts' AppraisalTask with the domain's action names. */
export type TaskView = AppraisalTask<OfficerAction['type']>;

/**
 * The one owner of `appraisals.tasks`: the officers' inbox reads and claims them with the viewer's rights,
 * and the approval's step activity writes them (in its transaction, `m`: the methods of TaskWrites).
 */
@Injectable()
export class TasksRepository extends TaskWrites {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async list(user: AuthUser, q: TaskQuery): Promise<{ items: TaskView[]; total: number }> {
    const params: unknown[] = viewer(user);
    const where = [visible];
    const add = (sql: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (q.unit) add((p) => `t.unit_code = ${p}`, q.unit);
    if (q.role) add((p) => `t.role = ${p}`, q.role);
    if (q.stage) add((p) => `t.stage = ${p}`, q.stage);
    if (q.applicationId) add((p) => `t.application_id = ${p}`, q.applicationId);
    if (q.dossierCode) add((p) => `t.dossier_code = ${p}`, q.dossierCode);
    if (q.programCode) add((p) => `t.program_code = ${p}`, q.programCode);
    if (q.status === 'open') where.push(`t.status = 'OPEN' AND t.claimed_by IS NULL`);
    if (q.status === 'claimed') where.push(`t.status = 'OPEN' AND t.claimed_by IS NOT NULL`);
    if (q.status === 'done') where.push(`t.status = 'DONE'`);
    if (q.dueBefore) add((p) => `t.due_at < ${p}::timestamptz`, q.dueBefore);
    if (q.overdue !== undefined)
      where.push(q.overdue ? `t.status = 'OPEN' AND t.due_at < now()` : `NOT (t.status = 'OPEN' AND t.due_at < now())`);
    const filter = where.join(' AND ');
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM ${from} WHERE ${filter}`,
      params,
    )) as { total: number }[];
    const items = (await this.dataSource.query(
      `SELECT ${columns} FROM ${from} WHERE ${filter}
        ORDER BY t.due_at ASC NULLS LAST, t.created_at ASC, t.task_id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.pageSize, pageOffset(q)],
    )) as TaskView[];
    return { items, total };
  }

  /** One task the user may see, or undefined (a task of another unit or role is as good as absent). */
  async findVisible(user: AuthUser, taskId: string): Promise<TaskView | undefined> {
    const rows = (await this.dataSource.query(`SELECT ${columns} FROM ${from} WHERE t.task_id = $5 AND ${visible}`, [
      ...viewer(user),
      taskId,
    ])) as TaskView[];
    return rows[0];
  }

  /** Whether any of the dossier's tasks, open or done, is the user's to see. */
  async anyVisible(user: AuthUser, applicationId: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `SELECT 1 FROM ${from} WHERE t.application_id = $5 AND ${visible} LIMIT 1`,
      [...viewer(user), applicationId],
    )) as unknown[];
    return rows.length > 0;
  }

  /**
   * Who holds the open task an action by this user would complete: the stage's shared task, or the user's
   * own (a council member's). null when unclaimed.
   */
  async claimHolder(applicationId: string, userId: string): Promise<string | null> {
    const rows = (await this.dataSource.query(
      `SELECT claimed_by AS "claimedBy" FROM appraisals.tasks
        WHERE application_id = $1 AND status = 'OPEN' AND claimed_by IS NOT NULL
          AND (assignee_id IS NULL OR assignee_id = $2)
        ORDER BY (claimed_by = $2) LIMIT 1`,
      [applicationId, userId],
    )) as { claimedBy: string }[];
    return rows[0]?.claimedBy ?? null;
  }

  /** Claims an open task for the user; false when someone else holds it or it is done. */
  async claim(userId: string, taskId: string): Promise<boolean> {
    const [, count] = (await this.dataSource.query(
      `UPDATE appraisals.tasks SET claimed_by = $2, claimed_at = now()
        WHERE task_id = $1 AND status = 'OPEN' AND (claimed_by IS NULL OR claimed_by = $2)`,
      [taskId, userId],
    )) as [unknown, number];
    return count === 1;
  }

  /** Releases a claim: the holder, or an operator for anyone's claim. */
  async unclaim(userId: string, taskId: string, asOperator: boolean): Promise<boolean> {
    const [, count] = (await this.dataSource.query(
      `UPDATE appraisals.tasks SET claimed_by = NULL, claimed_at = NULL
        WHERE task_id = $1 AND status = 'OPEN' AND claimed_by IS NOT NULL AND ($3 OR claimed_by = $2)`,
      [taskId, userId, asOperator],
    )) as [unknown, number];
    return count === 1;
  }

  async dossier(applicationId: string): Promise<TaskDossierSummary | null> {
    const rows = (await this.dataSource.query(
      `SELECT dossier_code AS "dossierCode", program_code AS "programCode", rule_pack_id AS "rulePackId",
              applicant_name AS "applicantName", local_unit_code AS "localUnitCode",
              eligible_cost_vnd::float8 AS "eligibleCostVnd", proposed_support_vnd::float8 AS "proposedSupportVnd",
              submitted_at AS "submittedAt", to_char(expected_result_date, 'YYYY-MM-DD') AS "expectedResultDate", stage
         FROM appraisals.dossiers WHERE application_id = $1`,
      [applicationId],
    )) as TaskDossierSummary[];
    return rows[0] ?? null;
  }
}
