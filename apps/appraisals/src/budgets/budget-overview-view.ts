/** One programme's budget for a year with what approvals hold of it and how many dossiers wait. */
export interface BudgetOverviewRow {
  program_code: string;
  year: number;
  total_vnd: string;
  reserved_vnd: string;
  waiting: number;
}

export const budgetOverviewView = (r: BudgetOverviewRow) => ({
  programCode: r.program_code,
  year: r.year,
  totalVnd: Number(r.total_vnd),
  reservedVnd: Number(r.reserved_vnd),
  availableVnd: Number(r.total_vnd) - Number(r.reserved_vnd),
  waiting: r.waiting,
});
