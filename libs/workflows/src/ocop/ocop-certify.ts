import { condition } from '@temporalio/workflow';
import { certificateDates, type OcopLevel } from '@kc/domain/ocop';
import { vietnamDate } from '@kc/domain/calendar';
import type { EvaluationRun } from './ocop-evaluation-run.types';
import { evaluationOf, ocopActivities } from './ocop-evaluation.run';
import type { Recognition } from './ocop-walk-levels';

const DAY_MS = 86_400_000;
/** How long a proposal may wait for the national council before the appraiser is reminded (configurable). */
export const DEFAULT_CENTRAL_REMINDER_DAYS = 90;

/** Records the stars and issues their certificate, which replaces any the product held in this round. */
export async function certify(run: EvaluationRun, recognition: Recognition): Promise<void> {
  const { state, steps, pack } = run;
  state.stars = recognition.stars;
  state.recognisedBy = recognition.by;
  await steps.record(null, {
    kind: 'STARS_AWARDED',
    stars: recognition.stars,
    recognisedBy: recognition.by,
    averageTotal: recognition.average,
  });
  const dates = certificateDates(pack, vietnamDate(new Date()));
  // In turn with the steps, under the next sequence: a retried issue answers the same number.
  const issued = await steps.inTurn((context) =>
    ocopActivities.issueOcopCertificate({
      ...context,
      ...evaluationOf(run.input, pack),
      stars: recognition.stars,
      issuedBy: recognition.by,
      ...dates,
    }),
  );
  state.certificate = {
    number: issued.certificateNumber,
    stars: recognition.stars,
    issuedBy: recognition.by,
    ...dates,
    reminded: false,
  };
}

/**
 * A product recognised while proposed higher (4★ now, proposed for 5★) holds its certificate while the
 * higher level decides. The appraiser is reminded once if no answer is recorded in time; an award of more
 * stars replaces the certificate, anything else leaves the product as it is.
 */
export async function awaitHigherAnswer(run: EvaluationRun, proposedTo: OcopLevel): Promise<void> {
  const { state, steps } = run;
  const waitDays = run.input.centralAnswerReminderDays ?? DEFAULT_CENTRAL_REMINDER_DAYS;
  const remindAt = new Date(Date.now() + waitDays * DAY_MS).toISOString();
  run.setStage('PROPOSED_TO_CENTRAL', remindAt);
  const answered = () => state.centralResult !== null;
  if (!(await condition(answered, waitDays * DAY_MS))) {
    await steps.record(null, { kind: 'HIGHER_ANSWER_OVERDUE', proposedTo, waitedDays: waitDays });
    await condition(answered);
  }
  const { stars, decisionRef } = state.centralResult!;
  const awarded = stars > state.stars!;
  await steps.record(null, { kind: 'HIGHER_ANSWERED', level: proposedTo, stars, decisionRef, awarded });
  if (awarded) await certify(run, { stars, by: proposedTo, average: null });
  run.setStage('CERTIFIED', state.certificate!.expiryDate);
}
