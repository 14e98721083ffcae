/** Temporal names shared by the starters (services), the workers and the workflow code. */
export const TemporalNamespaces = {
  app: 'khuyencong',
  test: 'khuyencong-test',
} as const;

export const TaskQueues = {
  approvals: 'approvals',
  ocop: 'ocop',
} as const;

export const WorkflowTypes = {
  supportRequest: 'supportRequestWorkflow',
  ocopEvaluation: 'ocopEvaluationWorkflow',
  ruralCriteriaAppraisal: 'ruralCriteriaAppraisalWorkflow',
} as const;

export type TaskQueueKind = keyof typeof TaskQueues;

/** Which task queue's worker runs each workflow type: one workflow bundle per queue, built at build time. */
export const WorkflowTaskQueue: Readonly<Record<(typeof WorkflowTypes)[keyof typeof WorkflowTypes], TaskQueueKind>> = {
  supportRequestWorkflow: 'approvals',
  ruralCriteriaAppraisalWorkflow: 'approvals',
  ocopEvaluationWorkflow: 'ocop',
};

/** Workflow ids are business keys, so a duplicate start (e.g. a redelivered event) is a no-op. */
export const WorkflowIds = {
  supportRequest: (applicationId: string) => `support-request/${applicationId}`,
  ocopEvaluation: (productId: string, round: number) => `ocop-evaluation/${productId}/${round}`,
  /** One per registration (a commune may be a candidate at one level and have residential areas at another). */
  ruralCriteriaAppraisal: (appraisalId: string) => `rural-criteria/${appraisalId}`,
} as const;

/** Search-attribute value types, spelled as `temporal operator search-attribute create --type` takes them. */
export type SearchAttributeKind = 'Keyword' | 'Text' | 'Int' | 'Double' | 'Bool' | 'Datetime' | 'KeywordList';

/** Custom search attributes that workflows keep current, so operators can filter in the Temporal UI. */
export const SearchAttributes = {
  KcDossierCode: 'Keyword',
  KcProgram: 'Keyword',
  KcStage: 'Keyword',
  KcUnit: 'Keyword',
  KcDueAt: 'Datetime',
  KcOverdue: 'Bool',
  /** OCOP evaluations: the product group (FOOD, BEVERAGE, …) of the product's subgroup. */
  KcProductGroup: 'Keyword',
} as const satisfies Record<string, SearchAttributeKind>;

/** Message names of `supportRequestWorkflow`: officers act through an Update, the applicant's supplement is a Signal. */
export const SupportRequestMessages = {
  officerAction: 'officerAction',
  supplementSubmitted: 'supplementSubmitted',
  withdrawn: 'withdrawn',
  budgetFreed: 'budgetFreed',
  /** The appraiser seats or re-seats the dossier's council (an Update). */
  seatCouncil: 'seatCouncil',
  state: 'state',
} as const;

/**
 * Message names of `ocopEvaluationWorkflow`: every human step is an Update (validated, answered with the
 * state); a re-evaluation or upgrade of a certified product is a Signal that stops the expiry marking.
 */
export const OcopEvaluationMessages = {
  declareConflict: 'declareConflict',
  submitScoreSheet: 'submitScoreSheet',
  closeCouncil: 'closeCouncil',
  openCouncil: 'openCouncil',
  submitCommuneReport: 'submitCommuneReport',
  recordCentralResult: 'recordCentralResult',
  abandonRound: 'abandonRound',
  reevaluationStarted: 'reevaluationStarted',
  state: 'state',
} as const;

/** Message names of `ruralCriteriaAppraisalWorkflow`: every human step is one Update, checked against the procedure table. */
export const RuralCriteriaMessages = {
  act: 'ruralAction',
  state: 'state',
} as const;
