// What the OCOP service (/api/ocop) answers about a round's outcome: each council's result (level-result.ts),
// the certificate (certificates.ts) and the abandonment, if any.
import type { OcopCertificateSummary } from './certificates';
import type { OcopLevelResult } from './level-result';

export interface OcopResult {
  evaluationId: string;
  productId: string;
  productName: string;
  subjectName: string;
  round: number;
  packId: string;
  legalBasis: readonly string[];
  stage: string;
  stars: number | null;
  recognisedBy: string | null;
  communeReport: unknown;
  levels: OcopLevelResult[];
  certificate: OcopCertificateSummary | null;
  /** Set when the appraiser abandoned the round while it waited for a council (stage ABANDONED). */
  abandonment: OcopAbandonmentEntry | null;
}

/** Who abandoned a round, why, at which level's council and when. */
export interface OcopAbandonmentEntry {
  by: string;
  reason: string;
  level: string;
  at: string;
}
