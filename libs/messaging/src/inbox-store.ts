import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@kc/contracts';

/**
 * Inserts the events' ids into the group's inbox in one statement; returns the ids that were new.
 * Ids already there (redeliveries) are skipped by the primary key, not by a read-then-write race.
 */
export async function recordInInbox(
  manager: EntityManager,
  schema: string,
  group: string,
  topic: string,
  envelopes: EventEnvelope[],
): Promise<Set<string>> {
  const rows: { event_id: string }[] = await manager.query(
    `INSERT INTO "${schema}".inbox (consumer_group, event_id, event_type, topic)
     SELECT $1, e.id, e.type, $2 FROM unnest($3::uuid[], $4::text[]) AS e(id, type)
     ON CONFLICT DO NOTHING RETURNING event_id`,
    [group, topic, envelopes.map((e) => e.id), envelopes.map((e) => e.type)],
  );
  return new Set(rows.map((r) => r.event_id));
}
