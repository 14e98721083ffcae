import type { Stage } from '@kc/contracts';
import { pathOf, transitionAt } from './procedure-rules';
import type { OfficerAction } from './officer-action';
import type { StageEvent } from './stage-events';
import type { SupportRequestState } from './support-request.types';

export interface Applied {
  state: SupportRequestState;
  events: StageEvent[];
}

/** A new stage starts with no assignee and a fresh clock (its deadline comes back from the step's activity). */
export const move = (state: SupportRequestState, to: Stage, note: string | null = null): Applied => ({
  state: {
    ...state,
    stage: to,
    assigneeId: undefined,
    dueAt: undefined,
    slaWarned: false,
    overdue: false,
    awaitingSupplement: false,
    supplementDueAt: undefined,
    pausedRemainingMs: undefined,
  },
  events: [{ type: 'StageChanged', from: state.stage, to, note }],
});

/** Ends the dossier in an end state; an approved amount still held goes back to the programme's budget. */
export function end(state: SupportRequestState, to: Stage, reason: string, decision: StageEvent[]): Applied {
  const moved = move(state, to, reason);
  if (state.budget !== 'RESERVED') return { state: moved.state, events: [...moved.events, ...decision] };
  const released: StageEvent = {
    type: 'BudgetReleased',
    amountVnd: state.acceptedAmountVnd ?? 0,
    year: state.budgetYear ?? 0,
    reason,
  };
  return { state: { ...moved.state, budget: 'RELEASED' }, events: [...moved.events, ...decision, released] };
}

/** The dossier moves along a path of the procedure table (the note goes with the first move); none stays. */
export function walk(state: SupportRequestState, path: readonly Stage[], note: string | null = null): Applied {
  let applied: Applied = { state, events: [] };
  path.forEach((to, n) => {
    const moved = move(applied.state, to, n === 0 ? note : null);
    applied = { state: moved.state, events: [...applied.events, ...moved.events] };
  });
  return applied;
}

/** Where the procedure table sends the dossier for this action at its stage (and this outcome). */
export const leads = (state: SupportRequestState, type: OfficerAction['type'], outcome?: string) =>
  pathOf(transitionAt(state.stage, type)!, outcome);
/** An action whose path ends the dossier: its end stage is the table's. */
export const endsBy = (state: SupportRequestState, type: OfficerAction['type']) => leads(state, type).at(-1)!;
