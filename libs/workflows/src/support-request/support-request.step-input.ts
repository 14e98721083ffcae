import type { Actor, StageEvent, SupportRequestState } from '@kc/domain/approval';
import type { StageStepInput, SupportRequestInput } from './support-request.definitions';

/**
 * A decided step waiting to be recorded: who acted, what caused it, the stage after it, its events, and
 * the council members who could act when it was decided (a council seated before the step is recorded must
 * not be read into it: the step that opened COUNCIL_REVIEW would get the members' tasks as well as the
 * seating's). Steps queued by older code have no `council`; the state's is read then, as it was.
 */
export interface Step {
  actor: Actor | null;
  cause: string;
  stage: string;
  events: StageEvent[];
  council?: string[];
}

/** The council members who may still act: those who declared no conflict. */
export const activeCouncil = (state: SupportRequestState): string[] =>
  state.council.filter((m) => m.conflict !== true).map((m) => m.userId);

/**
 * What the step activity is given for one step: the dossier, the step, the members of the council who may
 * still act (no conflict declared), and the deadline an extension counts from.
 */
export function stepInputOf(
  input: SupportRequestInput,
  state: SupportRequestState,
  step: Step,
  sequence: number,
  occurredAt: string,
): StageStepInput {
  return {
    applicationId: input.applicationId,
    dossierCode: input.dossierCode,
    programCode: input.programCode,
    rulePackId: input.rulePackId,
    localUnitCode: input.localUnitCode,
    sequence,
    ...step,
    occurredAt,
    council: step.council ?? activeCouncil(state),
    dueAt: state.dueAt ?? null,
  };
}
