import { approvalRefusals as no } from './approval-refusals';
import { approvalProcedure } from './approval-procedure';
import type { Check } from './action-check';
import { isFinalStage, stageTask } from './procedure-rules';
import type { OperatorActionType } from './procedure.types';
import { missingReason } from './reason-fields';
import type { Actor, OfficerAction } from './officer-action';
import type { SupportRequestState } from './support-request.types';

type OperatorAction = Extract<OfficerAction, { type: OperatorActionType }>;

/** Operators reassign a stage's task, extend its deadline or cancel the dossier, always with a reason. */
export function operatorRefusal(state: SupportRequestState, actor: Actor, action: OperatorAction) {
  const row = approvalProcedure.anyOpenStage[action.type];
  if (!row.roles.some((role) => actor.roles.includes(role))) return no.operatorOnly(action.type);
  if (isFinalStage(state.stage)) return no.dossierEnded(state.stage);
  return missingReason(row, action) ?? (operatorChecks[action.type] as Check | undefined)?.(state, actor, action);
}

const operatorChecks: { [T in OperatorActionType]?: Check<Extract<OfficerAction, { type: T }>> } = {
  REASSIGN: (state, _actor, action) => {
    const task = stageTask(state.stage);
    if (!task || task.perMember) return no.noTaskToReassign(state.stage);
    return action.assigneeId.trim() ? undefined : no.assigneeNeeded;
  },
  EXTEND_DEADLINE: (state, _actor, action) => {
    if (!Number.isInteger(action.workingDays) || action.workingDays < 1 || action.workingDays > 30)
      return no.extensionOutOfRange;
    return state.dueAt ? undefined : no.noDeadlineToExtend;
  },
};
