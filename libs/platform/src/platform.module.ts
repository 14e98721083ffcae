import { Module, type DynamicModule } from '@nestjs/common';
import type { MixedList } from 'typeorm';
import { HealthController, HEALTH_CHECKS, HEALTH_DETAILS, SERVICE_NAME, loggingModule } from '@kc/observability';
import { DatabaseHealthCheck, PersistenceModule, serviceDatabaseUrl } from '@kc/persistence';
import { KafkaHealthCheck, MessagingModule } from '@kc/messaging';
import { TemporalClientModule, TemporalHealthCheck } from '@kc/temporal';
import { switchedOn, type ServiceConfig } from './service-config';

export interface ServiceDefinition {
  /** Service name: logs, Kafka client id, event producer. */
  service: string;
  /** The port it listens on unless PORT is set: `servicePort(<name>)` from the registry in @kc/contracts. */
  port: number;
  /** The Postgres schema this app owns. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
}

/** The URL the service connects with: its own role's when DATABASE_SERVICE_ROLES=on, else DATABASE_URL. */
export function runtimeDatabaseUrl(config: ServiceConfig, schema: string): string {
  return config.DATABASE_SERVICE_ROLES === 'on'
    ? serviceDatabaseUrl(config.DATABASE_URL, schema, config.DATABASE_SERVICE_PASSWORD)
    : config.DATABASE_URL;
}

/** The chassis every service shares: JSON logs, its schema, Kafka outbox, Temporal client and /health. */
@Module({})
export class PlatformModule {
  static forService(definition: ServiceDefinition, config: ServiceConfig): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        loggingModule(definition.service, config.LOG_LEVEL),
        PersistenceModule.forRoot({
          url: runtimeDatabaseUrl(config, definition.schema),
          schema: definition.schema,
          migrations: definition.migrations,
          poolSize: config.DATABASE_POOL_SIZE,
          applicationName: definition.service,
        }),
        MessagingModule.forRoot({ service: definition.service, schema: definition.schema, kafka: config }),
        TemporalClientModule.forRoot(config),
      ],
      controllers: [HealthController],
      providers: [
        { provide: SERVICE_NAME, useValue: definition.service },
        { provide: HEALTH_DETAILS, useValue: switchedOn(config, config.HEALTH_DETAILS) },
        {
          provide: HEALTH_CHECKS,
          inject: [DatabaseHealthCheck, KafkaHealthCheck, TemporalHealthCheck],
          useFactory: (...checks: unknown[]) => checks,
        },
      ],
    };
  }
}
