import { Kafka, Partitioners, logLevel, type KafkaConfig, type LogEntry, type ProducerConfig } from 'kafkajs';

export interface KafkaLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** A kafkajs client whose own logs go through the service's JSON logger (warnings and errors only). */
export function createKafka(
  clientId: string,
  brokers: string[],
  logger?: KafkaLogger,
  security: Pick<KafkaConfig, 'ssl' | 'sasl'> = {},
): Kafka {
  return new Kafka({
    ...security,
    clientId,
    brokers,
    connectionTimeout: 3000,
    retry: { initialRetryTime: 200, retries: 8 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log, namespace }: LogEntry) => {
        if (!logger) return;
        const { message, ...rest } = log;
        const entry = { namespace, ...rest };
        if (level === logLevel.ERROR) logger.error(entry, `kafkajs: ${message}`);
        else if (level === logLevel.WARN) logger.warn(entry, `kafkajs: ${message}`);
        else logger.info(entry, `kafkajs: ${message}`);
      },
  });
}

/** Producer settings used everywhere: the default (murmur2, Java-compatible) partitioner, chosen explicitly. */
export const producerConfig: ProducerConfig = {
  allowAutoTopicCreation: false,
  maxInFlightRequests: 1,
  createPartitioner: Partitioners.DefaultPartitioner,
};
