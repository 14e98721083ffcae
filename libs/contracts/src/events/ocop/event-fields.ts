// Fields the OCOP events share. Points are carried as centipoints (hundredths of a point, integers) so no
// consumer ever rounds a float. Not exported from the package: each event's schema is.
import { z } from 'zod';

export const stars = z.number().int().min(1).max(5);
export const centipoints = z.number().int().min(0).max(10_000);
export const at = z.iso.datetime({ offset: true });

export const evaluationBase = {
  productId: z.uuid(),
  evaluationId: z.uuid(),
  /** 1 for the first evaluation, +1 for each re-evaluation or upgrade. */
  round: z.number().int().min(1),
  /** OCOP rule pack the product is judged by for its whole life (pack in force on the registration date). */
  packId: z.string().min(1),
};
