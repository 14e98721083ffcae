import type { IndicatorRule } from './indicator.types';
import type { IndicatorEvaluation } from './evaluation.types';
import type { RuralSelfAssessment } from './self-assessment.types';

/** What one judge says of an indicator from the self-assessment; the evidence is checked apart. */
export type Judged = Pick<IndicatorEvaluation, 'proposal' | 'path' | 'value' | 'reasonsVi' | 'reasonsEn' | 'missing'>;
export type Judge<K extends IndicatorRule['kind']> = (
  rule: Extract<IndicatorRule, { kind: K }>,
  a: RuralSelfAssessment,
) => Judged;

export const incomplete = (...missing: string[]): Judged => ({
  proposal: 'INCOMPLETE',
  reasonsVi: [],
  reasonsEn: [],
  missing,
});
export const verdict = (ok: boolean, failures: [string, string][], extra: Partial<Judged> = {}): Judged => ({
  proposal: ok ? 'DAT' : 'KHONG_DAT',
  reasonsVi: failures.map(([vi]) => vi),
  reasonsEn: failures.map(([, en]) => en),
  missing: [],
  ...extra,
});
