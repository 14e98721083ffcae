// A closed council's result as the workflow keeps it (state, events, the result page): the domain's
// evaluation of the sheets it received, in one shape whether or not the quorum was reached.
import type { OcopCouncilState, OcopLevelResult } from './council-state';
import { evaluateCouncil } from './evaluate-council';
import type { OcopPack } from './ocop-pack';
import type { ScoreTemplate } from './score-template';

/** Scores the closed council with the domain rules; conflicted members count as appointed but absent. */
export function councilResult(pack: OcopPack, template: ScoreTemplate, council: OcopCouncilState): OcopLevelResult {
  const sheets = council.members.flatMap((m) => (m.sheet ? [{ memberId: m.userId, answers: m.sheet.points }] : []));
  const evaluation = evaluateCouncil(pack, template, sheets, {
    level: council.level,
    memberCount: council.members.length,
    quorum: council.quorum,
  });
  if (evaluation.kind === 'INVALID_SHEETS')
    // Unreachable: every sheet passed the same check when it was submitted.
    throw new Error(`stored sheets no longer validate against ${template.id}`);
  if (evaluation.kind === 'QUORUM_NOT_REACHED')
    return {
      outcome: 'QUORUM_NOT_REACHED',
      sheetsCounted: evaluation.sheetsCounted,
      quorum: evaluation.quorum,
      averageTotal: null,
      partAverages: null,
      bandStars: null,
      stars: null,
      failedMandatory: [],
      nextStar: null,
      routing: { kind: 'QUORUM_NOT_REACHED', sheetsCounted: evaluation.sheetsCounted, quorum: evaluation.quorum },
      explanation: [evaluation.message],
    };
  return {
    outcome: 'EVALUATED',
    sheetsCounted: evaluation.sheetsCounted,
    quorum: council.quorum,
    averageTotal: evaluation.averageTotal,
    partAverages: evaluation.partAverages,
    bandStars: evaluation.bandStars,
    stars: evaluation.stars,
    failedMandatory: evaluation.failedMandatory,
    nextStar: evaluation.nextStar,
    routing: evaluation.routing,
    explanation: evaluation.explanation,
  };
}
