/**
 * supportRequestWorkflow: one support request from submission to COMPLETED or an end state
 * (REFUSED, REJECTED, WITHDRAWN, EXPIRED, CANCELLED), architecture.md §4.2.
 * Id `support-request/<applicationId>`, task queue `approvals`.
 * - Update `officerAction` ({actor, action}): every human step, operators' reassign/extend/cancel included;
 *   its validator is the domain's `validateAction`, so a rejected action changes nothing.
 * - Update `seatCouncil` ({actor, memberIds}): the appraiser seats or re-seats the council (council-seating).
 * - Signals `supplementSubmitted` (the paused stage resumes), `withdrawn` (ends in WITHDRAWN) and
 *   `budgetFreed` (a wait-listed approval tries its reservation again).
 * - Query `state`: the whole state.
 * - Timers: the stage's deadline (75 % warning, then breach with escalation) and the applicant's
 *   supplement deadline (then EXPIRED). Deadlines are counted in working days by the step activity.
 * Search attributes KcDossierCode, KcProgram, KcStage, KcUnit, KcDueAt and KcOverdue follow the state.
 */
import type { SupportRequestState } from '@kc/domain/approval';
import type { SupportRequestInput } from './support-request.definitions';
import { acceptOfficerActions, answerStateQueries } from './support-request.handlers';
import { listenToApplicant, listenToBudget } from './support-request.listeners';
import { SupportRequestRun } from './support-request.run';
import { acceptCouncilSeating } from './support-request.council';

/** The procedure itself is the table in the rule pack (`approvalProcedure`, @kc/domain/approval). */
export async function supportRequestWorkflow(input: SupportRequestInput): Promise<SupportRequestState> {
  const run = new SupportRequestRun(input); // RECEPTION, the submission queued as the first step
  answerStateQueries(run);
  acceptOfficerActions(run); // each officer's step, validated and applied by the procedure table
  acceptCouncilSeating(run); // the appraiser seats (or re-seats) the council at COUNCIL_REVIEW
  listenToApplicant(run); // a supplement resumes the stage, a withdrawal ends the dossier
  listenToBudget(run); // freed money lets a wait-listed approval try again
  do {
    await run.untilStepOrDeadline(); // or a deadline: 75 % warning, breach, supplement expiry
    await run.retryWaitlistedApproval();
    await run.recordSteps(); // in order, each once: events, tasks, timeline, deadlines
  } while (!run.ended());
  return run.state;
}
