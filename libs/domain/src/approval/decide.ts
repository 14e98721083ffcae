import type { DomainRefusal } from '../refusals/domain-refusal';
import { approvalRefusals as no, missingField } from './approval-refusals';
import { approvalProcedure } from './approval-procedure';
import { isFinalStage, isOperatorAction, stageTask, transitionAt } from './procedure-rules';
import type { ApprovalTransition, OperatorActionType } from './procedure.types';
import type { Actor, OfficerAction, SupportRequestState, Verdict } from './support-request.types';

/** What the caller knows outside the workflow's state: who has claimed the stage's task in the inbox. */
export interface ActionContext {
  /** The officer holding the task this action completes, when someone has claimed it. */
  claimedBy?: string | null;
}

type Check<A extends OfficerAction = OfficerAction> = (
  state: SupportRequestState,
  actor: Actor,
  action: A,
) => DomainRefusal | undefined;

const needsText = (text: unknown) => typeof text !== 'string' || text.trim().length < 5;

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

/** The first reason field the table asks for that the action leaves empty (under 5 characters). */
function missingReason(row: ApprovalTransition, action: OfficerAction): DomainRefusal | undefined {
  const fields = action as Partial<Record<string, unknown>> & { items?: { reasonVi: string }[] };
  const missing = row.needs.find((field) =>
    field === 'items'
      ? !fields.items || fields.items.length === 0 || fields.items.some((i) => needsText(i.reasonVi))
      : needsText(fields[field]),
  );
  return missing && missingField[missing];
}

const positiveVnd = (amount: number) => Number.isSafeInteger(amount) && amount > 0;

/** What each action needs beyond the table: amounts within their limits, the council's own rules. */
const actionChecks: { [T in OfficerAction['type']]?: Check<Extract<OfficerAction, { type: T }>> } = {
  PROPOSE_AMOUNT: (state, _actor, action) => {
    if (!positiveVnd(action.amountVnd)) return no.amountNotPositive;
    return action.amountVnd > state.maxSupportVnd ? no.amountAboveCeiling(state.maxSupportVnd) : undefined;
  },
  DECLARE_CONFLICT: (state, actor) => {
    const member = state.council.find((m) => m.userId === actor.userId);
    if (!member) return no.notOnCouncil;
    return member.conflict === undefined ? undefined : no.alreadyDeclared;
  },
  VOTE: (state, actor) => {
    const member = state.council.find((m) => m.userId === actor.userId);
    if (!member) return no.notOnCouncil;
    if (member.conflict === undefined) return no.declareFirst;
    if (member.conflict) return no.conflicted;
    return member.vote === undefined ? undefined : no.alreadyVoted;
  },
  APPROVE: (state, actor) => {
    if (state.budget === 'WAITLISTED') return no.awaitingBudget;
    return actor.userId === state.appraiserId ? no.appraiserMayNotApprove : undefined;
  },
  RECORD_DISBURSEMENT: (state, _actor, action) => {
    if (!positiveVnd(action.amountVnd)) return no.disbursementNotPositive;
    return state.disbursedVnd + action.amountVnd > (state.acceptedAmountVnd ?? 0)
      ? no.disbursementAboveApproved
      : undefined;
  },
};

type OperatorAction = Extract<OfficerAction, { type: OperatorActionType }>;

/** Operators reassign a stage's task, extend its deadline or cancel the dossier, always with a reason. */
function operatorRefusal(state: SupportRequestState, actor: Actor, action: OperatorAction) {
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
