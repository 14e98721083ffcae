// Test data builders for OCOP specs (not exported from the library index).
import type { Points } from '../points';
import { templateCriteria, type ScoreTemplate } from '../score-template';

/**
 * Answers that add up to `total`: overridden criteria keep their value, mandatory criteria start at their
 * minimum, and the rest of the points fill the other criteria in sheet order.
 */
export function answersFor(
  template: ScoreTemplate,
  total: Points,
  overrides: Readonly<Record<string, Points>> = {},
): Record<string, Points> {
  const criteria = templateCriteria(template).map((l) => l.criterion);
  const answers: Record<string, Points> = {};
  for (const c of criteria) answers[c.code] = overrides[c.code] ?? (c.mandatory ? c.minimumPoints : 0);
  let left = total - Object.values(answers).reduce((a, b) => a + b, 0);
  for (const c of criteria) {
    if (left <= 0 || c.code in overrides) continue;
    const add = Math.min(left, c.maxPoints - answers[c.code]);
    answers[c.code] += add;
    left -= add;
  }
  if (left !== 0)
    throw new RangeError(`cannot reach ${total} points on ${template.id} with ${JSON.stringify(overrides)}`);
  return answers;
}

/** One sheet per total, members m1, m2, … */
export function sheetsWithTotals(
  template: ScoreTemplate,
  totals: readonly Points[],
  overrides: (index: number) => Readonly<Record<string, Points>> = () => ({}),
) {
  return totals.map((total, i) => ({ memberId: `m${i + 1}`, answers: answersFor(template, total, overrides(i)) }));
}
