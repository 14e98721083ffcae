// The only file of this app that reads process.env (keys documented in .env.example).
import { z } from 'zod';
import { authConfigSchema } from '@kc/auth';
import { parseConfig, serviceConfigSchema } from '@kc/platform';

export const operationsConfigSchema = serviceConfigSchema(3005).extend({
  ...authConfigSchema.shape,
  /** Extra public-holiday years for the working-day calendar (same file as the other services). */
  HOLIDAYS_FILE: z.string().optional(),
  /** Where operators open a workflow in the Temporal UI. */
  TEMPORAL_UI_URL: z.url().default('http://127.0.0.1:8233'),
});

export type OperationsConfig = z.infer<typeof operationsConfigSchema>;
export const config: OperationsConfig = parseConfig(operationsConfigSchema, process.env);
