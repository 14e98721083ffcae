import type { Rollup } from './rollup';

/** OCOP products per unit, product group and stars. */
export const ocopStars: Rollup = {
  table: 'ocop_star_counts',
  keys: ['unit_code', 'product_group', 'stars'],
  values: ['n'],
  contribution: (schema, where) =>
    `SELECT unit_code, product_group, stars, count(*)::int AS n
     FROM "${schema}".cases c WHERE case_kind = 'OCOP' AND stars IS NOT NULL AND ${where} GROUP BY 1, 2, 3`,
};
