// docker-compose.yml and infra/docker/Dockerfile, checked without Docker: every app has a service built
// from the shared image, on its port in the service registry (libs/contracts/src/service-registry.json, which
// every app's config.ts defaults to), wired to the compose hostnames, and the start order can actually be
// satisfied.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { authConfigSchema } from '@kc/auth';
import {
  RoutedServiceNames,
  ServiceNames,
  TemporalNamespaces,
  servicePort,
  serviceUrlKey,
  type ServiceName,
} from '@kc/contracts';

const root = path.resolve(__dirname, '..');
const read = (rel: string): string => fs.readFileSync(path.join(root, rel), 'utf8');
const DOCKERFILE = 'infra/docker/Dockerfile';
const HEALTHCHECK = 'infra/docker/healthcheck.js';
const REGISTRY = 'libs/contracts/src/service-registry.json';

type EnvValue = string | number | boolean | null;
interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string; args?: Record<string, EnvValue> | string[] };
  environment?: Record<string, EnvValue> | string[];
  ports?: (string | number | { target: number | string; published?: number | string })[];
  expose?: (string | number)[];
  profiles?: string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  command?: string | string[];
  entrypoint?: string | string[];
  restart?: string;
  configs?: (string | { source: string })[];
  volumes?: (string | { type?: string; source?: string })[];
}
interface Compose {
  services: Record<string, Service>;
  configs?: Record<string, unknown>;
  volumes?: Record<string, unknown>;
}

// ------------------------------------------------------------------ the compose file
function loadCompose(): Compose {
  // `merge: true`: Compose honours YAML merge keys (`<<: *app`), as YAML 1.1 did.
  return parse(read('docker-compose.yml'), { merge: true }) as Compose;
}

/** `${VAR:-default}` as Compose would expand it with VAR unset. */
function interpolateDefaults(value: string): string {
  return value.replace(/\$\{[A-Z0-9_]+(?::?-([^}]*))?\}/g, (_m, def: string | undefined) => def ?? '');
}

function envOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((kv) => [kv.split('=')[0], kv.slice(kv.indexOf('=') + 1)]));
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

function buildArgsOf(service: Service): Record<string, string> {
  const args = typeof service.build === 'object' ? service.build.args : undefined;
  if (!args) return {};
  if (Array.isArray(args))
    return Object.fromEntries(args.map((kv) => [kv.split('=')[0], kv.slice(kv.indexOf('=') + 1)]));
  return Object.fromEntries(Object.entries(args).map(([k, v]) => [k, String(v)]));
}

/** Absolute path of the Dockerfile a service is built from, or undefined when it only pulls an image. */
function dockerfileOf(service: Service): string | undefined {
  if (!service.build) return undefined;
  const { context = '.', dockerfile = 'Dockerfile' } =
    typeof service.build === 'string' ? { context: service.build } : service.build;
  return path.resolve(root, context, dockerfile);
}

/** Published ports as host -> container pairs (short "[ip:]host:container[/proto]" and long syntax). */
function portsOf(service: Service): { host: number; container: number }[] {
  return (service.ports ?? []).map((p) => {
    if (typeof p === 'object') return { host: Number(p.published), container: Number(p.target) };
    const parts = interpolateDefaults(String(p))
      .replace(/\/(tcp|udp)$/, '')
      .split(':');
    const container = Number(parts[parts.length - 1]);
    const host = parts.length > 1 ? Number(parts[parts.length - 2]) : NaN;
    return { host, container };
  });
}

function dependsOnOf(service: Service): Record<string, string> {
  const deps = service.depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [d, 'service_started']));
  return Object.fromEntries(Object.entries(deps).map(([k, v]) => [k, v?.condition ?? 'service_started']));
}

function commandOf(service: Service): string {
  const c = service.command ?? '';
  return Array.isArray(c) ? c.join(' ') : c;
}

function hostsOf(list: string): string[] {
  return list.split(',').map((hp) => hp.trim().split(':')[0]);
}

/** Container ports a service offers on the compose network: `expose` plus the published ones. */
function containerPortsOf(service: Service): number[] {
  return [
    ...(service.expose ?? []).map((p) => Number(String(p).replace(/\/(tcp|udp)$/, ''))),
    ...portsOf(service).map((p) => p.container),
  ];
}

