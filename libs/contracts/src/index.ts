export * from './topics';
export * from './envelope';
export * from './temporal';
export * from './events/application-events';
export * from './events/appraisal-events';
export * from './events/catalog';
export * from './events/identity-events';
export * from './events/notification-events';
