import type { AuthUser } from '@kc/auth';

/** The SQL that reads a task as the inbox shows it (TaskView), with the viewer's rights. */

export const columns = `t.task_id AS "taskId", t.application_id AS "applicationId", t.dossier_code AS "dossierCode",
  t.program_code AS "programCode", d.applicant_name AS "applicantName", t.stage, t.actions, t.unit_code AS "unitCode",
  t.role, t.assignee_id AS "assigneeId", t.claimed_by AS "claimedBy", t.claimed_at AS "claimedAt", t.status, t.outcome,
  t.due_at AS "dueAt", (t.status = 'OPEN' AND t.due_at < now()) AS overdue, t.warned_at AS "warnedAt",
  t.escalated_at AS "escalatedAt", t.created_at AS "createdAt", t.completed_at AS "completedAt",
  t.completed_by AS "completedBy"`;
export const from = `appraisals.tasks t LEFT JOIN appraisals.dossiers d ON d.application_id = t.application_id`;

/**
 * Who sees a task: operators see all; an officer sees the tasks of a role they hold, addressed to them or
 * to their unit; a unit's leader also sees its escalated (overdue) tasks. Parameters $1–$3: user, roles, unit.
 */
export const visible = `($4 OR (t.role = ANY($2) AND (t.assignee_id = $1 OR (t.assignee_id IS NULL AND t.unit_code = $3)))
  OR (t.escalated_at IS NOT NULL AND t.unit_code = $3 AND ('LOCAL_LEADER' = ANY($2) OR 'DEPARTMENT_LEADER' = ANY($2))))`;
export const viewer = (u: AuthUser) => [u.id, u.roles, u.unitCode ?? '', u.roles.includes('OPERATOR')];
