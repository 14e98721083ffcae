import { z } from 'zod';

/** Who caused an event: a user, a service or the system's own timers. */
export interface EventActor {
  /** `user` for a person acting through the API, `service` for automated steps. */
  kind: 'user' | 'service' | 'system';
  /** User id or service name. */
  id: string;
  /** Role the person acted in, when kind is `user`. */
  role?: string;
}

/**
 * The versioned envelope every Kafka message carries (architecture.md §5).
 * Within a major version only additive payload changes are allowed; a breaking change is a new
 * `version` and, for the topic, a new `.v2` name.
 */
export interface EventEnvelope<TPayload = unknown, TType extends string = string> {
  /** Unique event id (uuid). Consumers record it in their inbox to apply each event once. */
  id: string;
  /** Event type in PascalCase past tense, e.g. `ApplicationSubmitted`. */
  type: TType;
  /** Major version of the payload schema. */
  version: number;
  /** When the change happened (ISO-8601, UTC), set by the producer inside its transaction. */
  occurredAt: string;
  /** Id of the aggregate the event is about; also the Kafka key, so one aggregate's events stay ordered. */
  aggregateId: string;
  /** Kind of aggregate, e.g. `Application`, `Appraisal`, `OcopProduct`. */
  aggregateType: string;
  /** Id shared by everything one user action caused, across HTTP, Kafka and Temporal. */
  correlationId: string;
  /** Id of the event or request that directly caused this one. */
  causationId: string | null;
  /** Service that wrote the event, e.g. `applications`. */
  producer: string;
  /** Who caused it. */
  actor: EventActor;
  /** Type-specific data, validated against the schema registered for `type` and `version`. */
  payload: TPayload;
}

export const eventActorSchema = z.object({
  kind: z.enum(['user', 'service', 'system']),
  id: z.string().min(1),
  role: z.string().optional(),
});

export const eventEnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().regex(/^[A-Z][A-Za-z0-9]+$/, 'event type must be PascalCase'),
  version: z.number().int().positive(),
  occurredAt: z.iso.datetime({ offset: true }),
  aggregateId: z.string().min(1),
  aggregateType: z.string().min(1),
  correlationId: z.string().min(1),
  causationId: z.string().min(1).nullable(),
  producer: z.string().min(1),
  actor: eventActorSchema,
  payload: z.unknown(),
});
