import type { CaseRow } from './derived-rows';
import type { VisitRow } from './visit-row';

// The `stage_visits` table's columns, in the order `visitValues` lists a visit's values (with its case's).
export const VISIT_COLUMNS = [
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

export const visitValues = (c: CaseRow, v: VisitRow) => [
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
