import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { OcopEvaluationMessages } from '@kc/contracts/temporal';
import type { OcopStars } from '@kc/domain/ocop';
import type { OcopActor, OcopCouncilMember, OcopEvaluationState } from './ocop-evaluation.types';

type Update<A> = ReturnType<typeof defineUpdate<OcopEvaluationState, [A]>>;

export const declareConflictUpdate: Update<{ actor: OcopActor; hasConflict: boolean; note?: string }> = defineUpdate(
  OcopEvaluationMessages.declareConflict,
);
/** Answers are criterion code → points; the workflow computes every total from them. */
export const submitScoreSheetUpdate: Update<{ actor: OcopActor; answers: Record<string, unknown> }> = defineUpdate(
  OcopEvaluationMessages.submitScoreSheet,
);
export const closeCouncilUpdate: Update<{ actor: OcopActor }> = defineUpdate(OcopEvaluationMessages.closeCouncil);
export const openCouncilUpdate: Update<{ actor: OcopActor; members: OcopCouncilMember[] }> = defineUpdate(
  OcopEvaluationMessages.openCouncil,
);
export const submitCommuneReportUpdate: Update<{ actor: OcopActor; summary: string }> = defineUpdate(
  OcopEvaluationMessages.submitCommuneReport,
);
export const recordCentralResultUpdate: Update<{ actor: OcopActor; stars: OcopStars; decisionRef: string }> =
  defineUpdate(OcopEvaluationMessages.recordCentralResult);
/** The appraiser abandons a round that waits for a council, with the reason (stage ABANDONED). */
export const abandonRoundUpdate: Update<{ actor: OcopActor; reason: string }> = defineUpdate(
  OcopEvaluationMessages.abandonRound,
);
/** A re-evaluation or upgrade of the certified product started: the old certificate is not marked expired. */
export const reevaluationStartedSignal = defineSignal<[{ round: number }]>(OcopEvaluationMessages.reevaluationStarted);
export const ocopStateQuery = defineQuery<OcopEvaluationState>(OcopEvaluationMessages.state);
