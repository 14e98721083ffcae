import { createMessagingTablesMigration } from '@kc/messaging';
import type { ServiceDefinition } from '@kc/platform';

/** The ocop service owns schema `ocop`; its migrations are listed here in order. */
export const serviceDefinition: ServiceDefinition = {
  service: 'ocop',
  schema: 'ocop',
  migrations: [createMessagingTablesMigration('ocop')],
};
