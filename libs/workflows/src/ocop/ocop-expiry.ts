import { condition } from '@temporalio/workflow';
import type { EvaluationRun } from './ocop-evaluation-run.types';
import type { OcopEvaluationState } from './ocop-evaluation.types';

const DAY_MS = 86_400_000;
/** Midnight at the start of an ISO day in Vietnam (UTC+7), as epoch milliseconds. */
const vietnamMidnight = (isoDate: string) => Date.parse(`${isoDate}T00:00:00+07:00`);

/**
 * Durable timers on the product's certificate: a reminder before expiry, then expiry. Each wait ends early
 * when a re-evaluation or upgrade starts (the round ends) or the certificate is replaced (a higher award:
 * the new one is watched instead).
 */
export async function watchExpiry(run: EvaluationRun): Promise<OcopEvaluationState> {
  const { state, steps } = run;
  for (;;) {
    const certificate = state.certificate!;
    const moved = () => run.renewal !== null || state.certificate !== certificate;
    const until = (instant: number) => condition(moved, Math.max(instant - Date.now(), 1));
    if (!certificate.reminded && !(await until(vietnamMidnight(certificate.reminderDate)))) {
      certificate.reminded = true;
      await steps.record(null, { kind: 'CERTIFICATE_EXPIRING', certificateNumber: certificate.number });
    }
    if (run.renewal) return run.end('RENEWAL_STARTED');
    if (state.certificate !== certificate) continue;
    if (await until(vietnamMidnight(certificate.expiryDate) + DAY_MS)) {
      if (run.renewal) return run.end('RENEWAL_STARTED');
      continue;
    }
    await steps.record(null, { kind: 'CERTIFICATE_EXPIRED', certificateNumber: certificate.number });
    return run.end('EXPIRED');
  }
}
