import { readFileSync } from 'node:fs';
import type { KafkaConfig as KafkaJsConfig } from 'kafkajs';
import { z } from 'zod';

export const kafkaConfigSchema = z.object({
  /** Comma-separated broker list. */
  KAFKA_BROKERS: z
    .string()
    .default('127.0.0.1:9092')
    .transform((s) =>
      s
        .split(',')
        .map((b) => b.trim())
        .filter(Boolean),
    ),
  /** Handler failures are retried this many times (with exponential backoff) before the DLQ. */
  KAFKA_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  /** Backoff before the first retry; doubles with each attempt. */
  KAFKA_RETRY_BASE_MS: z.coerce.number().int().min(10).default(1000),
  /**
   * How long the outbox relay sleeps when it found nothing to send while it cannot hear its outbox's
   * NOTIFY (its listening connection is down); while it hears it, it polls once a second as a safety net.
   */
  OUTBOX_POLL_MS: z.coerce.number().int().min(5).max(5000).default(25),
  /** `off`: no NOTIFY per outbox write, and the relay polls every OUTBOX_POLL_MS (the NOTIFY lock, outbox-writer.ts). */
  OUTBOX_NOTIFY: z.enum(['on', 'off']).default('on'),
  /** Prefix for every topic name; tests use `test.` so they never share topics with a running system. */
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(/^[a-z0-9.-]*$/)
    .default(''),
  OUTBOX_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(500),
  /** Production (docs/security.md): SASL/SCRAM over TLS, one principal per service, its password in a file. */
  KAFKA_SASL_MECHANISM: z.enum(['scram-sha-512', 'scram-sha-256']).optional(),
  KAFKA_SASL_USERNAME: z.string().optional(),
  KAFKA_SASL_PASSWORD_FILE: z.string().optional(),
  KAFKA_SSL_CA_FILE: z.string().optional(),
  /** Processed inbox rows older than this many days are deleted (redelivery happens within minutes). */
  INBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** How often the inbox retention sweep runs; 0 turns it off. */
  INBOX_SWEEP_MS: z.coerce.number().int().min(0).default(3_600_000),
});
export type KafkaConfig = z.infer<typeof kafkaConfigSchema>;

/** kafkajs `ssl`/`sasl` options from the configuration; none in development (PLAINTEXT on loopback). */
export function kafkaSecurity(config: Partial<KafkaConfig>): Pick<KafkaJsConfig, 'ssl' | 'sasl'> {
  if (!config.KAFKA_SASL_MECHANISM) return {};
  if (!config.KAFKA_SASL_USERNAME || !config.KAFKA_SASL_PASSWORD_FILE)
    throw new Error('KAFKA_SASL_MECHANISM needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD_FILE');
  return {
    ssl: config.KAFKA_SSL_CA_FILE ? { ca: [readFileSync(config.KAFKA_SSL_CA_FILE, 'utf8')] } : true,
    sasl: {
      mechanism: config.KAFKA_SASL_MECHANISM as 'scram-sha-512',
      username: config.KAFKA_SASL_USERNAME,
      password: readFileSync(config.KAFKA_SASL_PASSWORD_FILE, 'utf8').trim(),
    },
  };
}
