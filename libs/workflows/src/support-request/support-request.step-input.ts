import type { Actor, StageEvent, SupportRequestState } from '@kc/domain/approval';
import type { StageStepInput, SupportRequestInput } from './support-request.definitions';

/** A decided step waiting to be recorded: who acted, what caused it, the stage after it, its events. */
export interface Step {
  actor: Actor | null;
  cause: string;
  stage: string;
  events: StageEvent[];
}

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
    council: state.council.filter((m) => m.conflict !== true).map((m) => m.userId),
    dueAt: state.dueAt ?? null,
  };
}
