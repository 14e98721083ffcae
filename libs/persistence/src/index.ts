export * from './database-config';
export * from './snake-naming.strategy';
export * from './create-data-source';
export * from './test-database-guard';
export * from './database-health.check';
export * from './persistence.module';
export * from './service-role';
