// Response shapes of the services as the web app reads them. Enumerations, rules and labels come from
// @kc/contracts and @kc/domain (type imports only: nothing of them is bundled from here).
import type { OcopSubjectKind, ProgramCode, Stage } from '@kc/contracts';
import type {
  ApplicantType,
  CostInput,
  LoanInput,
  OcopProductGroup,
  OrgUnit,
  ProgramRule,
  SupportRequestState,
  SupportResult,
} from '@kc/domain';
import type { OfficerAction } from '@kc/domain/approval';
import type { SessionUser } from '../session';

export type { ApplicantType, OcopSubjectKind, ProgramCode, Stage, OfficerAction };
export type ActionType = OfficerAction['type'];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface LoginResponse {
  accessToken: string;
  expiresIn: number;
  /** Single-use: each refresh answers with its successor (see api/refresh.ts). */
  refreshToken: string;
  refreshExpiresIn: number;
  user: SessionUser;
}

export type Program = ProgramRule & { code: ProgramCode; nameVi: string; nameEn: string };
export interface ProgramCatalogue {
  rulePackId: string;
  legalBasis: string[];
  localTier: 'COMMUNE' | 'DISTRICT';
  items: Program[];
}
export type Estimate = SupportResult & { programCode: ProgramCode; rulePackId: string; basis: string };
export type Cost = CostInput | LoanInput;
export interface UnitList {
  on: string;
  items: OrgUnit[];
}

export type DossierStatus =
  'DRAFT' | 'SUBMITTED' | 'IN_REVIEW' | 'AWAITING_SUPPLEMENT' | 'APPROVED' | 'COMPLETED' | 'CLOSED' | 'WITHDRAWN';

export interface Establishment {
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
  supplementRequestId: string | null;
  uploadedAt: string;
}
export interface TimelineEntry {
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
export interface Dossier {
  id: string;
  dossierCode: string | null;
  programCode: ProgramCode;
  status: DossierStatus;
  stage: Stage | null;
  title: string;
  establishment: Establishment;
  localUnitCode: string;
  cost: Cost;
  proposedSupportVnd: number | null;
  supportExplanation: string | null;
  submittedAt: string | null;
  expectedResultDate: string | null;
  lookupSecret: string | null;
  createdAt: string;
  updatedAt: string;
  documents: DossierDocument[];
  timeline: TimelineEntry[];
  supplementRequests?: SupplementRequest[];
}
export interface DossierDraft {
  programCode: ProgramCode;
  title: string;
  establishment: Establishment;
  localUnitCode: string;
  cost: Cost;
}
export interface Receipt {
  dossierCode: string;
  lookupSecret: string;
}
export interface PublicDossier {
  dossierCode: string;
  programCode: ProgramCode;
  programNameVi?: string;
  status: DossierStatus;
  stage: Stage | null;
  submittedAt: string;
  expectedResultDate: string | null;
  timeline: TimelineEntry[];
}

export interface Notification {
  id: string;
  eventType: string;
  templateKey: string;
  applicationId: string | null;
  subject: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}
export type NotificationPage = Page<Notification> & { unread: number };

export interface Task {
  taskId: string;
  applicationId: string;
  dossierCode: string;
  programCode: ProgramCode;
  applicantName: string | null;
  stage: Stage;
  actions: ActionType[];
  unitCode: string;
  role: string;
  assigneeId: string | null;
  claimedBy: string | null;
  claimedAt: string | null;
  status: 'OPEN' | 'DONE';
  outcome: string | null;
  dueAt: string | null;
  overdue: boolean;
  warnedAt: string | null;
  escalatedAt: string | null;
  createdAt: string;
  completedAt: string | null;
}
export interface TaskDetail {
  task: Task;
  dossier: {
    dossierCode: string;
    programCode: ProgramCode;
    applicantName: string | null;
    localUnitCode: string;
    eligibleCostVnd: number | null;
    proposedSupportVnd: number | null;
    submittedAt: string;
    expectedResultDate: string | null;
    stage: Stage;
  } | null;
  timeline: { at: string; stage: Stage | null; actorId: string | null; kind: string; textVi: string; textEn: string }[];
  links: { dossier: string; documents: string };
}
export interface ActionResult {
  taskId: string;
  action: ActionType;
  state: SupportRequestState;
}
export interface Budget {
  programCode: ProgramCode;
  year: number;
  totalVnd: number;
  reservedVnd: number;
  availableVnd: number;
  waiting: number;
}

export interface OcopTemplatePart {
  part: 'A' | 'B' | 'C';
  nameVi: string;
  nameEn: string;
  maxPoints: number;
  criteria: {
    code: string;
    nameVi: string;
    nameEn: string;
    maxPoints: number;
    mandatory: boolean;
    minimumPoints: number;
  }[];
}
export interface CouncilTask {
  evaluationId: string;
  product: { id: string; name: string; subjectName: string; groupCode: string };
  level: string;
  councilStatus: 'OPEN' | 'CLOSED' | string;
  quorum: number;
  conflictDeclared: boolean | null;
  mySheet: { total: number; submittedAt: string } | null;
  nextAction: 'DECLARE_CONFLICT' | 'SUBMIT_SCORE_SHEET' | 'NONE';
  template: { id: string; parts: OcopTemplatePart[] };
}
export interface ProductGroups {
  packId: string;
  legalBasis: readonly string[];
  groups: OcopProductGroup[];
}
export interface OcopSubject {
  id: string;
  kind: OcopSubjectKind;
  name: string;
}
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
  registeredOn: string;
  packId: string;
  evaluations?: OcopEvaluationSummary[];
}
export interface OcopLevelResult {
  level: string;
  status: string;
  quorum: number;
  result: {
    outcome: string;
    sheetsCounted: number;
    averageTotal: number | null;
    parts: { part: string; average: number | null; max: number }[];
    bandStars: number | null;
    stars: number | null;
    failedMandatory: { code: string; nameVi: string; nameEn: string; minimumPoints: number; average: number | null }[];
    nextStar: { stars: number; pointsMissing: number | null } | null;
    routing: unknown;
    explanation: { vi: string; en: string }[];
  } | null;
}
export interface OcopResult {
  evaluationId: string;
  productName: string;
  subjectName: string;
  round: number;
  legalBasis: readonly string[];
  stage: string;
  stars: number | null;
  levels: OcopLevelResult[];
  certificate: { number: string; stars: number; issuedBy: string; issueDate: string; expiryDate: string } | null;
}
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
}
