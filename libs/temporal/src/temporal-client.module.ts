import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { temporalTls, type TemporalConfig } from './temporal-config';
import { TemporalHealthCheck } from './temporal-health.check';
import { TemporalUnavailableError } from './temporal-unavailable';

const CONFIG = Symbol('TEMPORAL_CONFIG');

/**
 * Connects lazily: a service boots (and reports "temporal: down" on /health) while Temporal is away,
 * and connects on first use once it is back.
 */
@Injectable()
export class TemporalConnection implements OnApplicationShutdown {
  private pending: Promise<Connection> | undefined;
  private client: Client | undefined;

  constructor(@Inject(CONFIG) readonly config: TemporalConfig) {}

  connection(): Promise<Connection> {
    this.pending ??= Connection.connect({
      address: this.config.TEMPORAL_ADDRESS,
      connectTimeout: 2000,
      tls: temporalTls(this.config),
    }).catch((error: unknown) => {
      this.pending = undefined;
      throw new TemporalUnavailableError(error);
    });
    return this.pending;
  }

  async workflowClient(): Promise<Client> {
    this.client ??= new Client({ connection: await this.connection(), namespace: this.config.TEMPORAL_NAMESPACE });
    return this.client;
  }

  async onApplicationShutdown(): Promise<void> {
    const pending = this.pending;
    this.pending = undefined;
    if (pending) await (await pending.catch(() => undefined))?.close();
  }
}

@Global()
@Module({})
export class TemporalClientModule {
  static forRoot(config: TemporalConfig): DynamicModule {
    return {
      module: TemporalClientModule,
      providers: [
        { provide: CONFIG, useValue: config },
        TemporalConnection,
        {
          provide: TemporalHealthCheck,
          inject: [TemporalConnection],
          useFactory: (c: TemporalConnection) =>
            new TemporalHealthCheck(() => c.connection(), config.TEMPORAL_ADDRESS, config.TEMPORAL_NAMESPACE),
        },
      ],
      exports: [TemporalConnection, TemporalHealthCheck],
    };
  }
}
