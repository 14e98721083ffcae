import { setHandler } from '@temporalio/workflow';
import { applySupplementReceived, applyWithdrawal, isFinalStage } from '@kc/domain/approval';
import { budgetFreedSignal, supplementSubmittedSignal, withdrawnSignal } from './support-request.definitions';
import type { SupportRequestRun } from './support-request.run';

/** The applicant's supplement resumes the paused stage; a withdrawal ends the dossier from any open stage. */
export function listenToApplicant(run: SupportRequestRun): void {
  setHandler(supplementSubmittedSignal, () => {
    if (!run.state.awaitingSupplement || isFinalStage(run.state.stage)) return;
    run.restartWindow();
    run.queue(null, 'SUPPLEMENT_RECEIVED', applySupplementReceived(run.state, Date.now()));
  });
  setHandler(withdrawnSignal, ({ reason }) => {
    if (!isFinalStage(run.state.stage)) run.queue(null, 'WITHDRAWN', applyWithdrawal(run.state, reason));
  });
}

/** The ledger funded the dossier in its turn: the main loop asks it again (every signal counted). */
export function listenToBudget(run: SupportRequestRun): void {
  setHandler(budgetFreedSignal, () => run.budgetFreed.receive());
}
