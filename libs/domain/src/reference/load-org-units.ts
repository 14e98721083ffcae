import { z } from 'zod';
import type { OrgUnit } from './org-unit';

const isoDate = z.iso.date();
const unitSchema = z
  .object({
    code: z.string().regex(/^[A-Z0-9-]{2,40}$/, 'unit code: capitals, digits and dashes'),
    name: z.string().min(2),
    kind: z.enum(['PROVINCE', 'DEPARTMENT', 'CENTER', 'DISTRICT', 'COMMUNE', 'WARD', 'COUNCIL']),
    parentCode: z.string().nullable(),
    validFrom: isoDate,
    validTo: isoDate.nullable(),
    successorCode: z.string().optional(),
  })
  .refine((u) => u.validTo === null || u.validFrom <= u.validTo, 'validTo is before validFrom');
const fileSchema = z.object({ source: z.string(), units: z.array(unitSchema).min(1) });

/** Validates a units file (see dong-nai-units.json): shape, unique codes, parents that exist. */
export function parseOrgUnits(json: unknown): OrgUnit[] {
  const { units } = fileSchema.parse(json);
  const codes = new Set<string>();
  for (const unit of units) {
    if (codes.has(unit.code)) throw new Error(`duplicate unit code ${unit.code}`);
    codes.add(unit.code);
  }
  for (const unit of units) {
    if (unit.parentCode !== null && !codes.has(unit.parentCode))
      throw new Error(`unit ${unit.code} has unknown parent ${unit.parentCode}`);
    if (unit.successorCode !== undefined && !codes.has(unit.successorCode))
      throw new Error(`unit ${unit.code} has unknown successor ${unit.successorCode}`);
  }
  return units;
}
