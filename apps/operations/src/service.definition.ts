import { createMessagingTablesMigration } from '@kc/messaging';
import { servicePort } from '@kc/contracts';
import type { ServiceDefinition } from '@kc/platform';
import { addOnlineAndRuralMigration } from './migrations/add-online-and-rural.migration';
import { createAuditLogMigration } from './migrations/create-audit-log.migration';
import { createBatchJobsMigration } from './migrations/create-batch-jobs.migration';
import { createDlqMessagesMigration } from './migrations/create-dlq-messages.migration';
import { coverOpenRowsMigration } from './migrations/cover-open-rows.migration';
import { coverSlaListsMigration } from './migrations/cover-sla-lists.migration';
import { createReadModelMigration } from './migrations/create-read-model.migration';
import { createRollupsMigration } from './migrations/create-rollups.migration';
import { OPERATIONS_SCHEMA } from './operations-schema';

/** Migrations of the operations read model, for its own schema or a rebuild's fresh one. */
export function operationsMigrations(schema: string) {
  return [
    createMessagingTablesMigration(schema),
    createReadModelMigration(schema),
    createAuditLogMigration(schema),
    createDlqMessagesMigration(schema),
    createBatchJobsMigration(schema),
    createRollupsMigration(schema),
    addOnlineAndRuralMigration(schema),
    coverOpenRowsMigration(schema),
    coverSlaListsMigration(schema),
  ];
}

/** The operations service owns schema `operations`; its migrations are listed here in order. */
export const serviceDefinition: ServiceDefinition = {
  service: 'operations',
  port: servicePort('operations'),
  schema: OPERATIONS_SCHEMA,
  migrations: operationsMigrations(OPERATIONS_SCHEMA),
};
