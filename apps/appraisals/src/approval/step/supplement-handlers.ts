import type { Stage } from '@kc/contracts';
import { dossierEvent } from '../stage-event-mapping';
import type { StageEventHandler } from './stage-step';

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
