import { vnMonth, type Rollup } from './rollup';

/**
 * What the on-time rate (Decision 766) needs of every dossier: the months it was received, decided and
 * due in, whether it was decided late and whether it waits on the applicant now. A period is a run of whole
 * months, so month counters give the same figures as counting dossiers one by one.
 */
export const caseOnTime: Rollup = {
  table: 'on_time_counts',
  keys: ['source', 'stage', 'unit_code', 'program_code', 'opened_month', 'done_month', 'due_month', 'late', 'paused'],
  values: ['n'],
  contribution: (schema, where) =>
    `SELECT 'CASE' AS source, '' AS stage, unit_code, program_code, ${vnMonth('opened_at')} AS opened_month,
       ${vnMonth('decided_at')} AS done_month, date_trunc('month', due_date)::date AS due_month, late,
       paused_since IS NOT NULL AS paused, count(*)::int AS n
     FROM "${schema}".cases c WHERE case_kind = 'DOSSIER' AND opened_at IS NOT NULL AND ${where}
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
};

/**
 * The same for stage visits (the on-time rate per stage) of dossiers: OCOP councils and new-rural appraisals
 * (whose stage names overlap a dossier's) are left out.
 */
export const stageOnTime: Rollup = {
  ...caseOnTime,
  contribution: (schema, where) =>
    `SELECT 'STAGE' AS source, stage, case_unit_code AS unit_code, program_code, ${vnMonth('entered_at')} AS opened_month,
       ${vnMonth('left_at')} AS done_month, ${vnMonth('effective_due_at')} AS due_month, late,
       paused_since IS NOT NULL AS paused, count(*)::int AS n
     FROM "${schema}".stage_visits v WHERE program_code IS DISTINCT FROM 'OCOP' AND program_code IS DISTINCT FROM 'RURAL'
       AND ${where}
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
};
