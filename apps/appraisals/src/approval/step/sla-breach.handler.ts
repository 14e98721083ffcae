import type { Stage } from '@kc/contracts';
import { escalationOf } from '../escalation';
import { dossierEvent } from '../stage-event-mapping';
import type { StageEventHandler } from './stage-step';

/** The stage is overdue: its tasks are escalated to the leader, and the applicant gets a new date (Form 04). */
export const slaBreached: StageEventHandler<'SlaBreached'> = async (s) => {
  if (!s.dueAt) return;
  await s.tools.tasks.markOpen(s.m, s.input.applicationId, 'ESCALATED', s.at);
  const stage = s.input.stage as Stage;
  s.drafts.push(
    dossierEvent('SlaBreached', s.identity, {
      stage,
      dueAt: s.dueAt,
      escalatedTo: escalationOf(stage, s.input.localUnitCode),
      newExpectedDate: s.tools.deadlines.newExpectedDate(s.pack, stage, s.at),
      breachedAt: s.at.toISOString(),
    }),
  );
};
