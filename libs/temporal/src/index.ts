export * from './temporal-config';
export * from './temporal-health.check';
export * from './temporal-client.module';
export * from './workflow-bundling';
export * from './worker-runner';
export * from './ensure-search-attributes';
export * from './worker-logging';
export * from './worker-runner.provider';
