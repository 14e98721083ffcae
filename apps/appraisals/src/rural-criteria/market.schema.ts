import { z } from 'zod';

/** A count the commune types (households, trading points). */
export const count = z.number().int().min(0).max(10_000_000);

/** A criterion-7 market's facts, as the commune types them (MarketFacts). */
export const marketSchema = z.strictObject({
  planned: z.boolean(),
  tradingPoints: count,
  tradingAreaM2: z.number().min(0).max(1_000_000),
  hall: z.enum(['PERMANENT', 'SEMI_PERMANENT', 'TEMPORARY']),
  hardenedFloor: z.boolean(),
  signboard: z.boolean(),
  separateToilets: z.boolean(),
  parking: z.boolean(),
  separateZones: z.boolean(),
});
