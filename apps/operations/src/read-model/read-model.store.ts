import type { EntityManager } from 'typeorm';
import type { WorkingDayCalendar } from '@kc/domain';
import { CASE_COLUMNS, caseValues } from './case-columns';
import type { DatedFact } from './case-facts';
import type { ProductFacts } from './fact-projector';
import { CaseDerivation } from './derive-case';
import type { CaseRow } from './derived-rows';
import type { VisitRow } from './visit-row';
import { applyDelta, contributions } from './rollup-delta';
import { placeholders } from './sql-placeholders';
import { VISIT_COLUMNS, visitValues } from './visit-columns';

/** Reads and writes the read model's tables in one schema, always inside the caller's transaction. */
export class ReadModelStore {
  constructor(
    readonly schema: string,
    private readonly calendar: WorkingDayCalendar,
  ) {}

  async product(m: EntityManager, productId: string): Promise<ProductFacts | undefined> {
    const rows: ProductFacts[] = await m.query(
      `SELECT unit_code AS "unitCode", group_code AS "groupCode" FROM "${this.schema}".ocop_products WHERE product_id = $1`,
      [productId],
    );
    return rows[0];
  }

  async saveProduct(
    m: EntityManager,
    p: { productId: string; unitCode: string; groupCode: string; subgroupCode: string },
  ) {
    await m.query(
      `INSERT INTO "${this.schema}".ocop_products (product_id, unit_code, group_code, subgroup_code) VALUES ($1, $2, $3, $4)
       ON CONFLICT (product_id) DO UPDATE SET unit_code = $2, group_code = $3, subgroup_code = $4`,
      [p.productId, p.unitCode, p.groupCode, p.subgroupCode],
    );
  }

  /**
   * Records an event's facts and re-derives each case they touch from all of its facts. A lock per case
   * (held to the end of the transaction) makes a concurrent event of the same case, from another topic's
   * partition, wait and then derive from both facts instead of overwriting the row without this one.
   */
  async addFacts(m: EntityManager, eventId: string, facts: DatedFact[]): Promise<void> {
    for (const caseId of [...new Set(facts.map((f) => f.caseId))].sort()) {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${this.schema}.case:${caseId}`]);
    }
    for (const [position, f] of facts.entries()) {
      await m.query(
        `INSERT INTO "${this.schema}".case_facts (event_id, position, case_id, at, fact) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING`,
        [eventId, position, f.caseId, f.at, JSON.stringify(f.fact)],
      );
    }
    const caseIds = [...new Set(facts.map((f) => f.caseId))];
    const before = await contributions(m, this.schema, caseIds);
    for (const caseId of caseIds) await this.rederive(m, caseId);
    await applyDelta(m, this.schema, before, await contributions(m, this.schema, caseIds));
  }

  /** Re-derives one case's rows (the dashboard's counters are the caller's: see `addFacts`). */
  private async rederive(m: EntityManager, caseId: string): Promise<void> {
    const facts: { at: Date; fact: DatedFact['fact'] }[] = await m.query(
      `SELECT at, fact FROM "${this.schema}".case_facts WHERE case_id = $1`,
      [caseId],
    );
    const dated = facts.map((f) => ({ caseId, at: f.at.toISOString(), fact: f.fact }));
    const { row, visits } = CaseDerivation.derive(this.calendar, caseId, dated);
    await this.writeCase(m, row, visits);
  }

  private async writeCase(m: EntityManager, row: CaseRow, visits: VisitRow[]): Promise<void> {
    const updates = CASE_COLUMNS.slice(1)
      .map((c) => `${c} = EXCLUDED.${c}`)
      .join(', ');
    await m.query(
      `INSERT INTO "${this.schema}".cases (${CASE_COLUMNS.join(', ')}) VALUES ${placeholders(1, CASE_COLUMNS.length)}
       ON CONFLICT (case_id) DO UPDATE SET ${updates}, updated_at = now()`,
      caseValues(row),
    );
    await m.query(`DELETE FROM "${this.schema}".stage_visits WHERE case_id = $1`, [row.caseId]);
    if (visits.length === 0) return;
    await m.query(
      `INSERT INTO "${this.schema}".stage_visits (${VISIT_COLUMNS.join(', ')}) VALUES ${placeholders(visits.length, VISIT_COLUMNS.length)}`,
      visits.flatMap((v) => visitValues(row, v)),
    );
  }
}
