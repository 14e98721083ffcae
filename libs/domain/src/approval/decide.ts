import { approvalRefusals as no } from './approval-refusals';
import type { Check } from './action-check';
import { actionChecks } from './action-rules';
import { operatorRefusal } from './operator-rules';
import { isOperatorAction, transitionAt } from './procedure-rules';
import { missingReason } from './reason-fields';
import type { Actor, OfficerAction } from './officer-action';
import type { SupportRequestState, Verdict } from './support-request.types';

/** What the caller knows outside the workflow's state: who has claimed the stage's task in the inbox. */
export interface ActionContext {
  /** The officer holding the task this action completes, when someone has claimed it. */
  claimedBy?: string | null;
}

/**
 * Whether an action may be taken now: who may act where comes from the procedure table, then the few
 * rules about amounts and the council that a table cannot say.
 */
export function validateAction(
  state: SupportRequestState,
  actor: Actor,
  action: OfficerAction,
  context: ActionContext = {},
): Verdict {
  const refusal = isOperatorAction(action)
    ? operatorRefusal(state, actor, action)
    : refusalOf(state, actor, action, context);
  return refusal ? { ok: false, refusal } : { ok: true };
}

function refusalOf(state: SupportRequestState, actor: Actor, action: OfficerAction, context: ActionContext) {
  const row = transitionAt(state.stage, action.type);
  if (!row) return no.noSuchAction(state.stage, action.type);
  if (state.awaitingSupplement) return no.awaitingSupplement;
  if (!row.roles.some((role) => actor.roles.includes(role))) return no.wrongRole(action.type, row.roles);
  if (row.unit === 'LOCAL' && actor.unitCode !== state.localUnitCode) return no.otherUnit(state.localUnitCode);
  if (state.assigneeId && state.assigneeId !== actor.userId) return no.assignedToOther;
  // A claim binds every way of acting on the dossier, not only the inbox's task routes.
  if (context.claimedBy && context.claimedBy !== actor.userId) return no.claimedByOther;
  return missingReason(row, action) ?? (actionChecks[action.type] as Check | undefined)?.(state, actor, action);
}
