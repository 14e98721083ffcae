// The services' request and response shapes live in @kc/contracts (the services type their answers with
// the same ones); here they are filled in with @kc/domain's types. Type imports only: nothing is bundled.
import type * as C from '@kc/contracts';
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

export type { OcopSubjectKind, ProgramCode, Stage } from '@kc/contracts';
export type {
  CouncilTask,
  DossierDocument,
  DossierStatus,
  OcopEvaluationSummary,
  OcopLevelResult,
  OcopProduct,
  OcopResult,
  OcopSubject,
  OcopTemplatePart,
  Page,
  PublicCertificate,
  PublicDossier,
  Receipt,
  SupplementRequest,
  TaskFilters,
} from '@kc/contracts';
export type { ApplicantType, OfficerAction };
export type ActionType = OfficerAction['type'];

export type Cost = CostInput | LoanInput;
export type LoginResponse = C.SessionTokens;
export type ProgramCatalogue = C.ProgramCatalogue<ProgramRule>;
export type Program = ProgramCatalogue['items'][number];
export type Estimate = C.SupportEstimate<SupportResult>;
export type UnitList = C.UnitList<OrgUnit>;
export type Establishment = C.Establishment<ApplicantType>;
export type TimelineEntry = C.DossierTimelineEntry;
export type Dossier = C.DossierView<Cost, ApplicantType>;
export type DossierDraft = C.DossierDraft<Cost, ApplicantType>;

export type Notification = C.InboxNotification;
export type NotificationPage = C.InboxPage;

export type Task = C.AppraisalTask<ActionType>;
export type TaskDetail = C.TaskDetail<ActionType>;
export type ActionResult = C.TaskActionResult<ActionType, SupportRequestState>;
export type Budget = C.ProgramBudget;

export type ProductGroups = C.ProductGroups<OcopProductGroup>;
