// Pure domain rules and reference data. No I/O: callers pass data in.
export * from './reference/org-unit';
export * from './reference/load-org-units';
export * from './reference/programs';
export * from './reference/roles';
export { default as dongNaiUnitsFile } from './reference/dong-nai-units.json';
export * from './money/money';
export * from './money/money-format';
export * from './calendar/working-day-calendar';
export * from './calendar/vietnam-holidays';
export * from './rule-packs/rule-pack';
export * from './rule-packs/common-program-rules';
export * from './rule-packs/dong-nai-packs';
export * from './rule-packs/pack-in-force';
export * from './support/calculate-support';
export * from './budget';
export * from './ocop';
export * from './approval';
export * from './calendar/vietnam-date';
