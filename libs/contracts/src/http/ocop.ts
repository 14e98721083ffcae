// What the OCOP service (/api/ocop) accepts and answers: registration, council work, results and the
// public certificate lookup. `Group` is the domain's OcopProductGroup (contracts cannot import @kc/domain).
import type { z } from 'zod';
import type { OcopSubjectKind, ocopRoutingSchema } from '../events/ocop-events';

export interface ProductGroups<Group extends object = Record<string, unknown>> {
  packId: string;
  legalBasis: readonly string[];
  groups: readonly Group[];
}

export interface CreateSubjectRequest {
  kind: OcopSubjectKind;
  name: string;
  taxCode?: string;
  address: string;
  unitCode: string;
}

export interface OcopSubject extends CreateSubjectRequest {
  id: string;
  ownerId: string | null;
}

export interface RegisterProductRequest {
  subjectId: string;
  name: string;
  groupCode: string;
  subgroupCode: string;
  /** Defaults to the subject's unit. */
  unitCode?: string;
  /** Appraisers only: a dossier received earlier on paper. */
  registeredOn?: string;
  documents: { kind: string; fileName: string }[];
}

/** What registering a product answers (its page, OcopProduct, has the rest). */
export interface RegisteredProduct {
  id: string;
  subjectId: string;
  name: string;
  unitCode: string;
  registeredOn: string;
  packId: string;
}

/** One evaluation round of a product, as its page lists them. */
export interface OcopEvaluationSummary {
  id: string;
  round: number;
  stage: string;
  stars: number | null;
  recognisedBy: string | null;
  averageTotal: number | null;
  startedAt: string;
  certificateNumber: string | null;
}

export interface OcopProduct {
  id: string;
  name: string;
  subject: { id: string; name: string; kind: OcopSubjectKind };
  groupCode: string;
  subgroupCode: string;
  unitCode: string;
  documents: { kind: string; fileName: string }[];
  registeredOn: string;
  packId: string;
  /** Present on one product's page, absent from lists. */
  evaluations?: OcopEvaluationSummary[];
}

export interface OcopTemplateCriterion {
  code: string;
  nameVi: string;
  nameEn: string;
  maxPoints: number;
  mandatory: boolean;
  minimumPoints: number;
}

export interface OcopTemplatePart {
  part: 'A' | 'B' | 'C';
  nameVi: string;
  nameEn: string;
  maxPoints: number;
  criteria: readonly OcopTemplateCriterion[];
}

/** A council member's seat: what to do next and the score sheet of the product's template. */
export interface CouncilTask {
  evaluationId: string;
  product: { id: string; name: string; subjectName: string; groupCode: string };
  level: string;
  councilStatus: string;
  quorum: number;
  conflictDeclared: boolean | null;
  mySheet: { total: number; submittedAt: string } | null;
  nextAction: 'DECLARE_CONFLICT' | 'SUBMIT_SCORE_SHEET' | 'NONE';
  template: { id: string; parts: OcopTemplatePart[] };
}

export interface ConflictDeclarationRequest {
  hasConflict: boolean;
  note?: string;
}

export interface ConflictDeclarationAnswer {
  evaluationId: string;
  hasConflict: boolean;
}

export interface ScoreSheetRequest {
  answers: Record<string, number>;
}

/** The member's sheet as the server totalled it (the client never sends totals). */
export interface ScoreSheetAnswer {
  evaluationId: string;
  level: string;
  councilStatus: string;
  points: Readonly<Record<string, number>>;
  partTotals: Readonly<Record<string, number>>;
  total: number;
}

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
