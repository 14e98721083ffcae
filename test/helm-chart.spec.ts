// deploy/helm, rendered by the real Helm (deploy/scripts/ensure-helm.sh builds it once into the machine's
// cache): every topic of libs/contracts has a Strimzi KafkaTopic, every app a Deployment with probes and
// resources, the right autoscaler, and its migrations run before the rollout.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { allTopics, servicePort, TemporalNamespaces, type ServiceName } from '@kc/contracts';
import { renderTopicsFile, TOPICS_FILE } from '../deploy/scripts/generate-kafka-topics';

const root = path.resolve(__dirname, '..');
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const helm = execFileSync('bash', [path.join(root, 'deploy/scripts/ensure-helm.sh')], { encoding: 'utf8' }).trim();

function render(chart: string, ...set: string[]): Json[] {
  const out = execFileSync(
    helm,
    ['template', 'kc', path.join(root, 'deploy/helm', chart), ...set.flatMap((s) => ['--set', s])],
    {
      encoding: 'utf8',
    },
  );
  return parseAllDocuments(out)
    .map((d) => d.toJSON() as Json | null)
    .filter((d): d is Json => d !== null);
}
const ofKind = (docs: Json[], kind: string): Json[] => docs.filter((d) => d.kind === kind);

const apps = fs
  .readdirSync(path.join(root, 'apps'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, 'apps', d.name, 'src', 'main.ts')))
  .map((d) => d.name)
  .sort();
/** Apps that host a Temporal worker: their module hands a task queue to the worker runner. */
const workerApps = apps.filter((a) =>
  /taskQueue: config\.\w+_TASK_QUEUE/.test(fs.readFileSync(path.join(root, 'apps', a, 'src', 'app.module.ts'), 'utf8')),
);
/** The port an app listens on unless PORT is set: its entry in the service registry of @kc/contracts. */
const defaultPortOf = (app: string): number => servicePort(app as ServiceName);

describe('deploy/helm/khuyencong-platform', () => {
  const docs = render('khuyencong-platform');

  it('has the KafkaTopic list generated from the current contracts', () => {
    expect(fs.readFileSync(TOPICS_FILE, 'utf8')).toBe(renderTopicsFile());
  });

  it("has one Strimzi KafkaTopic per topic of libs/contracts, replicated, on the chart's Kafka", () => {
    const topics = ofKind(docs, 'KafkaTopic');
    expect(topics.map((t) => t.spec.topicName).sort()).toEqual([...allTopics()].sort());
    const kafka = ofKind(docs, 'Kafka')[0];
    for (const t of topics) {
      expect([t.spec.topicName, t.metadata.labels['strimzi.io/cluster'], t.spec.replicas]).toEqual([
        t.spec.topicName,
        kafka.metadata.name,
        3,
      ]);
    }
  });

  it('prefixes topic names with kafka.topicPrefix', () => {
    const topics = ofKind(render('khuyencong-platform', 'kafka.topicPrefix=staging.'), 'KafkaTopic');
    expect(topics.map((t) => t.spec.topicName).sort()).toEqual(
      allTopics()
        .map((t) => `staging.${t}`)
        .sort(),
    );
  });

  it('creates a login role per app, <schema>_svc, whose password is the Secret that app reads', () => {
    const roles = (ofKind(docs, 'Cluster')[0]?.spec.managed.roles ?? []) as Json[];
    for (const app of apps)
      expect(roles.find((r) => r.name === `${app}_svc`)).toEqual(
        expect.objectContaining({ login: true, passwordSecret: { name: `kc-db-${app}` } }),
      );
  });

  it('runs Kafka in KRaft on a node pool, and PostgreSQL as a CloudNativePG Cluster behind a Pooler', () => {
    expect(ofKind(docs, 'Kafka')[0].metadata.annotations).toEqual(
      expect.objectContaining({ 'strimzi.io/kraft': 'enabled', 'strimzi.io/node-pools': 'enabled' }),
    );
    expect(ofKind(docs, 'KafkaNodePool')[0].spec.roles).toEqual(['controller', 'broker']);
    const cluster = ofKind(docs, 'Cluster')[0];
    expect(cluster.apiVersion).toBe('postgresql.cnpg.io/v1');
    expect(ofKind(docs, 'Pooler')[0].spec.cluster.name).toBe(cluster.metadata.name);
    expect(ofKind(docs, 'Database').map((d) => d.spec.name)).toEqual(['temporal', 'temporal_visibility']);
  });
});

