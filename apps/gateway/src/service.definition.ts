import { createMessagingTablesMigration } from '@kc/messaging';
import { servicePort } from '@kc/contracts';
import type { ServiceDefinition } from '@kc/platform';
import { CreateIdentityTables1764300100000 } from './migrations/create-identity-tables.migration';
import { CreateSigningKeys1764300200000 } from './migrations/create-signing-keys.migration';
import { CreateLoginLimits1764300300000 } from './migrations/create-login-limits.migration';
import { AddAccountContact1764300410000 } from './migrations/add-account-contact.migration';
import { CreateRefreshTokens1764300420000 } from './migrations/create-refresh-tokens.migration';

/** The gateway service owns schema `gateway`; its migrations are listed here in order. */
export const serviceDefinition: ServiceDefinition = {
  service: 'gateway',
  port: servicePort('gateway'),
  schema: 'gateway',
  migrations: [
    createMessagingTablesMigration('gateway'),
    CreateIdentityTables1764300100000,
    CreateSigningKeys1764300200000,
    CreateLoginLimits1764300300000,
    AddAccountContact1764300410000,
    CreateRefreshTokens1764300420000,
  ],
};
