import { eventEnvelopeSchema, payloadSchemaFor, type EventEnvelope } from '@kc/contracts';
import type { z } from 'zod';

export type ValidationResult = { ok: true; envelope: EventEnvelope } | { ok: false; reason: string };

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

/**
 * Payload schemas a consumer accepts for event types this build's catalog does not know yet (a producer
 * on another branch or release); the catalog's schema wins as soon as it knows the type. The key
 * `ANY_OTHER_TYPE` accepts every other unknown type (a projection that records what it cannot read yet).
 */
export type ExtraPayloadSchemas = Readonly<Record<string, z.ZodType>>;

/** Key of `ExtraPayloadSchemas` that applies to every unknown type not named otherwise. */
export const ANY_OTHER_TYPE = '*';

function extraSchemaFor(extra: ExtraPayloadSchemas, type: string): z.ZodType | undefined {
  if (Object.hasOwn(extra, type)) return extra[type];
  return Object.hasOwn(extra, ANY_OTHER_TYPE) ? extra[ANY_OTHER_TYPE] : undefined;
}

/** Checks the envelope, then the payload against the schema registered for its type and version. */
export function validateEnvelope(candidate: unknown, extra: ExtraPayloadSchemas = {}): ValidationResult {
  const envelope = eventEnvelopeSchema.safeParse(candidate);
  if (!envelope.success) return { ok: false, reason: `invalid envelope: ${describe(envelope.error)}` };
  const { type, version } = envelope.data;
  const schema = payloadSchemaFor(type, version) ?? (version === 1 ? extraSchemaFor(extra, type) : undefined);
  if (!schema) return { ok: false, reason: `unknown event type ${type} v${version}` };
  const payload = schema.safeParse(envelope.data.payload);
  if (!payload.success) return { ok: false, reason: `invalid ${type} v${version} payload: ${describe(payload.error)}` };
  return { ok: true, envelope: { ...envelope.data, payload: payload.data } as EventEnvelope };
}

/** Parses raw Kafka bytes into a validated envelope. */
export function decodeMessage(value: Buffer | null, extra?: ExtraPayloadSchemas): ValidationResult {
  if (!value) return { ok: false, reason: 'empty message value (tombstone)' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(value.toString('utf8'));
  } catch (error) {
    return { ok: false, reason: `value is not JSON: ${(error as Error).message}` };
  }
  return validateEnvelope(parsed, extra);
}
