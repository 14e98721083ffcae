// The only file of this app that reads process.env (keys documented in .env.example).
import path from 'node:path';
import { z } from 'zod';
import { authConfigSchema } from '@kc/auth';
import { findWorkspaceRoot } from '@kc/observability';
import { parseConfig, serviceConfigSchema } from '@kc/platform';
import { serviceDefinition } from './service.definition';

const applicationsConfigSchema = serviceConfigSchema(serviceDefinition.port).extend({
  ...authConfigSchema.shape,
  /** Where uploaded dossier documents are kept (local-disk storage). */
  DOCUMENTS_DIR: z.string().default(path.join(findWorkspaceRoot(), '.infra', 'documents')),
  /** Largest accepted upload, in bytes (10 MB). */
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
  /** Address printed on receipts for the public lookup (the gateway's). */
  PUBLIC_BASE_URL: z.url().default('http://127.0.0.1:3000'),
  /** Quotas per applicant account: drafts open at once, and bytes of documents kept (all dossiers, 200 MB). */
  MAX_DRAFTS_PER_ACCOUNT: z.coerce.number().int().min(1).default(20),
  MAX_DOCUMENT_BYTES_PER_ACCOUNT: z.coerce
    .number()
    .int()
    .min(1024)
    .default(200 * 1024 * 1024),
  /** Public lookups allowed per client address and minute. */
  PUBLIC_LOOKUP_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  /** Extra holiday tables (JSON file): an administrator adds next year's notice without a release. */
  HOLIDAYS_FILE: z.string().optional(),
});

export type ApplicationsConfig = z.infer<typeof applicationsConfigSchema>;
export const config: ApplicationsConfig = parseConfig(applicationsConfigSchema, process.env);
