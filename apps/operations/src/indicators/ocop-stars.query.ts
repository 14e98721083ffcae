import type { DataSource } from 'typeorm';
import type { StarsRow } from '@kc/contracts';

/** OCOP star distribution of the evaluations that ended with stars, by unit or by product group (counters). */
export async function ocopStars(
  db: DataSource,
  schema: string,
  q: { by: 'unit' | 'group'; unit?: string },
): Promise<StarsRow[]> {
  const key = q.by === 'unit' ? 'unit_code' : 'product_group';
  const params: unknown[] = [];
  const unit = q.unit ? `AND unit_code = $${params.push(q.unit)}` : '';
  const rows: { key: string | null; stars: number; products: number }[] = await db.query(
    `SELECT ${key} AS key, stars, sum(n)::int AS products FROM "${schema}".ocop_star_counts
     WHERE true ${unit} GROUP BY 1, 2 HAVING sum(n) > 0 ORDER BY 1, 2`,
    params,
  );
  const byKey = new Map<string | null, StarsRow>();
  for (const r of rows) {
    const entry = byKey.get(r.key) ?? { key: r.key, star1: 0, star2: 0, star3: 0, star4: 0, star5: 0, total: 0 };
    entry[`star${r.stars as 1 | 2 | 3 | 4 | 5}`] = r.products;
    entry.total += r.products;
    byKey.set(r.key, entry);
  }
  return [...byKey.values()];
}
