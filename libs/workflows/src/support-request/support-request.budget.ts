import { getExternalWorkflowHandle, patched } from '@temporalio/workflow';
import { WorkflowIds } from '@kc/contracts/temporal';
import { budgetFreedSignal } from './support-request.definitions';

/**
 * The `budgetFreed` signals a dossier has had, and how many of them its last re-reservation answered.
 * A signal is a count, not a flag: one that arrives while the reservation is in flight is still
 * pending after it returns, so the loop asks again (a reset flag would drop it, and a dossier the ledger
 * funded meanwhile would wait for ever). The ledger decides who is funded, in order of approval; the
 * workflow only asks it again when woken.
 */
export class BudgetFreedSignals {
  /**
   * Dossiers started before the count answered everything received by the time the reservation
   * returned (the old flag's reset); they replay that way.
   */
  private readonly counted = patched('budget-fifo');
  private received = 0;
  private answered = 0;

  /** The signal's handler: money was freed in the dossier's programme and year. */
  receive(): void {
    this.received += 1;
  }

  /** A signal has come that no reservation has answered yet. */
  pending(): boolean {
    return this.received > this.answered;
  }

  /** Asks the ledger again (when told to), then marks answered the signals received before asking. */
  async answer<T>(ask: boolean, reserve: () => Promise<T>): Promise<T | undefined> {
    const upTo = this.received;
    const outcome = ask ? await reserve() : undefined;
    this.answered = this.counted ? upTo : this.received;
    return outcome;
  }
}

/** The ledger funded these waiting dossiers, in order of approval: each is woken to take its grant. */
export async function wakeWaitingDossiers(applicationIds: string[]): Promise<void> {
  for (const applicationId of applicationIds) {
    try {
      await getExternalWorkflowHandle(WorkflowIds.supportRequest(applicationId)).signal(budgetFreedSignal);
    } catch {
      // That dossier has ended meanwhile: nothing waits there any more.
    }
  }
}
