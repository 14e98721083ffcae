import path from 'node:path';
import { findWorkspaceRoot } from '@kc/observability';
import { bootstrapService } from '@kc/platform';
import { AppModule } from './app.module';
import { config } from './config';
import { mountServiceProxies } from './proxy/mount-service-proxies';
import { serviceDefinition } from './service.definition';
import { gatewayProductionProblems } from './production-problems';
import { DataSource } from 'typeorm';

/** Starts the gateway: API, published keys, proxies to the services and the web build. */
export function bootstrapGateway() {
  return bootstrapService(AppModule, {
    definition: serviceDefinition,
    config,
    title: 'Khuyến công: cổng API (gateway)',
    staticDir: path.join(findWorkspaceRoot(), 'apps/web/public'),
    beforeBodyParsers: (app) => mountServiceProxies(app, config),
    productionProblems: (app) => gatewayProductionProblems(app.get(DataSource), config),
  });
}
