import { createMessagingTablesMigration } from '@kc/messaging';
import { activityLogMigration } from '@kc/persistence';
import { servicePort } from '@kc/contracts';
import { createStaffAccountsMigration, type ServiceDefinition } from '@kc/platform';
import { CertificatesReplacedByHigherAward1764500000000 } from './migrations/certificates-replaced-by-higher-award.migration';
import { CreateOcopTables1764400000000 } from './migrations/create-ocop-tables.migration';
import { CouncilSittings1764700600000 } from './migrations/council-sittings.migration';
import { EvaluationAbandonment1764800100000 } from './migrations/evaluation-abandonment.migration';

/** The ocop service owns schema `ocop`; its migrations are listed here in order. */
export const serviceDefinition: ServiceDefinition = {
  service: 'ocop',
  port: servicePort('ocop'),
  schema: 'ocop',
  migrations: [
    createMessagingTablesMigration('ocop'),
    CreateOcopTables1764400000000,
    CertificatesReplacedByHigherAward1764500000000,
    CouncilSittings1764700600000,
    activityLogMigration('ocop'),
    createStaffAccountsMigration('ocop'),
    EvaluationAbandonment1764800100000,
  ],
};
