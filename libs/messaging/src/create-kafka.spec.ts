import { createKafka, producerConfig, type KafkaLogger } from './create-kafka';

const silentLogger = (): KafkaLogger & { warnings: string[] } => {
  const warnings: string[] = [];
  return { warnings, info: () => undefined, warn: (_o, msg) => warnings.push(msg), error: () => undefined };
};

describe('producerConfig (every producer of the services: relay, retry/DLQ routing, DLQ actions)', () => {
  it('makes an idempotent producer, which refuses to send without acks from all in-sync replicas', async () => {
    const producer = createKafka('spec', ['127.0.0.1:9']).producer(producerConfig);
    await expect(
      producer.sendBatch({ topicMessages: [{ topic: 't', messages: [{ value: 'x' }] }], acks: 1 }),
    ).rejects.toThrow(/idempotent producer/);
  });

  it('keeps within what Kafka allows an idempotent producer: at most 5 requests in flight, some retries', () => {
    expect(producerConfig.maxInFlightRequests).toBeGreaterThanOrEqual(1);
    expect(producerConfig.maxInFlightRequests).toBeLessThanOrEqual(5);
    expect(producerConfig.retry?.retries).toBeGreaterThan(0);
  });

  it("does not log kafkajs's warning about bounded retries for each producer, and still logs other warnings", () => {
    const logger = silentLogger();
    const kafka = createKafka('spec', ['127.0.0.1:9'], logger);
    kafka.producer(producerConfig);
    kafka.producer({ ...producerConfig, retry: { retries: 2 } });
    expect(logger.warnings).toEqual([]);
    kafka.producer({ ...producerConfig, idempotent: false, retry: { retries: 0 }, transactionalId: undefined });
    kafka.logger().warn('something else', {});
    expect(logger.warnings).toEqual(['kafkajs: something else']);
  });
});
