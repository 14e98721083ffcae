import 'reflect-metadata';
import path from 'node:path';
import { findWorkspaceRoot } from '@kc/observability';
import { bootstrapService } from '@kc/platform';
import { AppModule } from './app.module';
import { config } from './config';
import { serviceDefinition } from './service.definition';

void bootstrapService(AppModule, {
  definition: serviceDefinition,
  config,
  title: 'Khuyến công: cổng API (gateway)',
  staticDir: path.join(findWorkspaceRoot(), 'apps/web/public'),
});
