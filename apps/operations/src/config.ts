// The only file of this app that reads process.env (keys documented in .env.example).
import { z } from 'zod';
import { authConfigSchema } from '@kc/auth';
import { parseConfig, serviceConfigSchema } from '@kc/platform';
import { serviceDefinition } from './service.definition';

export const operationsConfigSchema = serviceConfigSchema(serviceDefinition.port).extend({
  ...authConfigSchema.shape,
  /** Extra public-holiday years for the working-day calendar (same file as the other services). */
  HOLIDAYS_FILE: z.string().optional(),
  /** Where operators open a workflow in the Temporal UI. */
  TEMPORAL_UI_URL: z.url().default('http://127.0.0.1:8233'),
  /** The consumer group this process reads the domain topics as (tests run their own). */
  OPERATIONS_CONSUMER_GROUP: z
    .string()
    .regex(/^[a-z0-9.-]+$/)
    .default('operations'),
  /**
   * Stuck check: a running workflow not waiting on a person (machine work pending) with no new history event
   * for this many working hours (8 to a Vietnamese working day); `noProgressHours` overrides it per query.
   */
  STUCK_NO_PROGRESS_WORKING_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 365)
    .default(8),
  /** Schemas whose outbox backlog (rows not yet relayed to Kafka) the operators watch. */
  OUTBOX_SCHEMAS: z
    .string()
    .default('gateway,applications,appraisals,ocop,notifications,operations')
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => /^[a-z_][a-z0-9_]*$/.test(x)),
    ),
});

export type OperationsConfig = z.infer<typeof operationsConfigSchema>;
export const config: OperationsConfig = parseConfig(operationsConfigSchema, process.env);
