import { RoutedServiceNames, serviceUrlKey, type RoutedServiceName, type ServiceUrlKey } from '@kc/contracts';
import type { GatewayConfig } from '../config';
import { replicaUrls } from './replica-pool';

/** `/api/<service>/...` on the gateway is `/...` on that service, on one of its replicas: every routed service of the registry. */
export function serviceRoutes(config: Pick<GatewayConfig, ServiceUrlKey>): Record<RoutedServiceName, string[]> {
  return Object.fromEntries(
    RoutedServiceNames.map((name) => [name, replicaUrls(config[serviceUrlKey(name)])]),
  ) as Record<RoutedServiceName, string[]>;
}
