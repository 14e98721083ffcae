import 'reflect-metadata';
import { bootstrapService } from '@kc/platform';
import { AppModule } from './app.module';
import { config } from './config';
import { serviceDefinition } from './service.definition';

void bootstrapService(AppModule, {
  definition: serviceDefinition,
  config,
  consumerGroup: 'applications',
  title: 'Khuyến công: hồ sơ đề nghị hỗ trợ (applications)',
});
