// What the OCOP service (/api/ocop) answers about outcomes: each council's result and routing, the round's
// result with its certificate, and the public certificate lookup.
import type { z } from 'zod';
import type { ocopRoutingSchema } from '../../events/ocop/evaluation-events';

export type OcopRouting = z.infer<typeof ocopRoutingSchema>;

/** A council's result in points, with what failed, what the next star lacks and the explanation. */
export interface OcopLevelResult {
  level: string;
  status: string;
  quorum: number;
  result: {
    outcome: string;
    sheetsCounted: number;
    averageTotal: number | null;
    parts: { part: 'A' | 'B' | 'C'; average: number | null; max: number }[];
    bandStars: number | null;
    stars: number | null;
    failedMandatory: { code: string; nameVi: string; nameEn: string; minimumPoints: number; average: number | null }[];
    nextStar: { stars: number; pointsMissing: number | null } | null;
    routing: OcopRouting;
    explanation: readonly { vi: string; en: string }[];
  } | null;
}

export interface OcopCertificateSummary {
  number: string;
  stars: number;
  issuedBy: string;
  issueDate: string;
  expiryDate: string;
  status: string;
}

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

/** What anyone reads of a certificate: product, holder, stars and validity; no scores, no members. */
export interface PublicCertificate {
  number: string;
  productName: string;
  subjectName: string;
  groupCode: string;
  unit: { code: string; name: string };
  stars: number;
  issuedBy: string;
  issueDate: string;
  expiryDate: string;
  valid: boolean;
  statusVi: string;
  statusEn: string;
  replacedBy: string | null;
}
