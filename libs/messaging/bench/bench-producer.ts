import type { ProducerConfig } from 'kafkajs';
import { producerConfig } from '../src';

/**
 * The benchmark's producer settings: the services' own (idempotent, one request in flight), or with
 * BENCH_IDEMPOTENT=no the same without idempotence (what the services used before 2026-11-30 05:08), so the
 * cost of idempotence is measured A/B on the same machine under the same load.
 */
export const benchProducerConfig: ProducerConfig =
  process.env.BENCH_IDEMPOTENT === 'no' ? { ...producerConfig, idempotent: false, retry: undefined } : producerConfig;
