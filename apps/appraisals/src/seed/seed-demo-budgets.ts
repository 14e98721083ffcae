import type { DataSource } from 'typeorm';
import { Programs, vietnamDate } from '@kc/domain';

/** Demo yearly budget of each programme (integer VND): enough for a handful of dossiers. */
export const demoBudgetVnd = 5_000_000_000;

/**
 * Gives every programme a demo budget for this year and next, unless one is set already (an operator's
 * figure is never overwritten). Answers the (programme, year) pairs it created.
 */
export async function seedDemoBudgets(dataSource: DataSource, now = new Date()): Promise<string[]> {
  const year = Number(vietnamDate(now).slice(0, 4));
  const created: string[] = [];
  for (const programCode of Object.keys(Programs)) {
    for (const y of [year, year + 1]) {
      const rows: unknown[] = await dataSource.query(
        `INSERT INTO appraisals.program_budgets (program_code, year, total_vnd) VALUES ($1, $2, $3)
         ON CONFLICT (program_code, year) DO NOTHING RETURNING year`,
        [programCode, y, demoBudgetVnd],
      );
      if (rows.length > 0) created.push(`${programCode}/${y}`);
    }
  }
  return created;
}