// ------------------------------------------------------------------ the apps, from the sources
const appsDir = path.join(root, 'apps');
const apps = fs
  .readdirSync(appsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(appsDir, d.name, 'src', 'main.ts')))
  .map((d) => d.name)
  .sort();

/** The port an app listens on unless PORT is set: its entry in the service registry. */
function defaultPortOf(app: string): number {
  return servicePort(app as ServiceName);
}

// ------------------------------------------------------------------ the Dockerfile (final stage)
interface CopyInstruction {
  from?: string;
  srcs: string[];
  /** Absolute destination in the image. */
  dest: string;
  /** As written: a trailing slash means "into this folder". */
  rawDest: string;
}
function finalStage(): { workdir: string; copies: CopyInstruction[]; cmd: string } {
  const instructions = read(DOCKERFILE)
    .replace(/\\\r?\n/g, ' ') // line continuations
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const lastFrom = instructions.map((l) => /^FROM\s/i.test(l)).lastIndexOf(true);
  let workdir = '/';
  let cmd = '';
  const copies: CopyInstruction[] = [];
  for (const line of instructions.slice(lastFrom + 1)) {
    const [keyword, ...rest] = line.split(/\s+/);
    const upper = keyword.toUpperCase();
    if (upper === 'WORKDIR') workdir = path.posix.resolve(workdir, rest.join(' '));
    if (upper === 'CMD' || upper === 'ENTRYPOINT') cmd += ` ${rest.join(' ')}`;
    if (upper === 'COPY' || upper === 'ADD') {
      const from = rest.find((t) => t.startsWith('--from='))?.slice('--from='.length);
      const args = rest.filter((t) => !t.startsWith('--'));
      const rawDest = args[args.length - 1];
      copies.push({ from, srcs: args.slice(0, -1), dest: path.posix.resolve(workdir, rawDest), rawDest });
    }
  }
  return { workdir, copies, cmd };
}

/** Where a file or folder of the build context lands in the final image, through one COPY (or undefined). */
function landsAt(copy: CopyInstruction, target: string): string | undefined {
  for (const src of copy.srcs) {
    const s = src.replace(/^\.\/?/, '').replace(/\/$/, '');
    if (s === '') return path.posix.join(copy.dest, target);
    if (target.startsWith(`${s}/`)) return path.posix.join(copy.dest, target.slice(s.length + 1));
    if (target === s) {
      if (fs.statSync(path.join(root, s)).isDirectory()) return copy.dest;
      const intoFolder = copy.rawDest.endsWith('/') || copy.srcs.length > 1;
      return intoFolder ? path.posix.join(copy.dest, path.posix.basename(s)) : copy.dest;
    }
  }
  return undefined;
}

/** `ARG`, `USER` and `HEALTHCHECK` lines of the Dockerfile, in order (stage boundaries kept as FROM lines). */
function dockerfileLines(): string[] {
  return read(DOCKERFILE)
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

function imageContains(target: string): boolean {
  const { workdir, copies } = finalStage();
  // COPY from the build context only (COPY --from=<stage> brings build output, checked by its own test)
  return copies
    .filter((c) => c.from === undefined)
    .some((c) => landsAt(c, target) === path.posix.join(workdir, target));
}
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ------------------------------------------------------------------ .dockerignore
function dockerIgnored(file: string): boolean {
  const rules = read('.dockerignore')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const negated = l.startsWith('!');
      const glob = (negated ? l.slice(1) : l).replace(/^\//, '').replace(/\/$/, '');
      const source = glob
        .split(/(\*\*\/|\*\*|\*|\?)/)
        .map((part) => ({ '**/': '(?:.*/)?', '**': '.*', '*': '[^/]*', '?': '[^/]' })[part] ?? escape(part))
        .join('');
      return { negated, regex: new RegExp(`^${source}$`) };
    });
  const segments = file.split('/');
  const prefixes = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
  let ignored = false;
  for (const rule of rules) {
    if (prefixes.some((p) => rule.regex.test(p))) ignored = !rule.negated;
  }
  return ignored;
}

