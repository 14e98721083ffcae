import { randomUUID } from 'node:crypto';
import type { EventActor, EventEnvelope } from '@kc/contracts';

/**
 * A complete envelope around a payload, as another service would put it on Kafka, and the Kafka message
 * carrying it (keyed by the aggregate): for tests that play the part of a service not running.
 */
export function envelopeMessage(
  type: string,
  aggregateId: string,
  payload: object,
  from: { producer: string; actor: EventActor },
): { key: string; value: string } {
  const envelope: EventEnvelope = {
    id: randomUUID(),
    type,
    version: 1,
    occurredAt: new Date().toISOString(),
    aggregateId,
    aggregateType: 'Application',
    correlationId: randomUUID(),
    causationId: null,
    producer: from.producer,
    actor: from.actor,
    payload,
  };
  return { key: aggregateId, value: JSON.stringify(envelope) };
}
