// The only file of this app that reads process.env (keys documented in .env.example).
import { z } from 'zod';
import { authConfigSchema } from '@kc/auth';
import { parseConfig, serviceConfigSchema } from '@kc/platform';
import { serviceDefinition } from './service.definition';

const appraisalsConfigSchema = serviceConfigSchema(serviceDefinition.port).extend({
  ...authConfigSchema.shape,
  /**
   * User ids of the appraisal council (Hội đồng thẩm định đề án khuyến công) for new dossiers. The
   * council's composition per programme and year is configuration until an admin screen manages it.
   */
  APPROVAL_COUNCIL_MEMBER_IDS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  /** Extra public-holiday years for the working-day calendar (same file as the applications service). */
  HOLIDAYS_FILE: z.string().optional(),
  /** Task queue of the approval worker (tests use their own). */
  APPROVALS_TASK_QUEUE: z.string().default('approvals'),
});

export type AppraisalsConfig = z.infer<typeof appraisalsConfigSchema>;
export const config: AppraisalsConfig = parseConfig(appraisalsConfigSchema, process.env);
