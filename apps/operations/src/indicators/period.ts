import { z } from 'zod';
import { bilingual } from '@kc/platform';

/** A reporting period in Vietnam time: [start, end). */
export interface Period {
  label: string;
  start: Date;
  end: Date;
}

const vietnamMidnight = (year: number, month: number) =>
  new Date(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01T00:00:00+07:00`);

const periodShapes: { pattern: RegExp; toMonths: (m: RegExpExecArray) => [number, number, number] }[] = [
  // [year, first month, number of months]
  { pattern: /^(\d{4})-(0[1-9]|1[0-2])$/, toMonths: (m) => [Number(m[1]), Number(m[2]), 1] },
  { pattern: /^(\d{4})-Q([1-4])$/, toMonths: (m) => [Number(m[1]), (Number(m[2]) - 1) * 3 + 1, 3] },
  { pattern: /^(\d{4})$/, toMonths: (m) => [Number(m[1]), 1, 12] },
];

/** `2026-11` (month), `2026-Q4` (quarter) or `2026` (year), as the one-stop systems report them. */
export function parsePeriod(label: string): Period | undefined {
  for (const shape of periodShapes) {
    const match = shape.pattern.exec(label);
    if (!match) continue;
    const [year, month, months] = shape.toMonths(match);
    const endMonth = month + months;
    const end = endMonth > 12 ? vietnamMidnight(year + 1, endMonth - 12) : vietnamMidnight(year, endMonth);
    return { label, start: vietnamMidnight(year, month), end };
  }
  return undefined;
}

export const periodSchema = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const period = parsePeriod(s);
    if (!period) {
      ctx.addIssue({
        code: 'custom',
        message: bilingual(
          'Kỳ báo cáo có dạng 2026-11, 2026-Q4 hoặc 2026.',
          'A period looks like 2026-11, 2026-Q4 or 2026.',
        ),
      });
      return z.NEVER;
    }
    return period;
  });
