import type { Stage } from '@kc/contracts';
import { dossierEvent } from '../stage-event-mapping';
import { addresseeOf } from '../task-events';
import type { StageEventHandler } from './stage-step';

/** 75 % of the stage's time is gone: each open task's officers are warned. */
export const slaWarning: StageEventHandler<'SlaWarning'> = async (s) => {
  const dueAt = s.dueAt;
  if (!dueAt) return;
  await s.tools.tasks.markOpen(s.m, s.input.applicationId, 'WARNED', s.at);
  const stage = s.input.stage as Stage;
  for (const t of await s.tools.tasks.open(s.m, s.input.applicationId))
    s.drafts.push(
      dossierEvent('SlaWarning', s.identity, { stage, addressee: addresseeOf(t), dueAt, warnedAt: s.at.toISOString() }),
    );
};
