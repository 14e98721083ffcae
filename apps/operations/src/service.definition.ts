import { createMessagingTablesMigration } from '@kc/messaging';
import type { ServiceDefinition } from '@kc/platform';

/** The operations service owns schema `operations`; its migrations are listed here in order. */
export const serviceDefinition: ServiceDefinition = {
  service: 'operations',
  schema: 'operations',
  migrations: [createMessagingTablesMigration('operations')],
};
