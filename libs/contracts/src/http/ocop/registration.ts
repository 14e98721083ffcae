// What the OCOP service (/api/ocop) accepts and answers about subjects and products: the product groups,
// registering a subject and a product, a product's page. `Group` is the domain's OcopProductGroup (contracts
// cannot import @kc/domain).
import type { OcopSubjectKind } from '../../events/ocop/ocop-names';

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
