export * from './topics';
export * from './envelope';
export * from './temporal';
export * from './events/application-events';
export * from './events/appraisal-events';
export * from './events/ocop-events';
export * from './events/catalog';
