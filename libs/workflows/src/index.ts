// Every workflow a worker registers. Only @temporalio/workflow, @kc/contracts and @kc/domain may be imported.
export * from './worker-probe.workflow';
