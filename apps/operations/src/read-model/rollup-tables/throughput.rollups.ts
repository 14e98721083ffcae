import { vnDay, type Rollup } from './rollup';

/** Cases decided per day (throughput), every kind. */
export const decidedPerDay: Rollup = {
  table: 'decided_per_day',
  keys: ['day', 'unit_code', 'program_code', 'case_kind'],
  values: ['n'],
  contribution: (schema, where) =>
    `SELECT ${vnDay('decided_at')} AS day, unit_code, program_code, case_kind, count(*)::int AS n
     FROM "${schema}".cases c WHERE decided_at IS NOT NULL AND ${where} GROUP BY 1, 2, 3, 4`,
};

const PARTIES = ['days_department', 'days_local', 'days_applicant', 'days_council', 'days_budget_wait'] as const;

/** Dossiers closed per day with the working days each party held them (delay attribution). */
export const closedPerDay: Rollup = {
  table: 'closed_per_day',
  keys: ['day', 'unit_code'],
  values: ['n', ...PARTIES],
  contribution: (schema, where) =>
    `SELECT ${vnDay('closed_at')} AS day, unit_code, count(*)::int AS n, ${PARTIES.map((p) => `coalesce(sum(${p}), 0) AS ${p}`).join(', ')}
     FROM "${schema}".cases c WHERE closed_at IS NOT NULL AND case_kind = 'DOSSIER' AND ${where} GROUP BY 1, 2`,
};
