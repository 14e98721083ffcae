import { z } from 'zod';
import { TemporalNamespaces } from '@kc/contracts';

export const temporalConfigSchema = z.object({
  TEMPORAL_ADDRESS: z.string().default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().default(TemporalNamespaces.app),
});
export type TemporalConfig = z.infer<typeof temporalConfigSchema>;
