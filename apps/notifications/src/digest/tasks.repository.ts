import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TaskCompletedV1, TaskCreatedV1 } from '@kc/contracts';
import type { Recipient } from '../recipients/recipient';

export interface DigestTask {
  taskId: string;
  applicationId: string;
  dossierCode: string;
  stage: string;
  dueAt: string;
}

/** Officers' open tasks, projected from TaskCreated / TaskCompleted, for the daily digest. */
@Injectable()
export class TasksRepository {
  async open(manager: EntityManager, task: TaskCreatedV1): Promise<void> {
    await manager.query(
      `INSERT INTO notifications.tasks (task_id, application_id, dossier_code, stage, unit_code, role, assignee_id, due_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (task_id) DO NOTHING`,
      [
        task.taskId,
        task.applicationId,
        task.dossierCode,
        task.stage,
        task.addressee.unitCode,
        task.addressee.role,
        task.addressee.assigneeId,
        task.dueAt,
        task.createdAt,
      ],
    );
  }

  async complete(manager: EntityManager, task: TaskCompletedV1): Promise<void> {
    await manager.query(
      `UPDATE notifications.tasks SET completed_at = $2 WHERE task_id = $1 AND completed_at IS NULL`,
      [task.taskId, task.completedAt],
    );
  }

  /**
   * The person's open tasks with a deadline before `until`: theirs by assignment, or their unit's for a
   * role they hold when nobody is assigned.
   */
  async openFor(manager: EntityManager, person: Recipient, until: Date): Promise<DigestTask[]> {
    const rows: { task_id: string; application_id: string; dossier_code: string; stage: string; due_at: Date }[] =
      await manager.query(
        `SELECT task_id, application_id, dossier_code, stage, due_at FROM notifications.tasks
          WHERE completed_at IS NULL AND due_at IS NOT NULL AND due_at < $4
            AND (assignee_id = $1 OR (assignee_id IS NULL AND unit_code = $2 AND role = ANY ($3::text[])))
          ORDER BY due_at, task_id`,
        [person.id, person.unitCode, person.roles, until],
      );
    return rows.map((r) => ({
      taskId: r.task_id,
      applicationId: r.application_id,
      dossierCode: r.dossier_code,
      stage: r.stage,
      dueAt: r.due_at.toISOString(),
    }));
  }
}
