// The workflows the appraisals worker runs on the `approvals` task queue: its bundle's entry point.
export { workerProbeWorkflow } from '../worker-probe.workflow';
export { supportRequestWorkflow } from '../support-request/support-request.workflow';
export { ruralCriteriaAppraisalWorkflow } from '../rural-criteria/rural-criteria.workflow';
