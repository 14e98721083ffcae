import type { EntityManager } from 'typeorm';
import type { Stage } from '@kc/contracts';
import { DEPARTMENT_UNIT, isLocalStage, stageTask, unitOfStage } from '@kc/domain';

/** A task row as the inbox and the TaskCreated/TaskCompleted events show it. */
export interface TaskRow {
  task_id: string;
  stage: Stage;
  actions: string[];
  unit_code: string;
  role: string;
  assignee_id: string | null;
  due_at: Date | null;
}

interface TaskContext {
  applicationId: string;
  dossierCode: string;
  programCode: string;
  localUnitCode: string;
  /** Task ids are `<application>.<step sequence>.<n>` (URL-safe): a retried step makes the same ids. */
  sequence: number;
  at: Date;
}

/** The task(s) a stage opens, as the procedure table says: one per eligible council member, else one for the stage. */
export function tasksForStage(
  stage: Stage,
  c: TaskContext,
  extra: { council: string[]; assigneeId: string | null; dueAt: string | null },
): TaskRow[] {
  const task = stageTask(stage);
  if (!task) return [];
  const base = { stage, actions: task.actions, role: task.role, due_at: extra.dueAt ? new Date(extra.dueAt) : null };
  if (task.perMember) {
    return extra.council.map((userId, n) => ({
      ...base,
      task_id: `${c.applicationId}.${c.sequence}.${n}`,
      unit_code: DEPARTMENT_UNIT,
      assignee_id: userId,
    }));
  }
  return [
    {
      ...base,
      task_id: `${c.applicationId}.${c.sequence}.0`,
      unit_code: unitOfStage(stage, c.localUnitCode),
      assignee_id: extra.assigneeId,
    },
  ];
}

export async function insertTasks(m: EntityManager, c: TaskContext, rows: TaskRow[]): Promise<void> {
  for (const t of rows) {
    await m.query(
      `INSERT INTO appraisals.tasks (task_id, application_id, dossier_code, program_code, stage, actions, unit_code, role,
         assignee_id, due_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        t.task_id,
        c.applicationId,
        c.dossierCode,
        c.programCode,
        t.stage,
        t.actions,
        t.unit_code,
        t.role,
        t.assignee_id,
        t.due_at,
        c.at,
      ],
    );
  }
}

/** Closes the dossier's open tasks (only `assigneeId`'s when given) and returns them. */
export async function closeOpenTasks(
  m: EntityManager,
  applicationId: string,
  done: { outcome: string; by: string | null; at: Date; assigneeId?: string },
): Promise<TaskRow[]> {
  const [rows] = (await m.query(
    `UPDATE appraisals.tasks SET status = 'DONE', outcome = $2, completed_by = $3, completed_at = $4
      WHERE application_id = $1 AND status = 'OPEN' AND ($5::text IS NULL OR assignee_id = $5)
      RETURNING task_id, stage, actions, unit_code, role, assignee_id, due_at`,
    [applicationId, done.outcome, done.by, done.at, done.assigneeId ?? null],
  )) as [TaskRow[], number];
  return rows;
}

/** The dossier's open tasks (a stage's task, or the council's). */
export async function openTasks(m: EntityManager, applicationId: string): Promise<TaskRow[]> {
  return m.query(
    `SELECT task_id, stage, actions, unit_code, role, assignee_id, due_at FROM appraisals.tasks
      WHERE application_id = $1 AND status = 'OPEN' ORDER BY task_id`,
    [applicationId],
  );
}

/** Who an overdue stage is escalated to: the local unit's leader, or the Department's. */
export function escalationOf(stage: Stage, localUnitCode: string) {
  return isLocalStage(stage)
    ? { unitCode: localUnitCode, role: 'LOCAL_LEADER', assigneeId: null }
    : { unitCode: DEPARTMENT_UNIT, role: 'DEPARTMENT_LEADER', assigneeId: null };
}
