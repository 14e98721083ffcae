import { z } from 'zod';
import { storeTypes } from '@kc/domain/rural-criteria';
import { count, marketSchema } from './market.schema';

const ref = z.string().trim().min(1).max(200);

/** PUT …/self-assessment: what the commune has typed so far; every field may still be missing. */
export const selfAssessmentSchema = z
  .strictObject({
    households: count.optional(),
    householdsDirect: count.optional(),
    gridMeetsStandard: z.boolean().optional(),
    market: marketSchema.nullable().optional(),
    store: z
      .strictObject({ type: z.enum(storeTypes), meetsStandard: z.boolean() })
      .nullable()
      .optional(),
    mainRoadsLit: z.boolean().optional(),
    evidence: z.record(z.string().min(1).max(20), z.array(ref).max(20)).optional(),
  })
  .refine((a) => a.households === undefined || a.householdsDirect === undefined || a.householdsDirect <= a.households, {
    path: ['householdsDirect'],
    message:
      'Số hộ đăng ký trực tiếp không thể lớn hơn tổng số hộ. // Households registered directly cannot exceed all households.',
  });
