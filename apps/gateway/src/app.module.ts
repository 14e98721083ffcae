import { Module } from '@nestjs/common';
import { PlatformModule } from '@kc/platform';
import { config } from './config';
import { IdentityModule } from './identity/identity.module';
import { serviceDefinition } from './service.definition';

@Module({ imports: [PlatformModule.forService(serviceDefinition, config), IdentityModule.forRoot(config)] })
export class AppModule {}
