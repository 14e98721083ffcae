import type { DomainRefusal } from '../refusals/domain-refusal';
import { councilRefusals as no } from './council-seating-refusals';
import { approvalProcedure } from './approval-procedure';
import { councilSeatingRule } from './council-seating-rule';
import type { Applied } from './stage-moves';
import type { Actor } from './officer-action';
import type { SupportRequestState, Verdict } from './support-request.types';

/** The stage whose council the appraiser seats, and who that is, as the procedure table says. */
const seatingStage = approvalProcedure.toDecision.find((stage) => approvalProcedure.stages[stage].task?.seating)!;
const seatingRole = approvalProcedure.stages[seatingStage].task!.seating!.role;

/** What the caller knows outside the workflow's state: who has claimed the seating task in the inbox. */
export interface SeatingContext {
  claimedBy?: string | null;
}

/**
 * Whether this appraiser may seat these members now: only where the table says, only in dossiers whose
 * council is seated by an appraiser, before anyone has voted; at least the rule's number, none twice.
 * That each member holds the council role is checked against the directory by the service first.
 */
export function validateSeating(
  state: SupportRequestState,
  actor: Actor,
  memberIds: readonly string[],
  context: SeatingContext = {},
): Verdict {
  const refusal = seatingRefusal(state, actor, memberIds, context);
  return refusal ? { ok: false, refusal } : { ok: true };
}

function seatingRefusal(
  state: SupportRequestState,
  actor: Actor,
  memberIds: readonly string[],
  context: SeatingContext,
): DomainRefusal | undefined {
  if (!actor.roles.includes(seatingRole)) return no.appraiserOnly;
  if (state.stage !== seatingStage || state.councilSeating !== 'BY_APPRAISER') return no.notSeatable;
  if (state.awaitingSupplement) return no.notSeatable;
  if (context.claimedBy && context.claimedBy !== actor.userId) return no.claimedByOther;
  if (state.council.some((m) => m.vote !== undefined)) return no.voteUnderWay;
  const { minMembers, maxMembers } = councilSeatingRule;
  if (memberIds.length < minMembers || memberIds.length > maxMembers) return no.size(minMembers, maxMembers);
  if (new Set(memberIds).size !== memberIds.length) return no.duplicate;
  return undefined;
}

/**
 * Seats the council: every member starts undeclared. A re-seat replaces the members who had not voted;
 * the stage keeps its deadline.
 */
export function applySeating(state: SupportRequestState, memberIds: readonly string[]): Applied {
  return {
    state: { ...state, council: memberIds.map((userId) => ({ userId })) },
    events: [{ type: 'CouncilSeated', memberIds: [...memberIds] }],
  };
}
