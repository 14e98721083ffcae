import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { pageQueryShape } from '@kc/platform';

export const rankingFiltersSchema = {
  stars: z.coerce.number().int().min(1).max(5).optional(),
  groupCode: z.string().min(2).max(40).optional(),
  unitCode: z.string().min(2).max(40).optional(),
  year: z.coerce.number().int().min(2019).max(2100).optional(),
  /** One certificate status; without it every certificate but those a higher award replaced. */
  status: z.enum(['VALID', 'EXPIRING', 'EXPIRED', 'REPLACED']).optional(),
};
export const rankingQuerySchema = z.strictObject({
  ...rankingFiltersSchema,
  ...pageQueryShape,
});
export const rankingFiltersOnlySchema = z.strictObject(rankingFiltersSchema);
export type RankingFilters = z.infer<typeof rankingFiltersOnlySchema>;
export type RankingQuery = z.infer<typeof rankingQuerySchema>;

export interface RankingItem {
  certificateNumber: string;
  productId: string;
  productName: string;
  subjectName: string;
  groupCode: string;
  subgroupCode: string;
  unitCode: string;
  stars: number;
  averageTotal: number | null;
  issuedBy: string;
  issueDate: string;
  expiryDate: string;
  status: string;
}

const FROM = `FROM ocop.certificates c JOIN ocop.products p ON p.id = c.product_id
  JOIN ocop.subjects s ON s.id = p.subject_id JOIN ocop.evaluations e ON e.id = c.evaluation_id`;

function where(f: RankingFilters): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const clauses: string[] = [];
  if (f.stars !== undefined) clauses.push(`c.stars = $${params.push(f.stars)}`);
  if (f.groupCode) clauses.push(`p.group_code = $${params.push(f.groupCode)}`);
  if (f.unitCode) clauses.push(`p.unit_code = $${params.push(f.unitCode)}`);
  if (f.year !== undefined) clauses.push(`extract(year FROM c.issue_date) = $${params.push(f.year)}`);
  // A product recognised 4★ then awarded 5★ is listed once, by the certificate in force.
  clauses.push(f.status ? `c.status = $${params.push(f.status)}` : `c.status <> 'REPLACED'`);
  return { sql: `WHERE ${clauses.join(' AND ')}`, params };
}

/** Certified products (3★ and above), best first; the same filters drive the list, exports and statistics. */
@Injectable()
export class RankingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(f: RankingFilters, limit: number, offset: number): Promise<{ items: RankingItem[]; total: number }> {
    const w = where(f);
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${FROM} ${w.sql}`, w.params);
    const items: RankingItem[] = await this.dataSource.query(
      `SELECT c.number AS "certificateNumber", p.id AS "productId", p.name AS "productName", s.name AS "subjectName",
         p.group_code AS "groupCode", p.subgroup_code AS "subgroupCode", p.unit_code AS "unitCode", c.stars,
         e.average_total / 100.0 AS "averageTotal", c.issued_by AS "issuedBy",
         to_char(c.issue_date, 'YYYY-MM-DD') AS "issueDate", to_char(c.expiry_date, 'YYYY-MM-DD') AS "expiryDate", c.status
       ${FROM} ${w.sql}
       ORDER BY c.stars DESC, e.average_total DESC NULLS LAST, c.issue_date DESC, c.number
       LIMIT $${w.params.length + 1} OFFSET $${w.params.length + 2}`,
      [...w.params, limit, offset],
    );
    return {
      items: items.map((i) => ({ ...i, averageTotal: i.averageTotal === null ? null : Number(i.averageTotal) })),
      total,
    };
  }

  /** Counts by star, group, unit and year, under the same filters. */
  async statistics(f: RankingFilters) {
    const w = where(f);
    const count = async (key: string, alias: string) =>
      (
        await this.dataSource.query(
          `SELECT ${key} AS "${alias}", count(*)::int AS count ${FROM} ${w.sql} GROUP BY 1 ORDER BY 1`,
          w.params,
        )
      ).map((r: Record<string, unknown>) => ({
        ...r,
        [alias]: alias === 'stars' || alias === 'year' ? Number(r[alias]) : r[alias],
      }));
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${FROM} ${w.sql}`, w.params);
    return {
      total,
      byStars: await count('c.stars', 'stars'),
      byGroup: await count('p.group_code', 'groupCode'),
      byUnit: await count('p.unit_code', 'unitCode'),
      byYear: await count('extract(year FROM c.issue_date)::int', 'year'),
    };
  }
}
