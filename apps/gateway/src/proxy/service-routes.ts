import type { GatewayConfig } from '../config';

/** `/api/<service>/...` on the gateway is `/...` on that service. */
export function serviceRoutes(config: GatewayConfig): Record<string, string> {
  return {
    applications: config.APPLICATIONS_URL,
    appraisals: config.APPRAISALS_URL,
    ocop: config.OCOP_URL,
    notifications: config.NOTIFICATIONS_URL,
    operations: config.OPERATIONS_URL,
  };
}
