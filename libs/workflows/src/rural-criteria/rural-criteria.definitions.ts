import { defineQuery, defineUpdate } from '@temporalio/workflow';
import { RuralCriteriaMessages } from '@kc/contracts/temporal';
import type {
  RuralAction,
  RuralActor,
  RuralAppraisalStart,
  RuralAppraisalState,
  RuralStep,
} from '@kc/domain/rural-criteria';
import type { RecordedStepContext } from '../step-recorder';

export type RuralCriteriaInput = RuralAppraisalStart;

/** Every human step: the validator checks it against the procedure table; refused → nothing changes. */
export const ruralActionUpdate = defineUpdate<RuralAppraisalState, [{ actor: RuralActor; action: RuralAction }]>(
  RuralCriteriaMessages.act,
);
export const ruralStateQuery = defineQuery<RuralAppraisalState>(RuralCriteriaMessages.state);

/** One step as the appraisals service records it, with what it needs to know about the appraisal then. */
export interface RuralStepInput extends RecordedStepContext {
  appraisalId: string;
  actor: RuralActor | null;
  step: RuralStep;
  appraisal: Pick<
    RuralAppraisalState,
    'communeCode' | 'districtCode' | 'level' | 'targetYear' | 'round' | 'procedureId' | 'stage'
  >;
}

/** What the recorder answers: the due date of a stage it opened (working days, holiday calendar). */
export interface RuralStepResult {
  dueAt: string | null;
}

/** Activities of `ruralCriteriaAppraisalWorkflow`; the appraisals service implements them. */
export interface RuralCriteriaActivities {
  recordRuralStep(input: RuralStepInput): Promise<RuralStepResult>;
}
