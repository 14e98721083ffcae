import { ruralProcedureById } from './procedures';
import type { RuralAppraisalState } from './appraisal-state';
import type { RuralStep } from './rural-steps';

/** What a registration starts an appraisal with. */
export interface RuralAppraisalStart {
  appraisalId: string;
  communeCode: string;
  communeSuccessorCode?: string | null;
  districtCode: string | null;
  level: RuralAppraisalState['level'];
  targetYear: number;
  packId: string;
  templateId: string;
  procedureId: string;
}

/** The state a registration starts in, and its first step (entering the procedure's first stage). */
export function startRuralAppraisal(input: RuralAppraisalStart): { state: RuralAppraisalState; steps: RuralStep[] } {
  const start = ruralProcedureById(input.procedureId).start;
  const state: RuralAppraisalState = {
    ...input,
    stage: start,
    round: 1,
    evaluation: null,
    decisions: {},
    powerConfirmationRef: null,
    inspection: null,
    conclusion: null,
    proposalNote: null,
    supplement: null,
    dueAt: null,
    overdue: false,
    revocation: null,
  };
  return { state, steps: [{ kind: 'STAGE_CHANGED', from: null, to: start, note: null }] };
}
