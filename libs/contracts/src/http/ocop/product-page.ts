// A product's page on the OCOP service (/api/ocop): the product, its subject and its evaluation rounds.
import type { OcopSubjectKind } from '../../events/ocop/ocop-names';

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