// ================================================================== tests
describe('docker-compose.yml', () => {
  it('parses as YAML into a services map, with every merge key resolved', () => {
    const compose = loadCompose();
    expect(compose).toEqual(expect.objectContaining({ services: expect.any(Object) }));
    for (const [name, service] of Object.entries(compose.services)) {
      expect([name, Object.keys(service)]).not.toEqual([name, expect.arrayContaining(['<<'])]);
      expect([name, service.image ?? service.build]).toEqual([name, expect.anything()]);
    }
  });

  it("finds the apps to check (every folder of apps/ with src/main.ts), and they are the registry's services", () => {
    expect(apps).toEqual(expect.arrayContaining(['gateway']));
    expect([...ServiceNames].sort()).toEqual(apps);
  });

  it('has the infrastructure services: postgres, kafka, temporal, mail', () => {
    const { services } = loadCompose();
    for (const name of ['postgres', 'kafka', 'temporal', 'mail']) {
      expect([name, services[name]?.image]).toEqual([name, expect.stringMatching(/\S/)]);
    }
  });

  describe.each(apps)('app %s', (app) => {
    const port = defaultPortOf(app);
    const service = (): Service => {
      const s = loadCompose().services[app];
      if (!s) throw new Error(`docker-compose.yml has no service "${app}"`);
      return s;
    };

    it('is a service built from infra/docker/Dockerfile, with APP naming the app', () => {
      const s = service();
      expect(dockerfileOf(s)).toBe(path.join(root, DOCKERFILE));
      expect(envOf(s).APP ?? buildArgsOf(s).APP).toBe(app);
    });

    it(`offers its registry port on the compose network and listens on all interfaces`, () => {
      const env = envOf(service());
      const containerPort = env.PORT ? Number(env.PORT) : port;
      expect(containerPortsOf(service())).toContain(containerPort);
      expect(env.HOST).toBe('0.0.0.0');
    });

    it(app === 'gateway' ? 'is published on the host, on its own port' : 'is not published on the host', () => {
      const hostPorts = portsOf(service()).map((p) => p.host);
      expect(hostPorts).toEqual(app === 'gateway' ? [port] : []);
    });

    it('has a healthcheck on GET /health of that port', () => {
      const env = envOf(service());
      const containerPort = env.PORT ? Number(env.PORT) : port;
      const check = service().healthcheck;
      expect(check?.disable).not.toBe(true);
      const test = Array.isArray(check?.test) ? check.test.join(' ') : (check?.test ?? '');
      // the image's checker, which finds the port from APP in the registry (or PORT), or a URL with the port in it
      if (test.includes(HEALTHCHECK)) {
        expect(env.APP ?? buildArgsOf(service()).APP).toBe(app);
      } else {
        expect(test).toContain(`:${containerPort}/health`);
      }
    });

    if (app !== 'gateway') {
      it("checks access tokens against the gateway's JWKS, at the gateway's compose address", () => {
        const gatewayPort = defaultPortOf('gateway');
        const needsJwks = /authConfigSchema/.test(read(`apps/${app}/src/config.ts`));
        const url = envOf(service()).AUTH_JWKS_URL;
        if (needsJwks || url !== undefined) {
          expect(url).toBe(`http://gateway:${gatewayPort}/.well-known/jwks.json`);
        }
        // the same path as the default in libs/auth (which points at a gateway on loopback)
        const defaultUrl = authConfigSchema.parse({}).AUTH_JWKS_URL;
        expect(new URL(defaultUrl).port).toBe(String(gatewayPort));
        if (url !== undefined) expect(new URL(url).pathname).toBe(new URL(defaultUrl).pathname);
      });
    }

    it('reaches Postgres, Kafka and Temporal by their compose service names', () => {
      const env = envOf(service());
      expect(new URL(env.DATABASE_URL).hostname).toBe('postgres');
      expect(hostsOf(env.KAFKA_BROKERS ?? '')).toEqual(['kafka']);
      expect(hostsOf(env.TEMPORAL_ADDRESS ?? '')).toEqual(['temporal']);
      expect(env.TEMPORAL_NAMESPACE ?? TemporalNamespaces.app).toBe(TemporalNamespaces.app);
    });

    it('starts after the migrate and provision one-shots succeeded', () => {
      expect(dependsOnOf(service())).toEqual(
        expect.objectContaining({
          migrate: 'service_completed_successfully',
          provision: 'service_completed_successfully',
        }),
      );
    });
  });

  it('gives notifications the mail service as SMTP server (maildev listens on 1025)', () => {
    const env = envOf(loadCompose().services.notifications ?? {});
    expect(env.SMTP_HOST).toBe('mail');
    expect(containerPortsOf(loadCompose().services.mail ?? {})).toContain(Number(env.SMTP_PORT));
  });

  it('gives the gateway the compose address of every service it forwards to (each *_URL of the registry)', () => {
    const services = loadCompose().services;
    const env = envOf(services.gateway ?? {});
    expect([...RoutedServiceNames].sort()).toEqual(apps.filter((a) => a !== 'gateway'));
    for (const name of RoutedServiceNames) {
      const targetEnv = envOf(services[name] ?? {});
      const targetPort = targetEnv.PORT ? Number(targetEnv.PORT) : defaultPortOf(name);
      expect([serviceUrlKey(name), env[serviceUrlKey(name)]]).toEqual([
        serviceUrlKey(name),
        `http://${name}:${targetPort}`,
      ]);
    }
  });

  it('publishes nothing but the gateway unless a profile is asked for; the UIs are opt-in and loopback-only', () => {
    const { services } = loadCompose();
    const published = Object.entries(services)
      .filter(([, s]) => !s.profiles?.length && portsOf(s).length > 0)
      .map(([name]) => name);
    expect(published).toEqual(['gateway']);
    for (const ui of ['temporal-ui', 'mail-ui']) {
      expect([ui, services[ui]?.profiles]).toEqual([ui, ['ui']]);
      for (const p of services[ui]?.ports ?? []) expect(String(p)).toMatch(/^127\.0\.0\.1:/);
    }
  });

  it('lets every infrastructure image and the app base image be replaced by a variable', () => {
    const { services } = loadCompose();
    for (const [name, s] of Object.entries(services)) {
      if (dockerfileOf(s)) {
        expect([name, buildArgsOf(s).NODE_IMAGE]).toEqual([name, '${NODE_IMAGE:-node:20-bookworm-slim}']);
      } else {
        expect([name, s.image]).toEqual([name, expect.stringMatching(/^\$\{[A-Z_]+_IMAGE:-[^}]+\}$/)]);
      }
    }
  });

  it('runs migrate as the schema owner the postgres service creates, on its database', () => {
    const { services } = loadCompose();
    const pg = envOf(services.postgres ?? {});
    const url = new URL(envOf(services.migrate ?? {}).DATABASE_URL);
    expect([url.username, url.password, url.pathname.slice(1), url.port]).toEqual([
      pg.POSTGRES_USER,
      pg.POSTGRES_PASSWORD,
      pg.POSTGRES_DB,
      '5432',
    ]);
  });

  it("connects each app as its own role <schema>_svc, which the postgres service's first start creates", () => {
    const { services, configs } = loadCompose();
    const pg = envOf(services.postgres ?? {});
    const initSql = Object.values((configs ?? {}) as Record<string, { content?: string }>)
      .map((c) => c.content ?? '')
      .join('\n');
    for (const name of apps) {
      const url = new URL(envOf(services[name] ?? {}).DATABASE_URL);
      const role = `${name}_svc`;
      expect([name, url.username, url.pathname.slice(1), url.port]).toEqual([name, role, pg.POSTGRES_DB, '5432']);
      expect([name, url.username]).not.toEqual([name, pg.POSTGRES_USER]);
      expect(initSql).toContain(`CREATE ROLE ${role} LOGIN PASSWORD '${decodeURIComponent(url.password)}'`);
    }
    const initFiles = (services.postgres?.configs ?? []).map((c) => (typeof c === 'string' ? c : c.source));
    expect(initFiles).toContain('postgres-service-roles');
  });

  it('points KAFKA_BROKERS at a listener the broker advertises to the other containers', () => {
    const { services } = loadCompose();
    const advertised = (envOf(services.kafka ?? {}).KAFKA_ADVERTISED_LISTENERS ?? '')
      .split(',')
      .map((l) => l.replace(/^[A-Z_]+:\/\//, ''));
    for (const name of [...apps, 'provision']) {
      for (const broker of (envOf(services[name] ?? {}).KAFKA_BROKERS ?? '').split(',')) {
        expect([name, advertised]).toEqual([name, expect.arrayContaining([broker.trim()])]);
      }
    }
  });

  it('runs migrate and provision from the same image, on files that exist', () => {
    const { services } = loadCompose();
    for (const [name, script] of [
      ['migrate', 'scripts/migrate.ts'],
      ['provision', 'infra/local/provision.ts'],
    ]) {
      const s = services[name] ?? {};
      expect([name, dockerfileOf(s)]).toEqual([name, path.join(root, DOCKERFILE)]);
      expect(commandOf(s)).toContain(script);
      for (const file of commandOf(s)
        .split(/\s+/)
        .filter((t) => /\.(ts|js)$/.test(t))) {
        expect([name, file, fs.existsSync(path.join(root, file))]).toEqual([name, file, true]);
      }
      expect([name, s.restart ?? 'no']).toEqual([name, 'no']); // a one-shot, or dependents never start
    }
  });

  it('creates both Temporal namespaces before provisioning needs them', () => {
    const { services } = loadCompose();
    const creator = Object.entries(services).find(([, s]) => commandOf(s).includes('operator namespace create'));
    expect(creator).toBeDefined();
    const [name, s] = creator ?? ['', {}];
    const text = `${commandOf(s)} ${Object.values(envOf(s)).join(' ')}`;
    for (const ns of Object.values(TemporalNamespaces)) expect(text).toContain(ns);
    expect(dependsOnOf(services.provision ?? {})[name]).toBe('service_completed_successfully');
  });

  it('has every depends_on target, with a condition the target can meet, and no cycle', () => {
    const { services } = loadCompose();
    const conditions = ['service_started', 'service_healthy', 'service_completed_successfully'];
    for (const [name, service] of Object.entries(services)) {
      for (const [target, condition] of Object.entries(dependsOnOf(service))) {
        const dep = services[target];
        expect([name, target, dep !== undefined]).toEqual([name, target, true]);
        expect(conditions).toContain(condition);
        if (condition === 'service_healthy') {
          // Compose fails the whole `up` when the target has no healthcheck
          expect([name, target, Boolean(dep?.healthcheck?.test) && dep?.healthcheck?.disable !== true]).toEqual([
            name,
            target,
            true,
          ]);
        }
        if (condition === 'service_completed_successfully') {
          expect([name, target, dep?.restart ?? 'no']).toEqual([name, target, 'no']);
        }
      }
    }
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (name: string, trail: string[]): void => {
      if (done.has(name)) return;
      if (visiting.has(name)) throw new Error(`depends_on cycle: ${[...trail, name].join(' -> ')}`);
      visiting.add(name);
      for (const target of Object.keys(dependsOnOf(services[name] ?? {}))) visit(target, [...trail, name]);
      visiting.delete(name);
      done.add(name);
    };
    for (const name of Object.keys(services)) visit(name, []);
  });

  it('publishes no host port twice', () => {
    const published = Object.entries(loadCompose().services).flatMap(([name, s]) =>
      portsOf(s)
        .filter((p) => !Number.isNaN(p.host))
        .map((p) => `${p.host} (${name})`),
    );
    const hostPorts = published.map((p) => p.split(' ')[0]);
    expect(published.filter((_, i) => hostPorts.indexOf(hostPorts[i]) !== i)).toEqual([]);
  });

  it('declares every named volume and config the services use', () => {
    const compose = loadCompose();
    for (const [name, s] of Object.entries(compose.services)) {
      for (const c of s.configs ?? []) {
        const source = typeof c === 'string' ? c : c.source;
        expect([name, source, Object.keys(compose.configs ?? {})]).toEqual([
          name,
          source,
          expect.arrayContaining([source]),
        ]);
      }
      for (const v of s.volumes ?? []) {
        const source = typeof v === 'string' ? v.split(':')[0] : v.type === 'volume' ? v.source : undefined;
        if (!source || /^[./~]/.test(source)) continue; // bind mounts
        expect([name, source, Object.keys(compose.volumes ?? {})]).toEqual([
          name,
          source,
          expect.arrayContaining([source]),
        ]);
      }
    }
  });
});

describe('infra/docker/Dockerfile', () => {
  it('lets the gateway serve the web app: the Vite build (apps/web/dist) is made in the image and copied to the workspace root', () => {
    // web has no process of its own (were it to get a main.ts, the per-app tests would ask for its own
    // service); the gateway serves <workspace root>/apps/web/dist, the root being the folder with
    // tsconfig.base.json, and the build stage makes it with `npm run build:web`.
    expect(apps).not.toContain('web');
    expect(read('apps/gateway/src/bootstrap-gateway.ts')).toMatch(/findWorkspaceRoot\(\),\s*'apps\/web\/dist'/);
    expect(read(DOCKERFILE)).toMatch(/npm run build:web/);
    const { workdir, copies } = finalStage();
    expect(copies.some((c) => c.from !== undefined && c.dest === path.posix.join(workdir, 'apps/web/dist'))).toBe(true);
    expect(imageContains('tsconfig.base.json')).toBe(true);
  });

  it('starts the app named by APP through a launcher that exists', () => {
    const { cmd } = finalStage();
    expect(cmd).toMatch(/\$\{?APP\}?/);
    const launchers = cmd.match(/scripts\/[\w.-]+\.js/g) ?? [];
    expect(launchers.length).toBeGreaterThan(0);
    for (const file of launchers) {
      expect([file, fs.existsSync(path.join(root, file))]).toEqual([file, true]);
      expect(imageContains(file)).toBe(true);
    }
  });

  it('builds on node:20-bookworm-slim unless NODE_IMAGE says otherwise', () => {
    expect(dockerfileLines()).toContain('ARG NODE_IMAGE=node:20-bookworm-slim');
    expect(dockerfileLines().filter((l) => /^FROM\s/i.test(l)).length).toBeGreaterThan(1); // multi-stage
  });

  it("runs as a non-root user, with a HEALTHCHECK through the checker that reads every app's port from the registry", () => {
    const lines = dockerfileLines();
    const final = lines.slice(lines.map((l) => /^FROM\s/i.test(l)).lastIndexOf(true));
    const user = final.filter((l) => /^USER\s/i.test(l)).pop();
    expect(user).toBeDefined();
    expect(user?.split(/\s+/)[1]).not.toMatch(/^(root|0)(:|$)/);
    expect(final.find((l) => /^HEALTHCHECK\s/i.test(l))).toContain(HEALTHCHECK);
    expect(imageContains(HEALTHCHECK)).toBe(true);
    // the checker reads the registry beside it in the image, at the same relative path as in the repository
    expect(read(HEALTHCHECK)).toContain(`require('../../${REGISTRY}')`);
    expect(imageContains(REGISTRY)).toBe(true);
    expect(dockerIgnored(REGISTRY)).toBe(false);
  });

  it('puts what the one-shots run into the image', () => {
    for (const file of ['scripts/run-ts.js', 'scripts/migrate.ts', 'infra/local/provision.ts']) {
      expect([file, imageContains(file)]).toEqual([file, true]);
    }
  });

  it('keeps the files the build needs in the context and leaves local build output out', () => {
    const manifests = ['apps', 'libs'].flatMap((dir) =>
      fs
        .readdirSync(path.join(root, dir))
        .map((p) => `${dir}/${p}/package.json`)
        .filter((p) => fs.existsSync(path.join(root, p))),
    );
    const needed = [
      'package.json',
      'package-lock.json',
      'tsconfig.base.json',
      'tsconfig.build.json',
      'apps/web/index.html',
      'scripts/start-compiled.js',
      'scripts/run-ts.js',
      'scripts/aliases.js',
      'scripts/migrate.ts',
      'infra/local/provision.ts',
      DOCKERFILE,
      ...manifests,
    ];
    expect(needed.filter((f) => dockerIgnored(f))).toEqual([]);
    expect(
      [
        'node_modules/yaml/package.json',
        'dist/apps/gateway/src/main.js',
        'libs/messaging/node_modules/x',
        '.env',
      ].filter((f) => !dockerIgnored(f)),
    ).toEqual([]);
  });
});
