// The smoke stack, derived from docker-compose.yml: its apps and one-shots with their commands, environment
// and health checks, on host networking against the host's servers. Only the addresses change: each
// service keeps its own database role (<schema>_svc, as compose and Helm give it), on the smoke database.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { APPS, DATABASE, GATEWAY, HOST_PG, HOST_SERVERS, IMAGE, PROJECT, portOf, root, type Json } from './settings';

/** The compose URL's role and password, on the host's server and the smoke database. */
function hostDatabaseUrl(composeUrl: string): string {
  const url = new URL(composeUrl);
  const host = new URL(HOST_PG);
  url.host = host.host;
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

/** The gateway's service URLs: http://<app>:<port> → http://127.0.0.1:<smoke port of app>. */
function hostServiceUrl(value: string): string {
  const m = /^http:\/\/([a-z]+):\d+$/.exec(value);
  return m && APPS.includes(m[1]) ? `http://127.0.0.1:${portOf(m[1])}` : value;
}

/** How each address of docker-compose.yml is rewritten for the host; any other value may be a service URL. */
const HOST_ADDRESS: Record<string, (value: string) => string> = {
  HOST: () => '127.0.0.1',
  AUTH_JWKS_URL: () => `${GATEWAY}/.well-known/jwks.json`,
  PUBLIC_BASE_URL: () => GATEWAY,
  DATABASE_URL: hostDatabaseUrl,
};

/** The service's environment on the host's servers, with the smoke run's topic prefix. */
function hostEnvironment(environment: Record<string, string>): Record<string, string> {
  const rewritten = Object.entries(environment).map(([key, value]) => [
    key,
    (HOST_ADDRESS[key] ?? hostServiceUrl)(String(value)),
  ]);
  const { KAFKA_BROKERS, KAFKA_TOPIC_PREFIX, TEMPORAL_ADDRESS } = HOST_SERVERS;
  return { ...Object.fromEntries(rewritten), KAFKA_BROKERS, KAFKA_TOPIC_PREFIX, TEMPORAL_ADDRESS };
}

/** One compose service as the smoke stack runs it: the smoke image, host networking, host addresses. */
function adapt(name: string, service: Json, extra: Record<string, string> = {}): Json {
  const { build: _build, ports: _ports, expose: _expose, depends_on: _deps, profiles: _profiles, ...rest } = service;
  return {
    ...rest,
    image: IMAGE,
    container_name: `${PROJECT}-${name}`,
    network_mode: 'host',
    environment: { ...hostEnvironment(rest.environment ?? {}), ...extra },
  };
}

/** The smoke compose file: migrate, provision and seed one-shots, then every app of the registry. */
export function smokeCompose(): Json {
  const source = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as Json;
  const services: Record<string, Json> = {};
  for (const name of ['migrate', 'provision']) services[name] = adapt(name, source.services[name]);
  // the demo data, as the owner (migrate's environment), on the smoke run's task queues; NODE_ENV as the
  // compose apps have it (the image's production refuses demo data, and this stack runs on demo credentials)
  services.seed = adapt('seed', source.services.migrate, {
    NODE_ENV: 'development',
    APPROVALS_TASK_QUEUE: HOST_SERVERS.APPROVALS_TASK_QUEUE,
    OCOP_TASK_QUEUE: HOST_SERVERS.OCOP_TASK_QUEUE,
  });
  services.seed.command = ['node', 'scripts/run-ts.js', 'scripts/seed.ts'];
  for (const app of APPS) {
    services[app] = adapt(app, source.services[app], {
      PORT: String(portOf(app)),
      APPROVALS_TASK_QUEUE: HOST_SERVERS.APPROVALS_TASK_QUEUE,
      OCOP_TASK_QUEUE: HOST_SERVERS.OCOP_TASK_QUEUE,
      ...(app === 'notifications' ? { SMTP_HOST: '127.0.0.1', SMTP_PORT: '1025' } : {}),
    });
  }
  return { name: PROJECT, services, volumes: source.volumes };
}
