/**
 * ocopEvaluationWorkflow: one evaluation round of one OCOP product, from the first level the pack names to
 * a certificate and its expiry (architecture.md §4.3). Id `ocop-evaluation/<productId>/<round>`, task
 * queue `ocop`. The pack is the one kept from the registration date (`ocopPackForRegistration`), so the
 * levels, who recognises which stars and the forwarding thresholds are that pack's.
 * - Update `submitCommuneReport` (1489: the commune's evaluation report, before the province council).
 * - Update `openCouncil` (appraiser): the council of a level the product was forwarded to.
 * - Update `declareConflict`, then `submitScoreSheet` (each member of the sitting council, own sheet only;
 *   replaceable until the council closes). The council closes itself when every member has declared a
 *   conflict or handed in a sheet; Update `closeCouncil` (appraiser) closes it earlier.
 * - Update `recordCentralResult` (appraiser): the national council's answer for a product proposed to it.
 * - Update `abandonRound` (appraiser, with a reason): gives up on a round that waits for a council.
 * - Signal `reevaluationStarted`: a re-evaluation or upgrade began, so the certificate is not marked expired.
 * - Query `state`.
 * Deadlines: durable timers to the reminder day (expiry − 90 days) and to the day after expiry (Vietnam time),
 * and to the reminder for an unanswered proposal to the national council.
 */
import { awaitHigherAnswer, certify } from './ocop-certify';
import { installCouncilDecisions } from './ocop-council-decisions';
import { installCouncilHandlers } from './ocop-council-handlers';
import { beginEvaluation } from './ocop-evaluation.run';
import type { OcopEvaluationInput, OcopEvaluationState } from './ocop-evaluation.types';
import { watchExpiry } from './ocop-expiry';
import { installMemberHandlers } from './ocop-member-handlers';
import { walkLevels } from './ocop-walk-levels';

export async function ocopEvaluationWorkflow(input: OcopEvaluationInput): Promise<OcopEvaluationState> {
  const run = beginEvaluation(input);
  installCouncilHandlers(run);
  installMemberHandlers(run);
  installCouncilDecisions(run);

  const outcome = await walkLevels(run);
  if (outcome.kind === 'ENDED') return run.end(outcome.stage);

  await certify(run, outcome.recognition);
  if (outcome.proposedTo) void awaitHigherAnswer(run, outcome.proposedTo);
  else run.setStage('CERTIFIED', run.state.certificate!.expiryDate);

  return watchExpiry(run);
}
