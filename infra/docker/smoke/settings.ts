// What the compose smoke run uses on this machine: names, ports, the host's servers and its time limit.
// Ports: every service of the registry sits at the same distance from SMOKE_PORT_BASE (3100) as its own
// port from the gateway's, so 3000-3005 stay free for `npm start`.
import os from 'node:os';
import path from 'node:path';
import { ServiceNames, servicePort, type ServiceName } from '@kc/contracts';

export const root = path.resolve(__dirname, '../../..');
export const PROJECT = 'kc-smoke';
export const IMAGE = 'localhost/khuyencong/app:smoke';
const PORT_BASE = Number(process.env.SMOKE_PORT_BASE ?? 3100);
export const TIMEOUT_MS = Number(process.env.SMOKE_TIMEOUT_S ?? 1500) * 1000;
/** The host's PostgreSQL, as its owner role (the smoke database is made and dropped through it). */
export const HOST_PG = process.env.SMOKE_POSTGRES ?? 'postgres://khuyencong:khuyencong@127.0.0.1:5432';
export const DATABASE = 'khuyencong_smoke';
export const APPS: string[] = ServiceNames;
export const portOf = (app: string): number => PORT_BASE + servicePort(app as ServiceName) - servicePort('gateway');
export const GATEWAY = `http://127.0.0.1:${portOf('gateway')}`;
export const workDir = path.join(root, '.infra', 'compose-smoke');
export const composeFile = path.join(workDir, 'docker-compose.smoke.yml');
export const PODMAN_COMPOSE =
  process.env.PODMAN_COMPOSE ??
  path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'khuyencong/podman-compose-venv/bin/podman-compose');

/** The smoke run's own topics and task queues on the host's Kafka and Temporal. */
export const HOST_SERVERS = {
  KAFKA_BROKERS: '127.0.0.1:9092',
  KAFKA_TOPIC_PREFIX: 'smoke.',
  TEMPORAL_ADDRESS: '127.0.0.1:7233',
  APPROVALS_TASK_QUEUE: 'smoke-approvals',
  OCOP_TASK_QUEUE: 'smoke-ocop',
};

export const started = Date.now();
export const deadline = started + TIMEOUT_MS;

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
