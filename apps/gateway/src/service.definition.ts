import { createMessagingTablesMigration } from '@kc/messaging';
import type { ServiceDefinition } from '@kc/platform';

/** The gateway service owns schema `gateway`; its migrations are listed here in order. */
export const serviceDefinition: ServiceDefinition = {
  service: 'gateway',
  schema: 'gateway',
  migrations: [createMessagingTablesMigration('gateway')],
};
