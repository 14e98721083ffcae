import { randomBytes } from 'node:crypto';
import { Body, Controller, Get, Module, Param, Post, type INestApplication } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { DataSource } from 'typeorm';
import { EventTypes, type EventEnvelope } from '@kc/contracts';
import { OutboxWriter, createKafka, createMessagingTablesMigration, type InboxContext } from '@kc/messaging';
import { migrateDataSource } from '@kc/persistence';
import {
  applicationSubmittedDraft,
  createGroupTopics,
  expectEventually,
  positionGroupAtEnd,
  testEnv,
} from '@kc/testing';
import {
  bootstrapService,
  IdParam,
  parseConfig,
  PlatformModule,
  serviceConfigSchema,
  type ServiceDefinition,
} from '../src';

const schema = `t_chassis_${randomBytes(3).toString('hex')}`;
const definition: ServiceDefinition = {
  service: 'chassis-test',
  port: 0,
  schema,
  migrations: [createMessagingTablesMigration(schema)],
};

@Controller()
class ProjectionController {
  @EventPattern(EventTypes.ApplicationSubmitted)
  async onSubmitted(@Payload() event: EventEnvelope, @Ctx() ctx: InboxContext): Promise<void> {
    await ctx.manager.query(`INSERT INTO "${schema}".seen (event_id, dossier_code) VALUES ($1, $2)`, [
      event.id,
      (event.payload as { dossierCode: string }).dossierCode,
    ]);
  }
}

/** Routes that misbehave the ways a real handler can: a raw error, a query on an unchecked id, a checked id. */
@Controller('probe')
class ProbeController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('crash')
  crash(): never {
    throw new Error('password authentication failed for user "khuyencong" at /srv/secret/path');
  }

  @Get('unchecked/:id')
  unchecked(@Param('id') id: string) {
    return this.dataSource.query(`SELECT $1::uuid AS id`, [id]);
  }

  @Get('checked/:id')
  checked(@Param('id', IdParam) id: string) {
    return { id };
  }

  @Post('echo')
  echo(@Body() body: unknown) {
    return body;
  }
}

function configFor(env: Record<string, string>) {
  return parseConfig(serviceConfigSchema(0), {
    DATABASE_URL: testEnv.databaseUrl,
    TEMPORAL_NAMESPACE: testEnv.temporalNamespace,
    KAFKA_TOPIC_PREFIX: testEnv.topicPrefix,
    LOG_LEVEL: 'warn',
    ...env,
  });
}

