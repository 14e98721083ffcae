/**
 * Counters the dashboard reads instead of the whole history (issue #10 §5: the cost of a dashboard must not
 * grow with the years of dossiers). Each rollup is one SQL SELECT of what a case (and its stage visits)
 * contributes; the projection subtracts a case's old contribution and adds its new one in the transaction
 * that re-derives it, and the migration fills the counters from the rows already there with the same SELECT.
 * Months and days are Vietnamese calendar ones, as the reporting periods are.
 */
export interface Rollup {
  table: string;
  keys: readonly string[];
  values: readonly string[];
  /** SELECT of the keys and values, from `cases c` or `stage_visits v` of `schema`, for cases matching `where`. */
  contribution(schema: string, where: string): string;
}

export const vnMonth = (column: string) => `date_trunc('month', ${column} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
export const vnDay = (column: string) => `(${column} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
