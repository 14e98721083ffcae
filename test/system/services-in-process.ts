// Every service of the registry (@kc/contracts/service-registry.json) in this process, the way the
// whole-system harnesses run them (the fuzzer, the authorization matrix, the browser tier's web stack, the
// restore drill's system): each on a port the system picks, then the gateway in front of them, told where
// they listen. Adding a service to the registry adds it here.
import type { INestApplication } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import {
  RoutedServiceNames,
  serviceUrlKey,
  Subscriptions,
  type ConsumerGroup,
  type RoutedServiceName,
  type ServiceName,
} from '@kc/contracts';
import { createGroupTopics, positionGroupAtEnd, startJwksRelay } from '@kc/testing';

type Bootstrap = (consumerGroup?: string) => Promise<INestApplication>;

/** A service's bootstrap, by the apps' convention: apps/<name>/src/bootstrap-<name>.ts exports bootstrap<Name>. */
export async function loadBootstrap(name: ServiceName): Promise<Bootstrap> {
  const exported = `bootstrap${name[0]!.toUpperCase()}${name.slice(1)}`;
  const module = (await import(`../../apps/${name}/src/bootstrap-${name}`)) as Record<string, Bootstrap | undefined>;
  const bootstrap = module[exported];
  if (!bootstrap) throw new Error(`apps/${name}/src/bootstrap-${name}.ts does not export ${exported}`);
  return bootstrap;
}

/** The services of the registry that consume events (a consumer group each). */
export const consumingServices = RoutedServiceNames.filter(
  (name) => (Subscriptions[name as ConsumerGroup] ?? []).length > 0,
) as ConsumerGroup[];

/** The consumer group of one service in a run: `<prefix>-<service>`. */
export const groupOf = (prefix: string, name: ConsumerGroup) => `${prefix}-${name}`;

/**
 * Every consuming service's group of this run, with its retry and DLQ topics, positioned at the topics' ends
 * (the shared test topics keep older runs' events); `remove` deletes them afterwards.
 */
export async function prepareGroups(kafka: Kafka, prefix: string) {
  const made: Awaited<ReturnType<typeof createGroupTopics>>[] = [];
  for (const name of consumingServices) {
    made.push(await createGroupTopics(kafka, groupOf(prefix, name), Subscriptions[name]));
    await positionGroupAtEnd(kafka, groupOf(prefix, name), Subscriptions[name]);
  }
  return { remove: () => Promise.all(made.map((g) => g.remove().catch(() => undefined))) };
}

/**
 * Closes one app; a service that does not close names itself in the log (notifications' live streams once held
 * its HTTP server open for ever; see forceCloseConnections in bootstrapService).
 */
async function closeWatched(name: string, app: INestApplication): Promise<void> {
  const started = Date.now();
  const watchdog = setInterval(
    () => console.warn(`closing ${name}: still closing after ${Date.now() - started} ms`),
    15_000,
  );
  try {
    await app.close();
  } catch (error: unknown) {
    console.warn(`closing ${name} failed: ${String(error)}`);
  } finally {
    clearInterval(watchdog);
  }
}

export interface ServicesInProcess {
  /** The gateway's address (http://127.0.0.1:<port>). */
  base: string;
  gateway: INestApplication;
  /** Every app started, in start order (the gateway last). */
  apps: { name: ServiceName; app: INestApplication; url: string }[];
  /** Closes the apps, all at once; one still closing after 15 s names itself in the log. */
  close(): Promise<void>;
}

/**
 * Starts every routed service of the registry (consumer groups `<groupPrefix>-<service>`), then the gateway,
 * with the settings already in process.env. The services verify tokens against the gateway's key set.
 */
export async function startServicesInProcess(groupPrefix: string): Promise<ServicesInProcess> {
  const jwks = await startJwksRelay();
  Object.assign(process.env, { PORT: '0', AUTH_JWKS_URL: jwks.url });
  const apps: ServicesInProcess['apps'] = [];
  const close = async () => {
    await Promise.all(apps.map(({ name, app }) => closeWatched(name, app)));
    await jwks.close();
  };
  try {
    for (const name of RoutedServiceNames) {
      const consuming = (consumingServices as readonly RoutedServiceName[]).includes(name);
      const bootstrap = await loadBootstrap(name);
      const app = await bootstrap(consuming ? groupOf(groupPrefix, name as ConsumerGroup) : undefined);
      apps.push({ name, app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') });
    }
    for (const { name, url } of apps) process.env[serviceUrlKey(name as RoutedServiceName)] = url;
    const gateway = await (await loadBootstrap('gateway'))();
    const base = (await gateway.getUrl()).replace('[::1]', '127.0.0.1');
    apps.push({ name: 'gateway', app: gateway, url: base });
    jwks.relayTo(base);
    return { base, gateway, apps, close };
  } catch (error) {
    await close();
    throw error;
  }
}
