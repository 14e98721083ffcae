import { eventEnvelopeSchema, payloadSchemaFor, type EventEnvelope } from '@kc/contracts';
import type { z } from 'zod';

export type ValidationResult = { ok: true; envelope: EventEnvelope } | { ok: false; reason: string };

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

/**
 * How a consumer treats a (type, version) its catalog does not know: refused (to the DLQ), or, for a
 * projection that records what it cannot read yet (operations), accepted with only its envelope checked.
 */
export interface ValidationOptions {
  acceptUnknownTypes?: boolean;
}

/** Checks the envelope, then the payload against the schema registered for its type and version. */
export function validateEnvelope(candidate: unknown, options: ValidationOptions = {}): ValidationResult {
  const envelope = eventEnvelopeSchema.safeParse(candidate);
  if (!envelope.success) return { ok: false, reason: `invalid envelope: ${describe(envelope.error)}` };
  const { type, version } = envelope.data;
  const schema = payloadSchemaFor(type, version);
  if (!schema && options.acceptUnknownTypes) return { ok: true, envelope: envelope.data as EventEnvelope };
  if (!schema) return { ok: false, reason: `unknown event type ${type} v${version}` };
  const payload = schema.safeParse(envelope.data.payload);
  if (!payload.success) return { ok: false, reason: `invalid ${type} v${version} payload: ${describe(payload.error)}` };
  return { ok: true, envelope: { ...envelope.data, payload: payload.data } as EventEnvelope };
}

/** Parses raw Kafka bytes into a validated envelope. */
export function decodeMessage(value: Buffer | null, options: ValidationOptions = {}): ValidationResult {
  if (!value) return { ok: false, reason: 'empty message value (tombstone)' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(value.toString('utf8'));
  } catch (error) {
    return { ok: false, reason: `value is not JSON: ${(error as Error).message}` };
  }
  return validateEnvelope(parsed, options);
}
