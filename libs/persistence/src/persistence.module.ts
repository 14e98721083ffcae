import { Global, Module, type DynamicModule, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createAppDataSource, type AppDataSourceOptions } from './create-data-source';
import { DatabaseHealthCheck } from './database-health.check';

const OPTIONS = Symbol('PERSISTENCE_OPTIONS');

class DataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/** Provides the app's initialised DataSource (its own schema). Migrations run separately (`npm run migrate`). */
@Global()
@Module({})
export class PersistenceModule {
  static forRoot(options: AppDataSourceOptions): DynamicModule {
    return {
      module: PersistenceModule,
      providers: [
        { provide: OPTIONS, useValue: options },
        {
          provide: DataSource,
          inject: [OPTIONS],
          useFactory: async (opts: AppDataSourceOptions) => createAppDataSource(opts).initialize(),
        },
        DataSourceCloser,
        DatabaseHealthCheck,
      ],
      exports: [DataSource, DatabaseHealthCheck],
    };
  }
}
