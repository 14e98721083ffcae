import path from 'node:path';
import { findWorkspaceRoot } from '@kc/observability';
import { bootstrapService } from '@kc/platform';
import { AppModule } from './app.module';
import { config } from './config';
import { mountServiceProxies } from './proxy/mount-service-proxies';
import { serviceDefinition } from './service.definition';
import { gatewayProductionProblems } from './production-problems';
import { DataSource } from 'typeorm';
import { mountSpaFallback } from './web/spa-fallback';

/** The Vite build of apps/web (`npm start` and `npm test` build it). */
const webDir = path.join(findWorkspaceRoot(), 'apps/web/dist');

/** Starts the gateway: API, published keys, proxies to the services and the web build. */
export function bootstrapGateway() {
  return bootstrapService(AppModule, {
    definition: serviceDefinition,
    config,
    title: 'Khuyến công: cổng API (gateway)',
    staticDir: webDir,
    beforeBodyParsers: (app) => {
      mountServiceProxies(app, config);
      mountSpaFallback(app, webDir);
    },
    productionProblems: (app) => gatewayProductionProblems(app.get(DataSource), config),
  });
}
