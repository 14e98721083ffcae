import { vnMonth, type Rollup } from './rollup';

/**
 * Dossiers received and decided per month, online or not, with the documents received as files: the online
 * rate and the digitised documents per dossier.
 */
export const channel = (measure: 'RECEIVED' | 'DECIDED', column: string): Rollup => ({
  table: 'channel_counts',
  keys: ['measure', 'month', 'unit_code', 'program_code', 'online'],
  values: ['n', 'with_documents', 'documents'],
  contribution: (schema, where) =>
    `SELECT '${measure}' AS measure, ${vnMonth(column)} AS month, unit_code, program_code, submitted_online AS online,
       count(*)::int AS n, count(documents)::int AS with_documents, coalesce(sum(documents), 0)::int AS documents
     FROM "${schema}".cases c WHERE case_kind = 'DOSSIER' AND ${column} IS NOT NULL AND ${where} GROUP BY 1, 2, 3, 4, 5`,
});
