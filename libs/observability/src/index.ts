export * from './health-check';
export * from './logging.module';
export * from './health.controller';
export * from './workspace-root';
