import registry from './service-registry.json';

// The apps that run as services, in start order, and the port each listens on unless PORT says otherwise.
// It is JSON so that the plain-JS scripts (scripts/supervise.js behind `npm start`, the image's
// infra/docker/healthcheck.js) read the same list as the TypeScript without compiling anything: each app's
// ServiceDefinition, the gateway's routes and default URLs, and the tests that hold docker-compose.yml and
// the README's table to it. Adding a service: its entry here and its apps/<name>/src/service.definition.ts.

export type ServiceName = keyof typeof registry;

/** Every service, the gateway first (it serves the web app and forwards `/api/<service>` to the others). */
export const ServiceNames = Object.keys(registry) as ServiceName[];

/** The services behind the gateway: `/api/<name>/...` on the gateway is `/...` on one of their replicas. */
export type RoutedServiceName = Exclude<ServiceName, 'gateway'>;
export const RoutedServiceNames = ServiceNames.filter((name): name is RoutedServiceName => name !== 'gateway');

/** The port a service listens on when PORT is not set. */
export function servicePort(name: ServiceName): number {
  const entry = (registry as Record<string, { port: number } | undefined>)[name];
  if (!entry) throw new Error(`"${name}" is not in the service registry (libs/contracts/src/service-registry.json)`);
  return entry.port;
}

/** The gateway's setting listing a service's replicas: `APPLICATIONS_URL=http://a:3001,http://b:3101`. */
export type ServiceUrlKey = `${Uppercase<RoutedServiceName>}_URL`;
export function serviceUrlKey(name: RoutedServiceName): ServiceUrlKey {
  return `${name.toUpperCase() as Uppercase<RoutedServiceName>}_URL`;
}
