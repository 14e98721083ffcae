import type { EntityManager } from 'typeorm';
import type { EventDraft } from '@kc/messaging';
import { vietnamDate, type WorkingDayCalendar } from '@kc/domain';
import {
  DEPARTMENT_UNIT_CODE,
  ruralProcedureById,
  ruralStageNames,
  type RuralStep,
  type UnitScope,
} from '@kc/domain/rural-criteria';
import type { RuralStepInput, RuralStepResult } from '@kc/workflows';
import { endOfVietnamDay } from '../approval/stage-deadlines';

/** What a handler did: the events to publish, the timeline line, and the recorder's answer. */
export interface Handled {
  drafts: EventDraft[];
  line: { kind: string; vi: string; en: string };
  result?: RuralStepResult;
}

export interface StepScope {
  m: EntityManager;
  input: RuralStepInput;
  at: Date;
  calendar: WorkingDayCalendar;
}

type Handler<K extends RuralStep['kind']> = (
  scope: StepScope,
  step: Extract<RuralStep, { kind: K }>,
) => Promise<Handled>;

const base = (input: RuralStepInput) => ({
  appraisalId: input.appraisalId,
  communeCode: input.appraisal.communeCode,
  level: input.appraisal.level,
  targetYear: input.appraisal.targetYear,
});

function draft<T extends EventDraft['type']>(input: RuralStepInput, at: Date, type: T, payload: object): EventDraft {
  return {
    type,
    aggregateId: input.appraisalId,
    payload: payload as EventDraft['payload'],
    actor: input.actor
      ? { kind: 'user', id: input.actor.userId, role: input.actor.roles[0] }
      : { kind: 'system', id: 'ruralCriteriaAppraisalWorkflow' },
    correlationId: input.workflowId,
    occurredAt: at,
  };
}

const unitCodeOf = (scope: UnitScope, input: RuralStepInput): string | null =>
  ({
    COMMUNE: input.appraisal.communeCode,
    DISTRICT: input.appraisal.districtCode,
    DEPARTMENT: DEPARTMENT_UNIT_CODE,
    ANY: null,
  })[scope];

/** Due at the end of the Vietnam day N working days after `at`, when the procedure gives the stage N. */
function dueAtOf(s: StepScope, stage: keyof typeof ruralStageNames): string | null {
  const days = ruralProcedureById(s.input.appraisal.procedureId).deadlines.stageWorkingDays[stage];
  return days ? endOfVietnamDay(s.calendar.addWorkingDays(vietnamDate(s.at), days)) : null;
}

