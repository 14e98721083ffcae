// A dossier as the applications service (/api/applications) answers and accepts it: its statuses, the draft,
// the view with documents and timeline. The shapes @kc/domain defines (cost inputs, applicant types) are type
// parameters: contracts cannot import the domain, so the service and the web app fill them in.
import type { ProgramCode } from '../../events/application-events';
import type { Stage } from '../../events/appraisals/stages';

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

/** What an upload answers: the stored file, its type judged from its content. */
export type UploadedDocument = Pick<
  DossierDocument,
  'id' | 'requirementCode' | 'fileName' | 'mime' | 'sizeBytes' | 'sha256'
>;
