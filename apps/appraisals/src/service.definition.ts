import { createMessagingTablesMigration } from '@kc/messaging';
import type { ServiceDefinition } from '@kc/platform';

/** The appraisals service owns schema `appraisals`; its migrations are listed here in order. */
export const serviceDefinition: ServiceDefinition = {
  service: 'appraisals',
  schema: 'appraisals',
  migrations: [createMessagingTablesMigration('appraisals')],
};
