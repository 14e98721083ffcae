import type { EntityManager } from 'typeorm';
import type { EventDraft } from '@kc/messaging';
import { vietnamDate, type WorkingDayCalendar } from '@kc/domain';
import {
  DEPARTMENT_UNIT_CODE,
  ruralProcedureById,
  type ruralStageNames,
  type RuralStep,
  type UnitScope,
} from '@kc/domain/rural-criteria';
import type { RuralStepInput, RuralStepResult } from '@kc/workflows';
import { endOfVietnamDay } from '../../approval/stage-deadlines';
import type { RuralAppraisalsRepository } from '../rural-appraisals.repository';
import type { RuralRecognitionsRepository } from '../rural-recognitions.repository';
import type { RuralTasksRepository } from '../rural-tasks.repository';

/** What a handler did: the events to publish, the timeline line, and the recorder's answer. */
export interface Handled {
  drafts: EventDraft[];
  line: { kind: string; vi: string; en: string };
  result?: RuralStepResult;
}

/** The owners of the tables a step writes. */
export interface RuralStepRepositories {
  appraisals: RuralAppraisalsRepository;
  tasks: RuralTasksRepository;
  recognitions: RuralRecognitionsRepository;
}

export interface StepScope {
  m: EntityManager;
  input: RuralStepInput;
  at: Date;
  calendar: WorkingDayCalendar;
  repos: RuralStepRepositories;
}

export type Handler<K extends RuralStep['kind']> = (
  scope: StepScope,
  step: Extract<RuralStep, { kind: K }>,
) => Promise<Handled>;

export const base = (input: RuralStepInput) => ({
  appraisalId: input.appraisalId,
  communeCode: input.appraisal.communeCode,
  level: input.appraisal.level,
  targetYear: input.appraisal.targetYear,
});

export function draft<T extends EventDraft['type']>(
  input: RuralStepInput,
  at: Date,
  type: T,
  payload: object,
): EventDraft {
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

/** An event about the appraisal's current round (all but the revocation, which outlives rounds). */
export const roundEvent = (input: RuralStepInput, at: Date, type: EventDraft['type'], fields: object): EventDraft =>
  draft(input, at, type, { ...base(input), round: input.appraisal.round, ...fields });

export const unitCodeOf = (scope: UnitScope, input: RuralStepInput): string | null =>
  ({
    COMMUNE: input.appraisal.communeCode,
    DISTRICT: input.appraisal.districtCode,
    DEPARTMENT: DEPARTMENT_UNIT_CODE,
    ANY: null,
  })[scope];

/** Due at the end of the Vietnam day N working days after `at`, when the procedure gives the stage N. */
export function dueAtOf(s: StepScope, stage: keyof typeof ruralStageNames): string | null {
  const days = ruralProcedureById(s.input.appraisal.procedureId).deadlines.stageWorkingDays[stage];
  return days ? endOfVietnamDay(s.calendar.addWorkingDays(vietnamDate(s.at), days)) : null;
}
