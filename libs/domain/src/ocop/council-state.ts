import type { OcopLevel, OcopPart } from './ocop-pack';
import type { OcopMessage } from './ocop-messages';
import type { FailedMandatoryCriterion } from './mandatory-criteria';
import type { Centipoints, Points } from './points';
import type { OcopRouting } from './routing';
import type { OcopStars } from './star-bands';

/** Who acts on an evaluation, as the service's access token says. */
export interface OcopActor {
  userId: string;
  roles: readonly string[];
  unitCode: string | null;
}

/** A council member (thành viên Hội đồng): a user id from the gateway and the name shown on results. */
export interface OcopCouncilMember {
  userId: string;
  name: string;
}

export interface OcopMemberSheet {
  points: Readonly<Record<string, Points>>;
  partTotals: Readonly<Record<OcopPart, Points>>;
  total: Points;
}

export interface OcopCouncilMemberState extends OcopCouncilMember {
  /** Null until the member has declared (khai báo xung đột lợi ích). */
  conflict: boolean | null;
  sheet: OcopMemberSheet | null;
}

/** A council's result, as stored and explained to the applicant. */
export interface OcopLevelResult {
  outcome: 'EVALUATED' | 'QUORUM_NOT_REACHED';
  sheetsCounted: number;
  quorum: number;
  averageTotal: Centipoints | null;
  partAverages: Readonly<Record<OcopPart, Centipoints>> | null;
  bandStars: OcopStars | null;
  stars: OcopStars | null;
  failedMandatory: readonly FailedMandatoryCriterion[];
  nextStar: { stars: OcopStars; missing: Centipoints } | null;
  routing: OcopRouting | { kind: 'QUORUM_NOT_REACHED'; sheetsCounted: number; quorum: number };
  explanation: readonly OcopMessage[];
}

export interface OcopCouncilState {
  level: OcopLevel;
  members: OcopCouncilMemberState[];
  quorum: number;
  status: 'OPEN' | 'CLOSED';
  result: OcopLevelResult | null;
}
