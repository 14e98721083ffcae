import { createMessagingTablesMigration } from '@kc/messaging';
import { servicePort } from '@kc/contracts';
import type { ServiceDefinition } from '@kc/platform';
import { CreateDossierTables1764300300000 } from './migrations/create-dossier-tables.migration';
import { CreateCouncilSeats1764300400000 } from './migrations/create-council-seats.migration';

/** The applications service owns schema `applications`; its migrations are listed here in order. */
export const serviceDefinition: ServiceDefinition = {
  service: 'applications',
  port: servicePort('applications'),
  schema: 'applications',
  migrations: [
    createMessagingTablesMigration('applications'),
    CreateDossierTables1764300300000,
    CreateCouncilSeats1764300400000,
  ],
};
