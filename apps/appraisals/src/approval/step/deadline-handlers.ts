import type { Stage } from '@kc/contracts';
import { dossierEvent } from '../stage-event-mapping';
import type { StageEventHandler, StageStep } from './stage-step';

/** A new deadline for the stage: answered to the workflow and carried by the open tasks. */
async function moveDue(s: StageStep, dueAt: string | null): Promise<void> {
  s.dueAt = dueAt;
  s.result.dueAt = dueAt;
  await s.tools.tasks.moveDue(s.m, s.input.applicationId, dueAt);
}

/** An operator gave the stage more working days (counted from the current deadline). */
export const deadlineExtended: StageEventHandler<'DeadlineExtended'> = async (s, e) => {
  const previousDueAt = s.dueAt;
  if (previousDueAt) await moveDue(s, s.tools.deadlines.extended(previousDueAt, e.workingDays));
  s.drafts.push(
    dossierEvent('DeadlineExtended', s.identity, {
      stage: s.input.stage as Stage,
      workingDays: e.workingDays,
      reason: e.reason,
      previousDueAt,
      dueAt: s.dueAt,
      extendedAt: s.at.toISOString(),
    }),
  );
};

/** The stage's clock restarted after a supplement, with the time it had left. */
export const deadlineMoved: StageEventHandler<'DeadlineMoved'> = async (s, e) => {
  await moveDue(s, e.dueAt);
};
