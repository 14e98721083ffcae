import { ruralProcedureById } from './procedures';
import type { RuralAppraisalState } from './appraisal-state';
import type { RuralStage } from './rural-stages';
import type { RuralStep } from './rural-steps';

/** Changes the stage and says so; the due date comes back from the recorder. */
export function moveTo(s: RuralAppraisalState, to: RuralStage, note: string | null): RuralStep[] {
  const from = s.stage;
  s.stage = to;
  s.dueAt = null;
  s.overdue = false;
  return [{ kind: 'STAGE_CHANGED', from, to, note }];
}

/**
 * The current stage's deadline passed with nobody acting: where the table says so the stage moves on
 * (a supplement not sent → EXPIRED); otherwise the stage stays, overdue, and its task is escalated.
 */
export function deadlinePassed(s: RuralAppraisalState): RuralStep[] {
  const next = ruralProcedureById(s.procedureId).onDeadline[s.stage];
  if (next) return moveTo(s, next, 'Quá hạn bổ sung hồ sơ');
  s.overdue = true;
  return [{ kind: 'STAGE_OVERDUE', stage: s.stage, dueAt: s.dueAt ?? '' }];
}
