import type { Stage } from '@kc/contracts';
import { dossierEvent } from '../stage-event-mapping';
import type { StageEventHandler, StageStep } from './stage-step';

/** A new deadline for the stage: answered to the workflow and carried by the open tasks. */
async function moveDue(s: StageStep, dueAt: string | null): Promise<void> {
  s.dueAt = dueAt;
  s.result.dueAt = dueAt;
  await s.tools.tasks.moveDue(s.m, s.input.applicationId, dueAt);
}

/** The applicant is asked for documents, by a date in working days the workflow then waits for. */
export const supplementRequested: StageEventHandler<'SupplementRequested'> = async (s, e) => {
  s.result.supplementDueAt = s.tools.deadlines.supplementDue(s.pack, s.at);
  s.drafts.push(
    dossierEvent('SupplementRequested', s.identity, {
      supplementRequestId: `${s.workflowId}:${s.input.sequence}`,
      stage: s.input.stage as Stage,
      items: e.items,
      dueDate: s.result.supplementDueAt.slice(0, 10),
      requestedAt: s.at.toISOString(),
    }),
  );
};

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
