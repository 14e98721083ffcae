import { createMessagingTablesMigration } from '@kc/messaging';
import { servicePort } from '@kc/contracts';
import type { ServiceDefinition } from '@kc/platform';
import { CreateDlqWatermarks1764400100000 } from './migrations/create-dlq-watermarks.migration';
import { CreateNotificationTables1764400000000 } from './migrations/create-notification-tables.migration';
import { CreateStreamTickets1764400200000 } from './migrations/create-stream-tickets.migration';
import { CreateWaitingEvents1764400300000 } from './migrations/create-waiting-events.migration';

/** The notifications service owns schema `notifications`; its migrations are listed here in order. */
export const serviceDefinition: ServiceDefinition = {
  service: 'notifications',
  port: servicePort('notifications'),
  schema: 'notifications',
  migrations: [
    createMessagingTablesMigration('notifications'),
    CreateNotificationTables1764400000000,
    CreateDlqWatermarks1764400100000,
    CreateStreamTickets1764400200000,
    CreateWaitingEvents1764400300000,
  ],
};
