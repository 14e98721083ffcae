// Every workflow a worker registers. Only @temporalio/workflow, @kc/contracts and @kc/domain may be imported.
export * from './worker-probe.workflow';
export { supportRequestWorkflow } from './support-request/support-request.workflow';
export {
  officerActionUpdate,
  budgetFreedSignal,
  supplementSubmittedSignal,
  withdrawnSignal,
  stateQuery,
  type SupportRequestInput,
  type SupportRequestActivities,
  type StageStepInput,
  type StageStepResult,
} from './support-request/support-request.definitions';
export { seatCouncilUpdate } from './support-request/support-request.council';
export { ocopEvaluationWorkflow } from './ocop/ocop-evaluation.workflow';
export * from './ocop/ocop-evaluation.definitions';
export type * from './ocop/ocop-evaluation.types';
export type * from './ocop/ocop-evaluation.steps';
export { OCOP_FINAL_STAGES } from './ocop/ocop-evaluation.types';
export {
  supportRequestSearchAttributes,
  supportRequestSearchKeys,
} from './support-request/support-request.search-attributes';
export { ocopSearchAttributes, ocopSearchKeys, OCOP_PROGRAM } from './ocop/ocop-search-attributes';
export { DEFAULT_CENTRAL_REMINDER_DAYS } from './ocop/ocop-certify';
export { ruralCriteriaAppraisalWorkflow } from './rural-criteria/rural-criteria.workflow';
export * from './rural-criteria/rural-criteria.definitions';
export type { RecordedStepContext } from './step-recorder';
