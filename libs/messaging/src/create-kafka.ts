import { Kafka, Partitioners, logLevel, type KafkaConfig, type LogEntry, type ProducerConfig } from 'kafkajs';
import { stopKafkajsIdleLoop } from './kafkajs-idle-loop';

export interface KafkaLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/**
 * What kafkajs warns about for every idempotent producer with bounded retries (ours: a send that gives up is
 * sent again by its caller and the inbox drops the duplicate, see producerConfig); not worth a log line.
 */
const EXPECTED_WARNINGS = new Set(['Limiting retries for the idempotent producer may invalidate EoS guarantees']);

/** A kafkajs client whose own logs go through the service's JSON logger (warnings and errors only). */
export function createKafka(
  clientId: string,
  brokers: string[],
  logger?: KafkaLogger,
  security: Pick<KafkaConfig, 'ssl' | 'sasl'> = {},
): Kafka {
  stopKafkajsIdleLoop(); // before the first connection: each would otherwise spin every millisecond
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
        const { message, ...rest } = log;
        if (!logger || EXPECTED_WARNINGS.has(message)) return;
        const entry = { namespace, ...rest };
        if (level === logLevel.ERROR) logger.error(entry, `kafkajs: ${message}`);
        else if (level === logLevel.WARN) logger.warn(entry, `kafkajs: ${message}`);
        else logger.info(entry, `kafkajs: ${message}`);
      },
  });
}

/**
 * Producer settings used everywhere: the default (murmur2, Java-compatible) partitioner, chosen explicitly,
 * and idempotence. With an idempotent producer the broker drops a batch it has already written when kafkajs
 * sends it again after a lost acknowledgement, so a retry inside one send neither duplicates nor reorders.
 * Kafka allows idempotence with acks=all (kafkajs refuses any other acks) and at most 5 requests in flight;
 * one keeps each partition's order simple. A send that still fails after its retries is sent again by its
 * caller (the relay's next pass, a consumer's redelivery) as a new batch: the inbox drops that duplicate.
 */
export const producerConfig: ProducerConfig = {
  allowAutoTopicCreation: false,
  idempotent: true,
  maxInFlightRequests: 1,
  retry: { retries: 5 },
  createPartitioner: Partitioners.DefaultPartitioner,
};
