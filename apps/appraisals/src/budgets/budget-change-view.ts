/** A budget change as the table holds it (amounts as text: numeric columns). */
export interface BudgetChangeRow {
  changed_by: string;
  changed_by_name: string;
  before_vnd: string | null;
  after_vnd: string;
  reason: string;
  changed_at: Date;
}

/** A budget change as the API answers it. */
export const budgetChangeView = (r: BudgetChangeRow) => ({
  changedBy: r.changed_by,
  changedByName: r.changed_by_name,
  beforeVnd: r.before_vnd === null ? null : Number(r.before_vnd),
  afterVnd: Number(r.after_vnd),
  reason: r.reason,
  changedAt: r.changed_at,
});
