import type {
  Centipoints,
  FailedMandatoryCriterion,
  OcopLevel,
  OcopMessage,
  OcopPart,
  OcopRouting,
  OcopStars,
  Points,
} from '@kc/domain/ocop';

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

export interface OcopEvaluationInput {
  evaluationId: string;
  productId: string;
  round: number;
  /** OCOP pack kept from the registration date (`ocopPackForRegistration`). */
  packId: string;
  subgroupCode: string;
  productName: string;
  subjectName: string;
  /** Commune (or former district) of the product: its officer writes the 1489 commune report. */
  unitCode: string;
  /** Members of the first council; a later level's council is set up with the `openCouncil` update. */
  council: readonly OcopCouncilMember[];
  /**
   * The 1489 commune evaluation report when it came with the dossier (the commune sends it to the province
   * with the request, domain.md §2.7); without it the workflow waits for `submitCommuneReport`.
   */
  communeReport?: { by: string; summary: string };
}

export type OcopEvaluationStage =
  | 'COMMUNE_REPORT'
  | 'AWAITING_COUNCIL'
  | 'COUNCIL'
  | 'PROPOSED_TO_CENTRAL'
  | 'CERTIFIED'
  | 'NOT_RECOGNISED'
  | 'QUORUM_NOT_REACHED'
  | 'RENEWAL_STARTED'
  | 'EXPIRED';

export const OCOP_FINAL_STAGES: readonly OcopEvaluationStage[] = [
  'NOT_RECOGNISED',
  'QUORUM_NOT_REACHED',
  'RENEWAL_STARTED',
  'EXPIRED',
];

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

export interface OcopCertificateState {
  number: string;
  stars: OcopStars;
  issuedBy: OcopLevel;
  issueDate: string;
  expiryDate: string;
  reminderDate: string;
  reminded: boolean;
}

export interface OcopEvaluationState {
  stage: OcopEvaluationStage;
  packId: string;
  templateId: string;
  /** The level now at work (or last at work, once the workflow has ended). */
  level: OcopLevel;
  councils: OcopCouncilState[];
  communeReport: { by: string; summary: string } | null;
  centralResult: { stars: OcopStars; decisionRef: string } | null;
  stars: OcopStars | null;
  recognisedBy: OcopLevel | null;
  certificate: OcopCertificateState | null;
}
