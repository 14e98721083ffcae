import { createMessagingTablesMigration } from '@kc/messaging';
import type { ServiceDefinition } from '@kc/platform';

/** The notifications service owns schema `notifications`; its migrations are listed here in order. */
export const serviceDefinition: ServiceDefinition = {
  service: 'notifications',
  schema: 'notifications',
  migrations: [createMessagingTablesMigration('notifications')],
};
