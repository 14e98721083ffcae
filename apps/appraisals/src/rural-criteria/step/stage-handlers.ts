import { DEPARTMENT_UNIT_CODE, ruralProcedureById, ruralStageNames } from '@kc/domain/rural-criteria';
import { dueAtOf, roundEvent, unitCodeOf, type Handler } from './rural-step-scope';

/** The appraisal moved on: the last stage's task closes and the new stage's opens with its deadline. */
export const stageChanged: Handler<'STAGE_CHANGED'> = async (s, step) => {
  const { m, input, at, repos } = s;
  await repos.tasks.closeOpen(m, input.appraisalId, input.actor?.userId ?? null, at);
  const task = ruralProcedureById(input.appraisal.procedureId).stages[step.to].task;
  const dueAt = dueAtOf(s, step.to);
  const unitCode = task ? unitCodeOf(task.unit, input) : null;
  if (task && unitCode) {
    const taskId = `${input.appraisalId}.${input.sequence}`;
    await repos.tasks.insert(
      m,
      { taskId, appraisalId: input.appraisalId, stage: step.to, unitCode, role: task.role, dueAt },
      at,
    );
  }
  await repos.appraisals.setStage(m, input.appraisalId, step.to, input.appraisal.round, at);
  const to = ruralStageNames[step.to];
  return {
    result: { dueAt },
    line: {
      kind: 'STAGE',
      vi: `Chuyển sang bước ${to.vi}.${step.note ? ` ${step.note}` : ''}`,
      en: `Moved to ${to.en}.${step.note ? ` ${step.note}` : ''}`,
    },
    drafts: [
      roundEvent(input, at, 'RuralCriteriaStageChanged', {
        from: step.from,
        to: step.to,
        unitCode,
        role: task?.role ?? null,
        dueAt,
        note: step.note,
        changedAt: at.toISOString(),
      }),
    ],
  };
};

/** A stage's deadline passed: its open task is escalated to the unit's leader (the Department's if none). */
export const stageOverdue: Handler<'STAGE_OVERDUE'> = async ({ m, input, at, repos }, step) => {
  const procedure = ruralProcedureById(input.appraisal.procedureId);
  const task = procedure.stages[step.stage].task;
  const unitCode = (task && unitCodeOf(task.unit, input)) ?? DEPARTMENT_UNIT_CODE;
  const role = task && task.unit !== 'ANY' ? procedure.escalation[task.unit] : 'DEPARTMENT_LEADER';
  await repos.tasks.escalateOpen(m, input.appraisalId, role, at);
  const name = ruralStageNames[step.stage];
  return {
    line: {
      kind: 'OVERDUE',
      vi: `Bước ${name.vi} quá hạn; đã báo ${role} của ${unitCode}.`,
      en: `${name.en} is overdue; escalated to ${role} of ${unitCode}.`,
    },
    drafts: [
      roundEvent(input, at, 'RuralCriteriaStageOverdue', {
        stage: step.stage,
        dueAt: step.dueAt,
        escalatedTo: { unitCode, role },
        overdueAt: at.toISOString(),
      }),
    ],
  };
};