describe('deploy/helm/khuyencong', () => {
  const docs = render('khuyencong');
  const deployment = (app: string): Json | undefined =>
    ofKind(docs, 'Deployment').find((d) => d.metadata.name === `kc-${app}`);
  const container = (app: string): Json => deployment(app)?.spec.template.spec.containers[0] ?? {};
  const envOf = (app: string): Record<string, string> =>
    Object.fromEntries(
      (container(app).env ?? []).map((e: Json) => [e.name, e.value ?? `<secret ${e.valueFrom?.secretKeyRef?.name}>`]),
    );

  it('has a Deployment and a Service for every app of apps/, and nothing else', () => {
    expect(
      ofKind(docs, 'Deployment')
        .map((d) => d.metadata.name)
        .sort(),
    ).toEqual(apps.map((a) => `kc-${a}`));
    expect(
      ofKind(docs, 'Service')
        .map((d) => d.metadata.name)
        .sort(),
    ).toEqual(apps.map((a) => `kc-${a}`));
  });

  it.each(apps)(
    '%s: runs APP on its config.ts port, with readiness on /health, liveness, resources, non-root',
    (app) => {
      const c = container(app);
      expect(envOf(app).APP).toBe(app);
      expect(Number(envOf(app).PORT)).toBe(defaultPortOf(app));
      expect(c.readinessProbe.httpGet.path).toBe('/health');
      expect(c.livenessProbe).toBeDefined();
      expect(c.resources.requests).toEqual(
        expect.objectContaining({ cpu: expect.anything(), memory: expect.anything() }),
      );
      expect(deployment(app)?.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
    },
  );

  it.each(apps.filter((a) => a !== 'gateway'))("%s: checks tokens against the gateway's JWKS", (app) => {
    expect(envOf(app).AUTH_JWKS_URL).toBe(`http://kc-gateway:${defaultPortOf('gateway')}/.well-known/jwks.json`);
  });

  it('gives the gateway the in-cluster URL of every service it forwards to', () => {
    for (const app of apps.filter((a) => a !== 'gateway')) {
      expect(envOf('gateway')[`${app.toUpperCase()}_URL`]).toBe(`http://kc-${app}:${defaultPortOf(app)}`);
    }
  });

  it("connects each service as its own role, from its own existing Secret, never from values or the owner's", () => {
    for (const app of apps) {
      expect([app, envOf(app).DB_USER, envOf(app).DB_PASSWORD]).toEqual([
        app,
        `<secret kc-db-${app}>`,
        `<secret kc-db-${app}>`,
      ]);
      expect(envOf(app).DATABASE_URL).toContain('$(DB_USER):$(DB_PASSWORD)@');
    }
  });

  it('runs the migrations as the schema owner (the Secret CloudNativePG writes), on the primary', () => {
    const migrate = ofKind(docs, 'Job').find((j) => /migrate/.test(j.metadata.name));
    const env = Object.fromEntries(
      (migrate?.spec.template.spec.containers[0].env ?? []).map((e: Json) => [
        e.name,
        e.value ?? `<secret ${e.valueFrom?.secretKeyRef?.name}>`,
      ]),
    );
    expect(env.DB_PASSWORD).toBe('<secret kc-postgres-app>');
    expect(env.DATABASE_URL).toContain('@kc-postgres-rw:');
  });

  it("scales the HTTP services with an HPA and the worker-hosting ones with KEDA's Temporal scaler", () => {
    expect(workerApps.sort()).toEqual(['appraisals', 'ocop']);
    const hpas = ofKind(docs, 'HorizontalPodAutoscaler')
      .map((h) => h.spec.scaleTargetRef.name)
      .sort();
    expect(hpas).toEqual(apps.filter((a) => !workerApps.includes(a)).map((a) => `kc-${a}`));
    for (const app of workerApps) {
      const so = ofKind(docs, 'ScaledObject').find((s) => s.spec.scaleTargetRef.name === `kc-${app}`);
      const temporal = so?.spec.triggers.find((t: Json) => t.type === 'temporal');
      const queueVar = Object.keys(envOf(app)).find((k) => k.endsWith('_TASK_QUEUE'));
      expect([app, temporal?.metadata.taskQueue]).toEqual([app, queueVar && envOf(app)[queueVar]]);
      expect(temporal?.metadata.namespace).toBe(envOf(app).TEMPORAL_NAMESPACE);
      expect(deployment(app)?.spec.replicas).toBeUndefined(); // KEDA owns the count
    }
  });

  it('runs the search attributes and then the migrations as Jobs before every install and upgrade', () => {
    const jobs = ofKind(docs, 'Job')
      .map((j) => ({
        hook: j.metadata.annotations['helm.sh/hook'],
        weight: Number(j.metadata.annotations['helm.sh/hook-weight']),
        command: j.spec.template.spec.containers[0].command.join(' '),
      }))
      .sort((a, b) => a.weight - b.weight);
    expect(jobs.map((j) => j.hook)).toEqual(['pre-install,pre-upgrade', 'pre-install,pre-upgrade']);
    expect(jobs.map((j) => j.command.split(' ').pop())).toEqual([
      'infra/docker/provision-temporal.ts',
      'scripts/migrate.ts',
    ]);
    for (const j of jobs) expect(fs.existsSync(path.join(root, j.command.split(' ').pop() ?? ''))).toBe(true);
  });
});

describe('deploy/helm/temporal-values.yaml (official Temporal chart)', () => {
  const values = parse(fs.readFileSync(path.join(root, 'deploy/helm/temporal-values.yaml'), 'utf8')) as Json;
  const platform = render('khuyencong-platform');

  it('creates the namespaces of libs/contracts', () => {
    expect(values.server.config.namespaces.namespace.map((n: Json) => n.name).sort()).toEqual(
      Object.values(TemporalNamespaces).sort(),
    );
  });

  it("stores history and SQL visibility in the platform chart's PostgreSQL databases, password by Secret", () => {
    const cluster = ofKind(platform, 'Cluster')[0];
    const databases = ofKind(platform, 'Database').map((d) => d.spec.name);
    for (const store of Object.values(values.server.config.persistence.datastores) as Json[]) {
      expect(store.sql.connectAddr).toBe(`${cluster.metadata.name}-rw:5432`);
      expect(databases).toContain(store.sql.databaseName);
      expect(store.sql.existingSecret).toBe(cluster.spec.managed.roles[0].passwordSecret.name);
      expect(store.sql.password).toBeUndefined();
    }
  });
});
