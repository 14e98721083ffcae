import { condition, patched } from '@temporalio/workflow';
import {
  councilResult,
  starsHeldWhileForwarded,
  type OcopLevel,
  type OcopLevelResult,
  type OcopStars,
} from '@kc/domain/ocop';
import type { EvaluationRun } from './ocop-evaluation-run.types';
import type { OcopCouncilState, OcopEvaluationStage } from './ocop-evaluation.types';

/** Stars a level recognised, with the council average that earned them (none for the central answer). */
export interface Recognition {
  stars: OcopStars;
  by: OcopLevel;
  average: number | null;
}

/** Where walking the levels ended: recognised (and perhaps proposed higher still), or without stars. */
export type LevelsOutcome =
  | { kind: 'RECOGNISED'; recognition: Recognition; proposedTo: OcopLevel | null }
  | { kind: 'ENDED'; stage: OcopEvaluationStage };

const ended = (stage: OcopEvaluationStage): LevelsOutcome => ({ kind: 'ENDED', stage });

/**
 * Walks the pack's levels bottom up: the commune report, then each council in turn, until one recognises
 * the stars or the round ends without them. A level that forwards while holding stars (a province's ≥ 90:
 * 4★ now, proposed for 5★) ends the walk recognised, with the proposal still open.
 */
export async function walkLevels(run: EvaluationRun): Promise<LevelsOutcome> {
  const { state, pack } = run;
  for (const rule of run.plan) {
    if (rule.role === 'REPORT') {
      if (!state.communeReport) {
        state.level = rule.level;
        run.setStage('COMMUNE_REPORT');
        await condition(() => state.communeReport !== null);
      }
      continue;
    }
    state.level = rule.level;
    // Rounds recorded before provinces held 4★ while proposed wait here for the national council.
    if (rule.level === 'CENTRAL') return centralDecides(run);
    const first = state.councils.find((c) => c.level === rule.level) ?? (await convene(run, rule.level));
    if (!first) return abandoned(run);
    let result = await sit(run, first);
    // Without quorum the appraiser seats other members for the same level (rounds started before re-convening
    // ended there); patched only when it happens, so recorded rounds replay as they ran.
    while (result.routing.kind === 'QUORUM_NOT_REACHED' && patched('council-seating')) {
      const again = await convene(run, rule.level);
      if (!again) return abandoned(run);
      result = await sit(run, again);
    }
    const routing = result.routing;
    if (routing.kind === 'QUORUM_NOT_REACHED') return ended('QUORUM_NOT_REACHED');
    if (routing.kind === 'NOT_RECOGNISED') return ended('NOT_RECOGNISED');
    const average = result.averageTotal;
    if (routing.kind === 'RECOGNISE') return recognised({ stars: routing.stars, by: routing.level, average }, null);
    const held = starsHeldWhileForwarded(pack, rule.level);
    if (held && patched('ocop-holds-stars-while-proposed'))
      return recognised({ stars: held, by: rule.level, average }, routing.to);
  }
  return ended('NOT_RECOGNISED');
}

/**
 * Waits for the appraiser to name the level's council (unless already named), then seats it; null when the
 * appraiser abandoned the round instead.
 */
async function convene(run: EvaluationRun, level: OcopLevel): Promise<OcopCouncilState | null> {
  if (!run.nextMembers) {
    run.setStage('AWAITING_COUNCIL');
    await condition(() => run.nextMembers !== null || run.abandonRequest !== null);
    // Only the `abandonRound` update sets the request, so recorded rounds never take this branch.
    if (run.abandonRequest && patched('ocop-abandon')) return null;
  }
  const council = run.seatCouncil(level, run.nextMembers!);
  run.nextMembers = null;
  return council;
}

/** The council sits until it closes; its result is recorded. */
async function sit(run: EvaluationRun, council: OcopCouncilState): Promise<OcopLevelResult> {
  await condition(() => council.status === 'CLOSED');
  council.result = councilResult(run.pack, run.template, council);
  await run.steps.record(null, { kind: 'LEVEL_RESULT', level: council.level, result: council.result });
  return council.result;
}

/** The round ends ABANDONED: who gave up waiting for a council, and why, is recorded and published. */
async function abandoned(run: EvaluationRun): Promise<LevelsOutcome> {
  const { actor, reason } = run.abandonRequest!;
  run.state.abandonment = { by: actor.userId, reason };
  await run.steps.record(actor, { kind: 'EVALUATION_ABANDONED', level: run.state.level, by: actor.userId, reason });
  return ended('ABANDONED');
}

const recognised = (recognition: Recognition, proposedTo: OcopLevel | null): LevelsOutcome => ({
  kind: 'RECOGNISED',
  recognition,
  proposedTo,
});

/** The national council's answer, for rounds that wait for it before recognising anything. */
async function centralDecides(run: EvaluationRun): Promise<LevelsOutcome> {
  run.setStage('PROPOSED_TO_CENTRAL');
  await condition(() => run.state.centralResult !== null);
  const { stars } = run.state.centralResult!;
  const by = run.pack.levels.find((l) => l.recognisesStars.includes(stars))?.level;
  if (!by || stars < run.pack.certificateMinStars) return ended('NOT_RECOGNISED');
  return recognised({ stars, by, average: null }, null);
}
