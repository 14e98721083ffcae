// Every app's schema and migrations, for the scripts that act on all of them (migrate, the restore drill):
// the definition of each service of the registry in @kc/contracts, in its order (the gateway first).
import { ServiceNames } from '@kc/contracts';
import type { ServiceDefinition } from '@kc/platform';

export const serviceDefinitions: ServiceDefinition[] = ServiceNames.map(
  (name) =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require(`../apps/${name}/src/service.definition`) as { serviceDefinition: ServiceDefinition }).serviceDefinition,
);
