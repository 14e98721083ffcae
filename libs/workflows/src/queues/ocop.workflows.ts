// The workflows the OCOP worker runs on the `ocop` task queue: its bundle's entry point.
export { workerProbeWorkflow } from '../worker-probe.workflow';
export { ocopEvaluationWorkflow } from '../ocop/ocop-evaluation.workflow';
