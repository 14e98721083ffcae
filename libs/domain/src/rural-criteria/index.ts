// Narrow entry point `@kc/domain/rural-criteria`: pure, deterministic, safe for workflow code.
export * from './criteria.types';
export * from './criteria-packs';
export * from './evaluate-indicator';
export * from './procedure.types';
export * from './procedures';
export * from './refusals';
export * from './stage-names';
export * from './level-names';
export * from './decide-action';
export * from './apply-action';
export * from './plan-targets';
export * from './merged-communes';
