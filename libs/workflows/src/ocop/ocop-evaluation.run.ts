import { patched, proxyActivities, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { councilQuorum, ocopEvaluationPackById, scoreTemplate, type OcopPack } from '@kc/domain/ocop';
import { StepRecorder } from '../step-recorder';
import type { OcopEvaluationActivities, OcopStep } from './ocop-evaluation.steps';
import type { OcopActor, OcopCouncilState, OcopEvaluationInput, OcopEvaluationState } from './ocop-evaluation.types';
import { ocopSearchKeys } from './ocop-search-attributes';
import type { EvaluationRun } from './ocop-evaluation-run.types';

export const ocopActivities = proxyActivities<OcopEvaluationActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** What every write of a round names besides its sequence: the evaluation, product, round and pack. */
export const evaluationOf = (input: OcopEvaluationInput, pack: OcopPack) => ({
  evaluationId: input.evaluationId,
  productId: input.productId,
  round: input.round,
  packId: pack.id,
});

/**
 * Sets up a round and queues its first steps: the start, the commune report that came with the dossier,
 * and the first council when it can sit at once. Runs before any handler exists, so updates that arrived
 * with the start find the first council already sitting.
 */
export function beginEvaluation(input: OcopEvaluationInput): EvaluationRun {
  const pack = ocopEvaluationPackById(input.packId);
  const template = scoreTemplate(pack, input.subgroupCode);
  const plan = pack.levels.filter((l) => l.role !== 'GUIDE');
  const state: OcopEvaluationState = {
    stage: 'COMMUNE_REPORT',
    packId: pack.id,
    templateId: template.id,
    level: plan[0].level,
    councils: [],
    // Only a pack with a commune report level (1489) has a use for one.
    communeReport: plan.some((l) => l.role === 'REPORT') ? (input.communeReport ?? null) : null,
    centralResult: null,
    stars: null,
    recognisedBy: null,
    certificate: null,
    abandonment: null,
  };
  const steps = new StepRecorder<OcopActor | null, OcopStep, void>(workflowInfo().workflowId, (recorded) =>
    ocopActivities.recordOcopStep({ ...recorded, ...evaluationOf(input, pack) }),
  );
  // Rounds started before search attributes existed replay without these commands.
  const showsAttributes = patched('ocop-search-attributes');

  const run: EvaluationRun = {
    input,
    pack,
    template,
    plan,
    state,
    steps,
    nextMembers: [...input.council],
    abandonRequest: null,
    renewal: null,
    sitting: () => state.councils[state.councils.length - 1],
    seatCouncil(level, members) {
      const council: OcopCouncilState = {
        level,
        members: members.map((m) => ({ ...m, conflict: null, sheet: null })),
        quorum: councilQuorum(pack, members.length),
        status: 'OPEN',
        result: null,
      };
      state.councils.push(council);
      state.level = level;
      run.setStage('COUNCIL');
      // Not awaited: the council sits from now, and members' steps queue behind its opening.
      steps.enqueue(null, {
        kind: 'COUNCIL_OPENED',
        level,
        members: [...members],
        quorum: council.quorum,
        templateId: template.id,
      });
      return council;
    },
    setStage(stage, dueAt = null) {
      const changed = state.stage !== stage;
      state.stage = stage;
      if (showsAttributes && (changed || dueAt))
        upsertSearchAttributes([
          { key: ocopSearchKeys.stage, value: stage },
          { key: ocopSearchKeys.dueAt, value: dueAt ? new Date(dueAt) : null },
        ]);
    },
    async end(stage) {
      run.setStage(stage);
      await steps.record(null, { kind: 'EVALUATION_ENDED', stage });
      return state;
    },
  };

  steps.enqueue(null, {
    kind: 'EVALUATION_STARTED',
    levels: plan.map((l) => ({ level: l.level, role: l.role as 'REPORT' | 'EVALUATE' })),
  });
  if (state.communeReport) steps.enqueue(null, { kind: 'COMMUNE_REPORTED', ...state.communeReport });
  const firstCouncil = plan.find((l) => l.role === 'EVALUATE')!;
  if (plan[0].role === 'EVALUATE' || state.communeReport) {
    run.seatCouncil(firstCouncil.level, input.council);
    run.nextMembers = null;
  }
  return run;
}
