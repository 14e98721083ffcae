import type { RuralStep } from '@kc/domain/rural-criteria';
import {
  actionRecorded,
  indicatorDecided,
  selfAssessmentSubmitted,
  supplementRequested,
} from './step/assessment-handlers';
import { concluded, revoked } from './step/conclusion-handlers';
import type { Handler } from './step/rural-step-scope';
import { stageChanged, stageOverdue } from './step/stage-handlers';

export type { Handled, RuralStepRepositories, StepScope } from './step/rural-step-scope';

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
