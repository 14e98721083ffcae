import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { EventCatalog, type EventActor, type EventEnvelope, type EventPayload, type EventType } from '@kc/contracts';
import { validateEnvelope } from './event-validation';
import { InvalidEventError } from './errors';
import { AdvisoryLockClasses, assertSqlIdentifier } from './sql-identifier';
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
  ) {
    assertSqlIdentifier(schema);
  }

  async publish(manager: EntityManager, drafts: EventDraft | EventDraft[]): Promise<EventEnvelope[]> {
    const list = Array.isArray(drafts) ? drafts : [drafts];
    if (list.length === 0) return [];
    const envelopes = list.map((d) => this.toEnvelope(d));
    // Serialise writers of one aggregate until commit, so outbox order (seq) is that aggregate's commit order.
    // Sorted, so two transactions locking the same aggregates cannot deadlock.
    const aggregates = [...new Set(envelopes.map((e) => e.aggregateId))].sort();
    await manager.query(`SELECT pg_advisory_xact_lock($2, hashtext(a)) FROM unnest($1::text[]) AS a`, [
      aggregates,
      AdvisoryLockClasses.aggregateWriter,
    ]);
    const values: unknown[] = [];
    const rows = envelopes.map((e, i) => {
      values.push(
        e.id,
        prefixedTopic(EventCatalog[e.type as EventType].topic, this.topicPrefix),
        e.aggregateId,
        e.type,
        JSON.stringify(e),
      );
      const p = i * 5;
      return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}::jsonb)`;
    });
    await manager.query(
      `INSERT INTO "${this.schema}".outbox (event_id, topic, message_key, event_type, envelope) VALUES ${rows.join(', ')}`,
      values,
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
