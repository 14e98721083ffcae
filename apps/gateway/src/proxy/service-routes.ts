import type { GatewayConfig } from '../config';
import { replicaUrls } from './replica-pool';

/** `/api/<service>/...` on the gateway is `/...` on that service, on one of its replicas. */
export function serviceRoutes(config: GatewayConfig): Record<string, string[]> {
  return {
    applications: replicaUrls(config.APPLICATIONS_URL),
    appraisals: replicaUrls(config.APPRAISALS_URL),
    ocop: replicaUrls(config.OCOP_URL),
    notifications: replicaUrls(config.NOTIFICATIONS_URL),
    operations: replicaUrls(config.OPERATIONS_URL),
  };
}
