import type { SupportRequestState } from '@kc/domain/approval';
import { initialCouncil } from './support-request.council';
import type { SupportRequestInput } from './support-request.definitions';
import type { Step } from './support-request.step-input';

/** A submitted dossier at RECEPTION: nothing decided yet, its council as the patch in force says. */
export function startingState(input: SupportRequestInput): SupportRequestState {
  return {
    stage: 'RECEPTION',
    localUnitCode: input.localUnitCode,
    maxSupportVnd: input.maxSupportVnd,
    ...initialCouncil(input),
    quorum: input.quorum,
    awaitingSupplement: false,
    disbursedVnd: 0,
    slaWarned: false,
    overdue: false,
  };
}

/** The submission, the first step every dossier records: it enters RECEPTION. */
export const submittedStep = (): Step => ({
  actor: null,
  cause: 'SUBMITTED',
  stage: 'RECEPTION',
  events: [{ type: 'StageChanged', from: 'RECEPTION', to: 'RECEPTION', note: null }],
});
