import type { EntityManager } from 'typeorm';
import type { WorkingDayCalendar } from '@kc/domain';
import type { DatedFact } from './case-facts';
import type { ProductFacts } from './fact-projectors';
import { CaseDerivation } from './derive-case';
import type { CaseRow, VisitRow } from './derived-rows';
import { applyDelta, contributions } from './rollups';

const CASE_COLUMNS = [
  'case_id',
  'case_kind',
  'code',
  'program_code',
  'unit_code',
  'product_group',
  'stage',
  'stage_unit_code',
  'holder',
  'opened_at',
  'expected_result_date',
  'due_date',
  'stage_due_at',
  'stage_at_risk_at',
  'paused_since',
  'decided_at',
  'outcome',
  'closed_at',
  'late',
  'breached',
  'processing_days',
  'paused_days',
  'days_department',
  'days_local',
  'days_applicant',
  'days_council',
  'days_budget_wait',
  'stars',
  'submitted_online',
  'documents',
  'rural_level',
  'target_year',
] as const;

const caseValues = (r: CaseRow) => [
  r.caseId,
  r.caseKind,
  r.code,
  r.programCode,
  r.unitCode,
  r.productGroup,
  r.stage,
  r.stageUnitCode,
  r.holder,
  r.openedAt,
  r.expectedResultDate,
  r.dueDate,
  r.stageDueAt,
  r.stageAtRiskAt,
  r.pausedSince,
  r.decidedAt,
  r.outcome,
  r.closedAt,
  r.late,
  r.breached,
  r.processingDays,
  r.pausedDays,
  r.partyDays?.DEPARTMENT ?? null,
  r.partyDays?.LOCAL ?? null,
  r.partyDays?.APPLICANT ?? null,
  r.partyDays?.COUNCIL ?? null,
  r.partyDays?.BUDGET_WAIT ?? null,
  r.stars,
  r.submittedOnline,
  r.documents,
  r.ruralLevel,
  r.targetYear,
];

const VISIT_COLUMNS = [
  'case_id',
  'seq',
  'stage',
  'holder',
  'unit_code',
  'case_unit_code',
  'program_code',
  'entered_at',
  'left_at',
  'due_at',
  'effective_due_at',
  'at_risk_at',
  'paused_since',
  'paused_ms',
  'working_days',
  'paused_days',
  'budget_wait_days',
  'holder_days',
  'late',
  'breached',
] as const;

const visitValues = (c: CaseRow, v: VisitRow) => [
  c.caseId,
  v.seq,
  v.stage,
  v.holder,
  v.unitCode,
  c.unitCode,
  c.programCode,
  v.enteredAt,
  v.leftAt,
  v.dueAt,
  v.effectiveDueAt,
  v.atRiskAt,
  v.pausedSince,
  v.pausedMs,
  v.workingDays,
  v.pausedDays,
  v.budgetWaitDays,
  v.holderDays,
  v.late,
  v.breached,
];

const placeholders = (rows: number, columns: number) =>
  Array.from(
    { length: rows },
    (_, r) => `(${Array.from({ length: columns }, (_, c) => `$${r * columns + c + 1}`).join(', ')})`,
  ).join(', ');

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
