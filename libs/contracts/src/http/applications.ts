// What the applications service (/api/applications) accepts and answers. The shapes @kc/domain defines
// (cost inputs, applicant types, programme rules, support results, units) are type parameters: contracts
// cannot import the domain, so the service and the web app fill them in with the domain's own types.
import type { ProgramCode } from '../events/application-events';
import type { Stage } from '../events/appraisal-events';

export const dossierStatuses = [
  'DRAFT',
  'SUBMITTED',
  'IN_REVIEW',
  'AWAITING_SUPPLEMENT',
  'APPROVED',
  'COMPLETED',
  'CLOSED',
  'WITHDRAWN',
] as const;
export type DossierStatus = (typeof dossierStatuses)[number];

/** Submitted and not yet decided: the applicant may still withdraw. */
export const withdrawableStatuses: readonly DossierStatus[] = ['SUBMITTED', 'IN_REVIEW', 'AWAITING_SUPPLEMENT'];

export interface Establishment<ApplicantType extends string = string> {
  name: string;
  type: ApplicantType;
  taxCode?: string;
  address: string;
  phone?: string;
}

export interface DossierDocument {
  id: string;
  requirementCode: string;
  fileName: string;
  mime: string;
  sizeBytes: number;
  sha256: string;
  supplementRequestId: string | null;
  uploadedAt: string;
}

/** One line of a dossier's timeline, in both languages. */
export interface DossierTimelineEntry {
  at: string;
  kind: string;
  stage: Stage | null;
  labelVi: string;
  labelEn: string;
  note: string | null;
}

export interface SupplementRequest {
  id: string;
  items: { documentCode: string; reasonVi: string }[];
  dueDate: string;
  requestedAt: string;
  answeredAt: string | null;
}

/** A dossier as its applicant (and the officers handling it) read it. */
export interface DossierView<Cost = Record<string, unknown>, ApplicantType extends string = string> {
  id: string;
  dossierCode: string | null;
  programCode: ProgramCode;
  status: DossierStatus;
  stage: Stage | null;
  title: string;
  establishment: Establishment<ApplicantType>;
  localUnitCode: string;
  cost: Cost;
  rulePackId: string | null;
  proposedSupportVnd: number | null;
  supportExplanation: string | null;
  submittedAt: string | null;
  expectedResultDate: string | null;
  lookupSecret: string | null;
  createdAt: string;
  updatedAt: string;
  documents: DossierDocument[];
  timeline: DossierTimelineEntry[];
  /** Present on one dossier's page, absent from lists. */
  supplementRequests?: SupplementRequest[];
}

/** What creating (or, each field optional, editing) a draft sends. */
export interface DossierDraft<Cost = Record<string, unknown>, ApplicantType extends string = string> {
  programCode: ProgramCode;
  title: string;
  establishment: Establishment<ApplicantType>;
  localUnitCode: string;
  cost: Cost;
}

/** The receipt of a submitted dossier (Form 01). */
export interface Receipt {
  dossierId: string;
  dossierCode: string;
  lookupSecret: string;
  receivedAt: string;
  expectedResultDate: string;
  rulePackId: string;
  proposedSupportVnd: number;
  supportExplanation: string;
  programNameVi: string;
  localUnitName: string;
  publicLookupUrl: string;
}

/** What anyone holding the receipt reads: no names, amounts or officers' notes. */
export interface PublicDossier {
  dossierCode: string | null;
  programCode: ProgramCode;
  programNameVi: string;
  status: DossierStatus;
  stage: Stage | null;
  submittedAt: string | null;
  expectedResultDate: string | null;
  timeline: DossierTimelineEntry[];
}

/** The programmes under the rules in force today; `Rule` is the domain's ProgramRule. */
export interface ProgramCatalogue<Rule extends object = Record<string, unknown>> {
  rulePackId: string;
  legalBasis: readonly string[];
  localTier: 'COMMUNE' | 'DISTRICT';
  items: (Rule & { code: ProgramCode; nameVi: string; nameEn: string })[];
}

/** What a cost would receive; `Result` is the domain's SupportResult. */
export type SupportEstimate<Result extends object = Record<string, unknown>> = Result & {
  programCode: ProgramCode;
  rulePackId: string;
  basis: string;
};

/** The units that exist on a day; `Unit` is the domain's OrgUnit. */
export interface UnitList<Unit extends object = Record<string, unknown>> {
  on: string;
  items: Unit[];
}

export interface WithdrawRequest {
  reason: string;
}

export interface WithdrawAnswer {
  id: string;
  status: 'WITHDRAWN';
}

/** A supplement request answered with the documents uploaded for it; the paused stage resumes. */
export interface SupplementAnswer {
  id: string;
  status: 'IN_REVIEW';
  supplementRequestId: string;
  documentIds: string[];
}

/** What an upload answers: the stored file, its type judged from its content. */
export type UploadedDocument = Pick<
  DossierDocument,
  'id' | 'requirementCode' | 'fileName' | 'mime' | 'sizeBytes' | 'sha256'
>;
