import type { EntityManager } from 'typeorm';
import type { TaskRow } from '../approval/task-rows';

/** Where new task rows come from: task ids are `<application>.<step sequence>.<n>`, so a retried step makes the same. */
export interface TaskOrigin {
  applicationId: string;
  dossierCode: string;
  programCode: string;
  at: Date;
}

const rowColumns = `task_id, stage, actions, unit_code, role, assignee_id, due_at`;

/** What the approval's step activity writes to `appraisals.tasks` (TasksRepository, the table's owner, is one). */
export class TaskWrites {
  /** The step's new tasks (one per council member at COUNCIL_REVIEW, else the stage's one). */
  async insert(m: EntityManager, o: TaskOrigin, rows: TaskRow[]): Promise<void> {
    for (const t of rows) {
      await m.query(
        `INSERT INTO appraisals.tasks (task_id, application_id, dossier_code, program_code, stage, actions, unit_code, role,
           assignee_id, due_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          t.task_id,
          o.applicationId,
          o.dossierCode,
          o.programCode,
          t.stage,
          t.actions,
          t.unit_code,
          t.role,
          t.assignee_id,
          t.due_at,
          o.at,
        ],
      );
    }
  }

  /** Closes the dossier's open tasks (only `assigneeId`'s when given) and returns them. */
  async closeOpen(
    m: EntityManager,
    applicationId: string,
    done: { outcome: string; by: string | null; at: Date; assigneeId?: string },
  ): Promise<TaskRow[]> {
    const [rows] = (await m.query(
      `UPDATE appraisals.tasks SET status = 'DONE', outcome = $2, completed_by = $3, completed_at = $4
        WHERE application_id = $1 AND status = 'OPEN' AND ($5::text IS NULL OR assignee_id = $5)
        RETURNING ${rowColumns}`,
      [applicationId, done.outcome, done.by, done.at, done.assigneeId ?? null],
    )) as [TaskRow[], number];
    return rows;
  }

  /** The dossier's open tasks (a stage's task, or the council's). */
  open(m: EntityManager, applicationId: string): Promise<TaskRow[]> {
    return m.query(
      `SELECT ${rowColumns} FROM appraisals.tasks WHERE application_id = $1 AND status = 'OPEN' ORDER BY task_id`,
      [applicationId],
    );
  }

  /** A new deadline for the open tasks, which are then no longer escalated. */
  async moveDue(m: EntityManager, applicationId: string, dueAt: string | null): Promise<void> {
    await m.query(
      `UPDATE appraisals.tasks SET due_at = $2, escalated_at = NULL WHERE application_id = $1 AND status = 'OPEN'`,
      [applicationId, dueAt],
    );
  }

  /** Marks the open tasks warned (75 % of the time gone) or escalated (overdue). */
  async markOpen(m: EntityManager, applicationId: string, mark: 'WARNED' | 'ESCALATED', at: Date): Promise<void> {
    const column = mark === 'WARNED' ? 'warned_at' : 'escalated_at';
    await m.query(`UPDATE appraisals.tasks SET ${column} = $2 WHERE application_id = $1 AND status = 'OPEN'`, [
      applicationId,
      at,
    ]);
  }
}
