import { z } from 'zod';
import { ruralLevels } from '@kc/domain/rural-criteria';

/** POST /rural-criteria/appraisals: the province registers a candidate for the year. */
export const registrationSchema = z.strictObject({
  communeCode: z.string().regex(/^[A-Z0-9-]{2,40}$/),
  level: z.enum(ruralLevels),
  targetYear: z.number().int().min(2020).max(2100),
  /** Model residential areas only: which area of the commune (ấp, khu phố). */
  areaName: z.string().trim().min(2).max(200).optional(),
  /** 2026–2030 only (QĐ 51/2025): commune group 1, 2 or 3. */
  communeGroup: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  /** Defaults to today (Vietnam); decides the criteria pack and the procedure. */
  registeredOn: z.iso.date().optional(),
});
export type Registration = z.infer<typeof registrationSchema>;