const stageChanged: Handler<'STAGE_CHANGED'> = async (s, step) => {
  const { m, input, at } = s;
  await m.query(
    `UPDATE appraisals.rural_tasks SET status = 'DONE', completed_at = $2, completed_by = $3 WHERE appraisal_id = $1 AND status = 'OPEN'`,
    [input.appraisalId, at, input.actor?.userId ?? null],
  );
  const task = ruralProcedureById(input.appraisal.procedureId).stages[step.to].task;
  const dueAt = dueAtOf(s, step.to);
  const unitCode = task ? unitCodeOf(task.unit, input) : null;
  if (task && unitCode) {
    await m.query(
      `INSERT INTO appraisals.rural_tasks (task_id, appraisal_id, stage, unit_code, role, due_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [`${input.appraisalId}.${input.sequence}`, input.appraisalId, step.to, unitCode, task.role, dueAt, at],
    );
  }
  await m.query(
    `UPDATE appraisals.rural_appraisals SET stage = $2, round = $3, updated_at = $4 WHERE appraisal_id = $1`,
    [input.appraisalId, step.to, input.appraisal.round, at],
  );
  const to = ruralStageNames[step.to];
  return {
    result: { dueAt },
    line: {
      kind: 'STAGE',
      vi: `Chuyển sang bước ${to.vi}.${step.note ? ` ${step.note}` : ''}`,
      en: `Moved to ${to.en}.${step.note ? ` ${step.note}` : ''}`,
    },
    drafts: [
      draft(input, at, 'RuralCriteriaStageChanged', {
        ...base(input),
        round: input.appraisal.round,
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

const selfAssessmentSubmitted: Handler<'SELF_ASSESSMENT_SUBMITTED'> = async ({ m, input, at }, step) => {
  await m.query(
    `UPDATE appraisals.rural_appraisals SET submitted_evaluation = $2, decisions = '{}', updated_at = $3 WHERE appraisal_id = $1`,
    [input.appraisalId, JSON.stringify(step.evaluation), at],
  );
  const p = step.evaluation.proposal === 'DAT' ? 'Đạt' : 'Không đạt';
  return {
    drafts: [],
    line: {
      kind: 'SELF_ASSESSMENT',
      vi: `Xã nộp bản tự đánh giá (hệ thống đề xuất: ${p}).`,
      en: `Self-assessment submitted (${step.evaluation.proposal}).`,
    },
  };
};

const actionRecorded: Handler<'ACTION_RECORDED'> = async (_s, step) => ({
  drafts: [],
  line: { kind: step.action, vi: step.textVi, en: step.textEn },
});

const indicatorDecided: Handler<'INDICATOR_DECIDED'> = async ({ m, input, at }, step) => {
  await m.query(
    `UPDATE appraisals.rural_appraisals SET decisions = decisions || jsonb_build_object($2::text, $3::jsonb), updated_at = $4
      WHERE appraisal_id = $1`,
    [input.appraisalId, step.code, JSON.stringify(step.decision), at],
  );
  const d = step.decision;
  const verdictVi = d.verdict === 'DAT' ? 'Đạt' : 'Không đạt';
  return {
    drafts: [],
    line: d.overridden
      ? {
          kind: 'OVERRIDE',
          vi: `Chỉ tiêu ${step.code}: ${verdictVi}, khác đề xuất của hệ thống. Lý do: ${d.reason}`,
          en: `Indicator ${step.code}: ${d.verdict}, overriding the proposal. Reason: ${d.reason}`,
        }
      : {
          kind: 'CONFIRM',
          vi: `Chỉ tiêu ${step.code}: ${verdictVi} (xác nhận đề xuất).`,
          en: `Indicator ${step.code}: ${d.verdict} (proposal confirmed).`,
        },
  };
};

const supplementRequested: Handler<'SUPPLEMENT_REQUESTED'> = async (s, step) => {
  const dueAt = dueAtOf(s, 'SUPPLEMENT');
  const dueDate = dueAt ? vietnamDate(new Date(dueAt)) : vietnamDate(s.at);
  return {
    line: {
      kind: 'SUPPLEMENT',
      vi: `Yêu cầu bổ sung: ${step.items.map((i) => `${i.code} – ${i.reasonVi}`).join('; ')} (hạn ${dueDate}).`,
      en: `Supplement requested by ${dueDate}.`,
    },
    drafts: [
      draft(s.input, s.at, 'RuralCriteriaSupplementRequested', {
        ...base(s.input),
        round: s.input.appraisal.round,
        items: step.items,
        dueDate,
        requestedAt: s.at.toISOString(),
      }),
    ],
  };
};

const concluded: Handler<'CONCLUDED'> = async ({ m, input, at }, step) => {
  await m.query(
    `UPDATE appraisals.rural_appraisals SET outcome = $2, conclusion_number = $3, concluded_at = $4, updated_at = $4
      WHERE appraisal_id = $1`,
    [input.appraisalId, step.outcome, step.conclusionNumber, at],
  );
  if (step.outcome === 'DAT') {
    await m.query(
      `INSERT INTO appraisals.rural_recognitions (appraisal_id, commune_code, level, target_year, recognised_on, conclusion_number)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (appraisal_id) DO UPDATE SET recognised_on = EXCLUDED.recognised_on,
         conclusion_number = EXCLUDED.conclusion_number, revoked_on = NULL, revocation_reason = NULL`,
      [
        input.appraisalId,
        input.appraisal.communeCode,
        input.appraisal.level,
        input.appraisal.targetYear,
        vietnamDate(at),
        step.conclusionNumber,
      ],
    );
  }
  const vi = step.outcome === 'DAT' ? 'Đạt' : 'Không đạt';
  return {
    line: {
      kind: 'CONCLUDED',
      vi: `Văn bản kết luận số ${step.conclusionNumber}: ${vi}.`,
      en: `Conclusion ${step.conclusionNumber}: ${step.outcome}.`,
    },
    drafts: [
      draft(input, at, 'RuralCriteriaConcluded', {
        ...base(input),
        round: input.appraisal.round,
        outcome: step.outcome,
        conclusionNumber: step.conclusionNumber,
        indicators: step.indicators,
        concludedAt: at.toISOString(),
      }),
    ],
  };
};

const revoked: Handler<'REVOKED'> = async ({ m, input, at }, step) => {
  await m.query(
    `UPDATE appraisals.rural_recognitions SET revoked_on = $2, revocation_reason = $3 WHERE appraisal_id = $1`,
    [input.appraisalId, vietnamDate(at), step.reason],
  );
  return {
    line: {
      kind: 'REVOKED',
      vi: `Thu hồi công nhận (chỉ tiêu ${step.indicatorCodes.join(', ')}): ${step.reason}`,
      en: `Recognition revoked: ${step.reason}`,
    },
    drafts: [
      draft(input, at, 'RuralRecognitionRevoked', {
        ...base(input),
        reason: step.reason,
        indicatorCodes: step.indicatorCodes,
        revokedAt: at.toISOString(),
      }),
    ],
  };
};

const stageOverdue: Handler<'STAGE_OVERDUE'> = async ({ m, input, at }, step) => {
  const procedure = ruralProcedureById(input.appraisal.procedureId);
  const task = procedure.stages[step.stage].task;
  const unitCode = (task && unitCodeOf(task.unit, input)) ?? DEPARTMENT_UNIT_CODE;
  const role = task && task.unit !== 'ANY' ? procedure.escalation[task.unit] : 'DEPARTMENT_LEADER';
  await m.query(
    `UPDATE appraisals.rural_tasks SET escalated_to = $2, escalated_at = $3 WHERE appraisal_id = $1 AND status = 'OPEN'`,
    [input.appraisalId, role, at],
  );
  const name = ruralStageNames[step.stage];
  return {
    line: {
      kind: 'OVERDUE',
      vi: `Bước ${name.vi} quá hạn; đã báo ${role} của ${unitCode}.`,
      en: `${name.en} is overdue; escalated to ${role} of ${unitCode}.`,
    },
    drafts: [
      draft(input, at, 'RuralCriteriaStageOverdue', {
        ...base(input),
        round: input.appraisal.round,
        stage: step.stage,
        dueAt: step.dueAt,
        escalatedTo: { unitCode, role },
        overdueAt: at.toISOString(),
      }),
    ],
  };
};

/** One small handler per step kind. */
export const ruralStepHandlers: { [K in RuralStep['kind']]: Handler<K> } = {
  STAGE_CHANGED: stageChanged,
  SELF_ASSESSMENT_SUBMITTED: selfAssessmentSubmitted,
  ACTION_RECORDED: actionRecorded,
  INDICATOR_DECIDED: indicatorDecided,
  SUPPLEMENT_REQUESTED: supplementRequested,
  CONCLUDED: concluded,
  REVOKED: revoked,
  STAGE_OVERDUE: stageOverdue,
};
