// Pure domain rules and reference data. No I/O: callers pass data in.
export * from './reference/org-unit';
export * from './reference/load-org-units';
export * from './reference/programs';
export * from './reference/roles';
export { default as dongNaiUnitsFile } from './reference/dong-nai-units.json';
