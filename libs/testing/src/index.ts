export * from './test-env';
export * from './isolated-schema';
export * from './kafka-helpers';
export * from './expect-eventually';
export * from './event-builders';
export * from './group-topics';
export * from './temporal-env';
export * from './test-token-issuer';
