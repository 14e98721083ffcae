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
  /** How long the outbox relay sleeps when it found nothing to send. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(5).max(5000).default(25),
  /** Prefix for every topic name; tests use `test.` so they never share topics with a running system. */
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(/^[a-z0-9.-]*$/)
    .default(''),
  OUTBOX_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(500),
  /** Processed inbox rows older than this many days are deleted (redelivery happens within minutes). */
  INBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** How often the inbox retention sweep runs; 0 turns it off. */
  INBOX_SWEEP_MS: z.coerce.number().int().min(0).default(3_600_000),
});
export type KafkaConfig = z.infer<typeof kafkaConfigSchema>;
