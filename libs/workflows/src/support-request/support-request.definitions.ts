import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { SupportRequestMessages } from '@kc/contracts';
import type { Actor, OfficerAction, StageEvent, SupportRequestState } from '@kc/domain';

export const officerActionUpdate = defineUpdate<SupportRequestState, [{ actor: Actor; action: OfficerAction }]>(
  SupportRequestMessages.officerAction,
);
export const supplementSubmittedSignal = defineSignal<[{ supplementRequestId: string; documentIds: string[] }]>(
  SupportRequestMessages.supplementSubmitted,
);
export const withdrawnSignal = defineSignal<[{ reason: string }]>(SupportRequestMessages.withdrawn);
export const stateQuery = defineQuery<SupportRequestState>(SupportRequestMessages.state);

export interface SupportRequestInput {
  applicationId: string;
  dossierCode: string;
  programCode: string;
  /** The rule pack the dossier keeps for its whole life. */
  rulePackId: string;
  localUnitCode: string;
  /** The rule pack's support for the dossier, computed at submission: the ceiling for any proposal. */
  maxSupportVnd: number;
  /** Council member user ids (the council's composition comes from the Department's configuration). */
  council: string[];
  quorum: { numerator: number; denominator: number };
}

/** Activities the workflow calls; the appraisals service implements them (imported here as a type only). */
export interface SupportRequestActivities {
  /** Writes the events to the appraisals outbox, idempotently (keyed by workflow, sequence). */
  publishStageEvents(input: {
    applicationId: string;
    dossierCode: string;
    sequence: number;
    /** The stage after the step, e.g. where a supplement was requested. */
    stage: string;
    rulePackId: string;
    localUnitCode: string;
    actor: Actor | null;
    events: StageEvent[];
  }): Promise<void>;
}
