import type { OcopCouncilMember, OcopCouncilState, OcopLevel, OcopStars } from '@kc/domain/ocop';

// The council's state and its checks are domain rules (libs/domain/ocop), next to the approval's.
export type {
  OcopActor,
  OcopCouncilMember,
  OcopCouncilMemberState,
  OcopCouncilState,
  OcopLevelResult,
  OcopMemberSheet,
} from '@kc/domain/ocop';

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
  /** Days a proposal may wait for the national council's answer before the appraiser is reminded (default 90). */
  centralAnswerReminderDays?: number;
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
  | 'EXPIRED'
  /** The appraiser gave up waiting for a council (`abandonRound`, with a reason). */
  | 'ABANDONED';

export const OCOP_FINAL_STAGES: readonly OcopEvaluationStage[] = [
  'NOT_RECOGNISED',
  'QUORUM_NOT_REACHED',
  'RENEWAL_STARTED',
  'EXPIRED',
  'ABANDONED',
];

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
  /** Who abandoned the round and why (stage ABANDONED). */
  abandonment: OcopAbandonment | null;
}

export interface OcopAbandonment {
  by: string;
  reason: string;
}
