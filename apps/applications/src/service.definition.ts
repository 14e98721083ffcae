import { createMessagingTablesMigration } from '@kc/messaging';
import type { ServiceDefinition } from '@kc/platform';

/** The applications service owns schema `applications`; its migrations are listed here in order. */
export const serviceDefinition: ServiceDefinition = {
  service: 'applications',
  schema: 'applications',
  migrations: [createMessagingTablesMigration('applications')],
};
