// The only file of this app that reads process.env (keys documented in .env.example).
import { z } from 'zod';
import { authConfigSchema } from '@kc/auth';
import { parseConfig, serviceConfigSchema } from '@kc/platform';
import { serviceDefinition } from './service.definition';

const ocopConfigSchema = serviceConfigSchema(serviceDefinition.port).extend({
  ...authConfigSchema.shape,
  /** Task queue of the OCOP evaluation worker (tests use their own). */
  OCOP_TASK_QUEUE: z.string().default('ocop'),
  /** Days a proposal to the national council may wait for its answer before the appraisers are reminded. */
  OCOP_CENTRAL_REMINDER_DAYS: z.coerce.number().int().positive().default(90),
});

export type OcopConfig = z.infer<typeof ocopConfigSchema>;
export const config: OcopConfig = parseConfig(ocopConfigSchema, process.env);
