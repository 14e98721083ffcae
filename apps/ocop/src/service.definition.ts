import { createMessagingTablesMigration } from '@kc/messaging';
import type { ServiceDefinition } from '@kc/platform';
import { CreateOcopTables1764400000000 } from './migrations/create-ocop-tables.migration';

/** The ocop service owns schema `ocop`; its migrations are listed here in order. */
export const serviceDefinition: ServiceDefinition = {
  service: 'ocop',
  schema: 'ocop',
  migrations: [createMessagingTablesMigration('ocop'), CreateOcopTables1764400000000],
};
