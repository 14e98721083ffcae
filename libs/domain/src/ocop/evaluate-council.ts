import { councilQuorum } from './council-quorum';
import { validateCouncilSheets, type CouncilProblem, type MemberSheet } from './council-sheets';
import { failedMandatoryCriteria, type FailedMandatoryCriterion } from './mandatory-criteria';
import { ocopMessages, type OcopMessage } from './ocop-messages';
import type { OcopLevel, OcopPack, OcopPart } from './ocop-pack';
import { averageCentipoints, type Centipoints } from './points';
import { routeOcopResult, evaluatingLevel, type OcopRouting } from './routing';
import type { ScoreSheetProblem } from './score-sheet';
import { templateCriteria, type ScoreTemplate } from './score-template';
import { pointsToNextStar, starsForAverage, type OcopStars } from './star-bands';

export interface CouncilSitting {
  level: OcopLevel;
  /** Members appointed to the council (thành viên Hội đồng). */
  memberCount: number;
  /** Sheets needed for a valid sitting; defaults to the pack's share of memberCount. */
  quorum?: number;
}

export interface CouncilResult {
  packId: string;
  templateId: string;
  level: OcopLevel;
  sheetsCounted: number;
  partAverages: Readonly<Record<OcopPart, Centipoints>>;
  /** From members' totals; may exceed the sum of the truncated part averages by up to 0.02. */
  averageTotal: Centipoints;
  /** The band the average falls in, before the mandatory check. */
  bandStars: OcopStars;
  /** Null when a mandatory minimum failed: "Không đạt" (fails), whatever the total. */
  stars: OcopStars | null;
  failedMandatory: readonly FailedMandatoryCriterion[];
  nextStar: { stars: OcopStars; missing: Centipoints } | null;
  /** True when the routing lets a level issue the decision and certificate now. */
  certificateMayBeIssued: boolean;
  routing: OcopRouting;
  explanation: readonly OcopMessage[];
}

export type CouncilEvaluation =
  | ({ kind: 'EVALUATED' } & CouncilResult)
  | { kind: 'QUORUM_NOT_REACHED'; sheetsCounted: number; quorum: number; memberCount: number; message: OcopMessage }
  | {
      kind: 'INVALID_SHEETS';
      councilProblems: readonly CouncilProblem[];
      sheetProblems: readonly { memberId: string; problems: readonly ScoreSheetProblem[] }[];
    };

const PARTS: readonly OcopPart[] = ['A', 'B', 'C'];

/** Scores a council sitting: validates every sheet, checks quorum, averages, bands, checks mandatory minima, routes. */
export function evaluateCouncil(
  pack: OcopPack,
  template: ScoreTemplate,
  sheets: readonly MemberSheet[],
  council: CouncilSitting,
): CouncilEvaluation {
  if (template.packId !== pack.id) throw new RangeError(`template ${template.id} does not belong to ${pack.id}`);
  evaluatingLevel(pack, council.level);
  const quorum = council.quorum ?? councilQuorum(pack, council.memberCount);
  if (!Number.isSafeInteger(quorum) || quorum < 1 || quorum > council.memberCount)
    throw new RangeError(`quorum must be a whole number from 1 to ${council.memberCount}`);

  const { councilProblems, sheetProblems, scored } = validateCouncilSheets(template, sheets, council.memberCount);
  if (councilProblems.length > 0 || sheetProblems.length > 0)
    return { kind: 'INVALID_SHEETS', councilProblems, sheetProblems };
  if (scored.length < quorum)
    return {
      kind: 'QUORUM_NOT_REACHED',
      sheetsCounted: scored.length,
      quorum,
      memberCount: council.memberCount,
      message: ocopMessages.quorumNotReached(scored.length, quorum, council.memberCount),
    };

  const n = scored.length;
  const partAverages = Object.fromEntries(
    PARTS.map((p) => [
      p,
      averageCentipoints(
        scored.reduce((t, s) => t + s.partTotals[p], 0),
        n,
      ),
    ]),
  ) as Record<OcopPart, Centipoints>;
  const averageTotal = averageCentipoints(
    scored.reduce((t, s) => t + s.total, 0),
    n,
  );
  const bandStars = starsForAverage(averageTotal, pack.starBands);
  const failedMandatory = failedMandatoryCriteria(
    pack,
    templateCriteria(template).map((l) => l.criterion),
    scored,
  );
  const stars = failedMandatory.length > 0 ? null : bandStars;
  const nextStar = pointsToNextStar(averageTotal, pack.starBands);
  const routing = routeOcopResult(pack, council.level, averageTotal, bandStars, failedMandatory.length > 0);

  const explanation: OcopMessage[] = [
    ocopMessages.average(averageTotal, n),
    ...template.parts.map((p) => ocopMessages.partAverage(p.part, partAverages[p.part], p.maxPoints)),
    ocopMessages.band(bandStars),
    ...failedMandatory.map((f) => ocopMessages.mandatoryFailed(f.code, f.nameVi, f.nameEn)),
    ...(stars === null ? [ocopMessages.failed()] : []),
    ...(nextStar ? [ocopMessages.nextStar(nextStar.missing, nextStar.stars)] : []),
  ];
  if (routing.kind === 'FORWARD') explanation.push(ocopMessages.forwarded(routing.to));
  if (routing.kind === 'RECOGNISE') explanation.push(ocopMessages.recognisedBy(routing.level, routing.stars));
  if (routing.kind === 'NOT_RECOGNISED' && stars !== null)
    explanation.push(ocopMessages.noCertificate(pack.certificateMinStars));

  return {
    kind: 'EVALUATED',
    packId: pack.id,
    templateId: template.id,
    level: council.level,
    sheetsCounted: n,
    partAverages,
    averageTotal,
    bandStars,
    stars,
    failedMandatory,
    nextStar,
    certificateMayBeIssued: routing.kind === 'RECOGNISE',
    routing,
    explanation,
  };
}
