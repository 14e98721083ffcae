import { vietnamDay } from '../read-model/working-time';
import type { Period } from './period';

// Pieces the indicator queries share.

/** Columns a case indicator may be grouped by. */
export const caseGroupings = {
  unit: 'unit_code',
  programme: 'program_code',
  stage: 'stage',
  holder: 'holder',
} as const;
export type CaseGrouping = keyof typeof caseGroupings;

/** A period's first and (excluded) last Vietnamese calendar day. */
export const periodDays = (p: Period) => [vietnamDay(p.start.getTime()), vietnamDay(p.end.getTime())];

/** `AND unit_code = $n` when the query is narrowed to a unit (its value pushed onto `params`). */
export const unitClause = (params: unknown[], unit?: string) => (unit ? `AND unit_code = $${params.push(unit)}` : '');

/** A numeric column (text from Postgres, exact) as a number, or null. */
export const num = (v: string | number | null | undefined) => (v === null || v === undefined ? null : Number(v));
