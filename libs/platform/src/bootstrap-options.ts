import type { INestApplication } from '@nestjs/common';
import type { ServiceDefinition } from './platform.module';
import type { ServiceConfig } from './service-config';

/** What each app tells bootstrapService about itself: its definition, settings, events and HTTP needs. */
export interface BootstrapOptions {
  definition: ServiceDefinition;
  config: ServiceConfig;
  /** Attach the Kafka inbox consumer for this consumer group (its topics come from the contracts). */
  consumerGroup?: string;
  /** Topics to consume; defaults to the group's subscriptions in the contracts. */
  subscriptions?: readonly string[];
  /** Accept event types the catalog does not know (a projection of everything, such as operations). */
  acceptUnknownTypes?: boolean;
  title: string;
  /** Folder of static files served at `/` (the gateway serves the web build). */
  staticDir?: string;
  /** Middleware that must see raw request streams (the gateway's proxies): mounted before body parsing. */
  beforeBodyParsers?: (app: INestApplication) => void;
  /** Largest JSON body accepted (larger → 413). */
  jsonLimit?: string;
  /** The app's own demo settings (demo accounts in its tables, a key in the database...), checked in production. */
  productionProblems?: (app: INestApplication) => Promise<string[]>;
}