describe('service chassis: a Nest app on the real infrastructure', () => {
  let app: INestApplication | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  afterAll(async () => {
    const ds = await new DataSource({ type: 'postgres', url: testEnv.databaseUrl }).initialize();
    await ds.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await ds.destroy();
  });

  it('migrates its schema, reports healthy dependencies and handles @EventPattern events inside the inbox transaction', async () => {
    const config = configFor({ PORT: '0' });
    const migrator = new DataSource({
      type: 'postgres',
      url: testEnv.databaseUrl,
      schema,
      migrations: definition.migrations,
      migrationsTableName: 'migrations',
    });
    expect(await migrateDataSource(migrator, schema)).toEqual(['CreateMessagingTables1764300000000']);
    expect(await migrateDataSource(migrator, schema)).toEqual([]);
    await migrator.query(`CREATE TABLE "${schema}".seen (event_id uuid PRIMARY KEY, dossier_code text NOT NULL)`);
    await migrator.destroy();

    const group = `chassis-${randomBytes(3).toString('hex')}` as 'appraisals';
    const kafka = createKafka('chassis-test', testEnv.kafkaBrokers);
    const topics = await createGroupTopics(kafka, group, ['kc.applications.events.v1']);
    await positionGroupAtEnd(kafka, group, ['kc.applications.events.v1']);

    @Module({ imports: [PlatformModule.forService(definition, config)], controllers: [ProjectionController] })
    class TestModule {}
    app = await bootstrapService(TestModule, {
      definition,
      config,
      title: 'test',
      consumerGroup: group,
      subscriptions: ['kc.applications.events.v1'],
    });
    const url = await app.getUrl();

    const health = await fetch(`${url.replace('[::1]', '127.0.0.1')}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      service: 'chassis-test',
      status: 'ok',
      checks: { database: { status: 'up' }, kafka: { status: 'up' }, temporal: { status: 'up' } },
    });

    const draft = applicationSubmittedDraft();
    const dataSource = app.get(DataSource);
    await dataSource.transaction((m) => app!.get(OutboxWriter).publish(m, draft));
    await expectEventually(async () =>
      expect(await dataSource.query(`SELECT dossier_code FROM "${schema}".seen`)).toEqual([
        { dossier_code: draft.payload.dossierCode },
      ]),
    );
    await app.close();
    app = undefined;
    await topics.remove();
  });

  it('answers 503 and names the dependency that is down', async () => {
    const config = configFor({
      PORT: '0',
      KAFKA_BROKERS: '127.0.0.1:1',
      TEMPORAL_ADDRESS: '127.0.0.1:2',
      LOG_LEVEL: 'fatal',
    });
    @Module({ imports: [PlatformModule.forService(definition, config)] })
    class DownModule {}
    app = await bootstrapService(DownModule, { definition, config, title: 'test' });
    const res = await fetch(`${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/health`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as { checks: { kafka: { detail: string } } };
    expect(body).toMatchObject({
      status: 'degraded',
      checks: { database: { status: 'up' }, kafka: { status: 'down' }, temporal: { status: 'down' } },
    });
    expect(body.checks.kafka.detail).toContain('127.0.0.1:1');
  });

  describe('headers and errors a client sees', () => {
    let base: string;
    let probeApp: INestApplication | undefined;
    beforeAll(async () => {
      const config = configFor({
        PORT: '0',
        KAFKA_BROKERS: '127.0.0.1:1',
        TEMPORAL_ADDRESS: '127.0.0.1:2',
        LOG_LEVEL: 'silent',
        // What production defaults to (service-config.spec.ts); production itself would refuse the test database.
        API_DOCS: 'off',
        HEALTH_DETAILS: 'off',
      });
      @Module({ imports: [PlatformModule.forService(definition, config)], controllers: [ProbeController] })
      class ProbeModule {}
      probeApp = await bootstrapService(ProbeModule, { definition, config, title: 'test' });
      base = (await probeApp.getUrl()).replace('[::1]', '127.0.0.1');
    });
    afterAll(() => probeApp?.close());

    it('sends the security headers and no-store, and never X-Powered-By', async () => {
      const res = await fetch(`${base}/probe/checked/0b8f3c1e-9a6d-4e57-8c21-5f0d8e2a7b94`);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("img-src 'self' data: blob:");
    });

    it('answers a raw error with a bilingual 500 that does not repeat its text', async () => {
      const res = await fetch(`${base}/probe/crash`);
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(text).not.toMatch(/password|secret|khuyencong/);
      expect(JSON.parse(text)).toMatchObject({ message: 'Đã có lỗi xảy ra, vui lòng thử lại sau.' });
    });

    it.each(['-'.repeat(36), 'a'.repeat(36), 'bao-gia.pdf'])(
      'answers the malformed id %s with 400, never 500',
      async (id) => {
        expect((await fetch(`${base}/probe/checked/${id}`)).status).toBe(400);
        // Even a route that forgot the pipe: the database's refusal becomes a 400.
        expect((await fetch(`${base}/probe/unchecked/${id}`)).status).toBe(400);
      },
    );

    it('answers malformed JSON with a bilingual 400 and no stack trace', async () => {
      const res = await fetch(`${base}/probe/echo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"a": ',
      });
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).not.toMatch(/at |SyntaxError|node_modules/);
      expect(JSON.parse(text)).toMatchObject({ messageEn: 'The request is invalid.' });
    });

    it('hides the API docs and the dependency details when switched off', async () => {
      expect((await fetch(`${base}/docs`)).status).toBe(404);
      const health = (await (await fetch(`${base}/health`)).json()) as { checks: Record<string, object> };
      expect(health.checks.kafka).toEqual({ status: 'down' });
    });
  });
});
