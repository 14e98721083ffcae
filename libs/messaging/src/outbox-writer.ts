import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { EventCatalog, type EventActor, type EventEnvelope, type EventPayload, type EventType } from '@kc/contracts';
import { validateEnvelope } from './event-validation';
import { InvalidEventError } from './errors';
import { AdvisoryLockClasses, assertSqlIdentifier } from './sql-identifier';
import { outboxChannel } from './outbox-notifications';
import { prefixedTopic } from './topic-prefix';

/** What a command handler knows when it records an event; the writer fills in the rest of the envelope. */
export interface EventDraft<T extends EventType = EventType> {
  type: T;
  aggregateId: string;
  payload: EventPayload<T>;
  actor: EventActor;
  correlationId?: string;
  causationId?: string | null;
  /** Defaults to now; pass the command's clock for reproducible tests. */
  occurredAt?: Date;
}

/**
 * Publishing = inserting into the outbox with the caller's transaction. If the caller rolls back, the
 * event never existed; if it commits, the relay will deliver it at least once.
 */
export class OutboxWriter {
  constructor(
    private readonly schema: string,
    private readonly producer: string,
    private readonly topicPrefix = '',
    /** NOTIFY the outbox's channel with each write (`OUTBOX_NOTIFY`), so the relay need not poll. */
    notify = true,
  ) {
    assertSqlIdentifier(schema);
    this.notifyChannel = notify ? outboxChannel(schema) : null;
  }

  private readonly notifyChannel: string | null;

  async publish(manager: EntityManager, drafts: EventDraft | EventDraft[]): Promise<EventEnvelope[]> {
    const list = Array.isArray(drafts) ? drafts : [drafts];
    if (list.length === 0) return [];
    const envelopes = list.map((d) => this.toEnvelope(d));
    // Serialise writers of one aggregate until commit, so outbox order (seq) is that aggregate's commit order.
    // Sorted, so two transactions locking the same aggregates cannot deadlock. The locks are an InitPlan of
    // the insert itself (one round trip): evaluated once, before the first row takes its seq. So is the
    // NOTIFY that wakes the relay: PostgreSQL delivers it when this transaction commits, never if it rolls back.
    // A notifying commit holds a cluster-wide lock while it commits, so such commits do not share a disk
    // flush: pgbench here, 8 clients, one-row transactions: 2,200–2,450 commits/s with it, 4,700–5,800
    // without. Far above this system's rates; `OUTBOX_NOTIFY=off` returns to polling if it ever binds.
    const aggregates = [...new Set(envelopes.map((e) => e.aggregateId))].sort();
    await manager.query(
      `INSERT INTO "${this.schema}".outbox (event_id, topic, message_key, event_type, envelope)
       SELECT id, topic, aggregate, type, envelope::jsonb
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS e(id, topic, aggregate, type, envelope)
       WHERE (SELECT count(pg_advisory_xact_lock($7, hashtext(a))) FROM unnest($6::text[]) AS a) >= 0
         AND ($8::text IS NULL OR (SELECT count(*) FROM (SELECT pg_notify($8, '')) AS wake_the_relay) = 1)`,
      [
        envelopes.map((e) => e.id),
        envelopes.map((e) => prefixedTopic(EventCatalog[e.type as EventType].topic, this.topicPrefix)),
        envelopes.map((e) => e.aggregateId),
        envelopes.map((e) => e.type),
        envelopes.map((e) => JSON.stringify(e)),
        aggregates,
        AdvisoryLockClasses.aggregateWriter,
        this.notifyChannel,
      ],
    );
    return envelopes;
  }

  private toEnvelope(draft: EventDraft): EventEnvelope {
    const id = randomUUID();
    const candidate = {
      id,
      type: draft.type,
      version: 1,
      occurredAt: (draft.occurredAt ?? new Date()).toISOString(),
      aggregateId: draft.aggregateId,
      aggregateType: EventCatalog[draft.type].aggregateType,
      correlationId: draft.correlationId ?? id,
      causationId: draft.causationId ?? null,
      producer: this.producer,
      actor: draft.actor,
      payload: draft.payload,
    };
    const result = validateEnvelope(candidate);
    if (!result.ok) throw new InvalidEventError(draft.type, result.reason);
    return result.envelope;
  }
}
