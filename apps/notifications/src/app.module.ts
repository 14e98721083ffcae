import { Module } from '@nestjs/common';
import { PlatformModule } from '@kc/platform';
import { config } from './config';
import { serviceDefinition } from './service.definition';

@Module({ imports: [PlatformModule.forService(serviceDefinition, config)] })
export class AppModule {}
