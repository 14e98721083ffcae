import { NestFactory } from '@nestjs/core';
import type { INestApplication, Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { KAFKA, KafkaInboxTransport, prefixedTopic } from '@kc/messaging';
import { Subscriptions, type ConsumerGroup } from '@kc/contracts';
import type { BootstrapOptions } from './bootstrap-options';
import { isProduction, switchedOn, trustProxySetting } from './service-config';
import { productionConfigProblems, refuseDemoSettingsInProduction } from './production-guard';
import { securityHeaders } from './http/security-headers';
import { clientErrorHandler } from './http/client-error.middleware';
import { AllExceptionsFilter } from './http/all-exceptions.filter';

/**
 * Creates, wires and starts a service: security headers, JSON logger, OpenAPI at /docs (switchable off),
 * one exception filter, Kafka inbox, graceful shutdown.
 */
export async function bootstrapService(module: Type, options: BootstrapOptions): Promise<INestApplication> {
  // forceCloseConnections: a shutdown ends keep-alive and streaming connections (SSE) instead of waiting on
  // them for ever; clients reconnect to another replica.
  const app = await NestFactory.create<NestExpressApplication>(module, {
    bufferLogs: true,
    bodyParser: false,
    forceCloseConnections: true,
  });
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxySetting(options.config.TRUST_PROXY));
  app.use(securityHeaders);
  options.beforeBodyParsers?.(app);
  app.useBodyParser('json', { limit: options.jsonLimit ?? '256kb' });
  app.useBodyParser('urlencoded', { extended: false, limit: options.jsonLimit ?? '256kb' });
  app.use(clientErrorHandler);
  if (options.staticDir) app.useStaticAssets(options.staticDir);
  app.useLogger(app.get(Logger));
  app.useGlobalFilters(new AllExceptionsFilter(app.getHttpAdapter()));
  app.enableShutdownHooks();
  if (switchedOn(options.config, options.config.API_DOCS)) {
    const docs = new DocumentBuilder().setTitle(options.title).setVersion('1').addBearerAuth().build();
    SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, docs));
  }

  if (isProduction(options.config)) {
    // Before any module starts (no key created, no relay, no worker): only looked at, nothing written.
    const problems = [
      ...productionConfigProblems(options.config),
      ...((await options.productionProblems?.(app)) ?? []),
    ];
    if (problems.length > 0) await app.close();
    refuseDemoSettingsInProduction(options.config, problems);
  }

  const group = options.consumerGroup;
  const topics = (options.subscriptions ?? (group ? (Subscriptions[group as ConsumerGroup] ?? []) : [])).map((t) =>
    prefixedTopic(t, options.config.KAFKA_TOPIC_PREFIX),
  );
  if (group && topics.length > 0) {
    app.connectMicroservice(
      {
        strategy: new KafkaInboxTransport({
          kafka: app.get(KAFKA),
          dataSource: app.get(DataSource),
          schema: options.definition.schema,
          group,
          topics,
          policy: { maxAttempts: options.config.KAFKA_MAX_ATTEMPTS, baseDelayMs: options.config.KAFKA_RETRY_BASE_MS },
          acceptUnknownTypes: options.acceptUnknownTypes,
        }),
      },
      { inheritAppConfig: true },
    );
    // Providers' onModuleInit hooks run before the first event arrives.
    await app.init();
    await app.startAllMicroservices();
  }
  await app.listen(options.config.PORT, options.config.HOST);
  app.get(Logger).log({
    msg: 'listening',
    // the port it really listens on (PORT=0 lets the system pick one)
    url: await app.getUrl(),
    service: options.definition.service,
  });
  return app;
}
