// The only file of this app that reads process.env (keys documented in .env.example).
import { z } from 'zod';
import { authConfigSchema } from '@kc/auth';
import { parseConfig, serviceConfigSchema } from '@kc/platform';

const ocopConfigSchema = serviceConfigSchema(3003).extend({
  ...authConfigSchema.shape,
  /** Task queue of the OCOP evaluation worker (tests use their own). */
  OCOP_TASK_QUEUE: z.string().default('ocop'),
});

export type OcopConfig = z.infer<typeof ocopConfigSchema>;
export const config: OcopConfig = parseConfig(ocopConfigSchema, process.env);
