export * from './support-request.types';
export * from './stage-rules';
export * from './decide';
export * from './apply-action';
export * from './stage-unit';
export * from './stage-labels';
