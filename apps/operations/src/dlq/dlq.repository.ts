import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { DlqMessage, DlqQuery, DlqRow } from '@kc/contracts';
import { OPERATIONS_SCHEMA } from '../operations-schema';

/** Which parked messages an operator means: a list of ids, or everything matching a filter. */
export interface DlqSelection extends DlqQuery {
  ids?: string[];
}

const COLUMNS = `id::text AS id, dlq_topic AS "dlqTopic", consumer_group AS "consumerGroup", original_topic AS "originalTopic",
  event_id AS "eventId", event_type AS "eventType", message_key AS "messageKey", reason, failed_at AS "failedAt", status,
  handled_by AS "handledBy", handled_reason AS "handledReason", handled_at AS "handledAt"`;

function where(s: DlqSelection, params: unknown[]): string {
  const clauses: string[] = [];
  const add = (sql: string, value: unknown) => clauses.push(sql.replace('?', `$${params.push(value)}`));
  if (s.ids) add('id = ANY(?::bigint[])', s.ids);
  if (s.group) add('consumer_group = ?', s.group);
  if (s.originalTopic) add('original_topic = ?', s.originalTopic);
  if (s.eventType) add('event_type = ?', s.eventType);
  if (s.reasonContains) add(`reason ILIKE '%' || ? || '%'`, s.reasonContains);
  if (s.status) add('status = ?', s.status);
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}

/** The DLQ index: browse, inspect, and mark messages redriven or discarded. */
@Injectable()
export class DlqRepository {
  private readonly table = `"${OPERATIONS_SCHEMA}".dlq_messages`;

  constructor(private readonly db: DataSource) {}

  async list(s: DlqSelection, limit: number, offset: number): Promise<{ items: DlqRow<Date>[]; total: number }> {
    const params: unknown[] = [];
    const w = where(s, params);
    const [items, count] = await Promise.all([
      this.db.query(
        `SELECT ${COLUMNS} FROM ${this.table} ${w} ORDER BY id DESC LIMIT ${limit} OFFSET ${offset}`,
        params,
      ) as Promise<DlqRow<Date>[]>,
      this.db.query(`SELECT count(*)::int AS n FROM ${this.table} ${w}`, params) as Promise<{ n: number }[]>,
    ]);
    return { items, total: count[0].n };
  }

  async one(id: string): Promise<DlqMessage<Date> | undefined> {
    const rows: DlqMessage<Date>[] = await this.db.query(
      `SELECT ${COLUMNS}, value, headers FROM ${this.table} WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  /** Parked messages of a selection, with what is needed to send them again. */
  async parked(m: EntityManager, s: DlqSelection, limit: number): Promise<DlqMessage<Date>[]> {
    const params: unknown[] = [];
    const w = where({ ...s, status: 'PARKED' }, params);
    // SKIP LOCKED: two operators redriving overlapping selections never send the same row twice at once.
    return m.query(
      `SELECT ${COLUMNS}, value, headers FROM ${this.table} ${w} ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED`,
      params,
    );
  }

  async mark(
    m: EntityManager,
    ids: string[],
    status: 'REDRIVEN' | 'DISCARDED',
    by: string,
    reason: string,
  ): Promise<void> {
    await m.query(
      `UPDATE ${this.table} SET status = $2, handled_by = $3, handled_reason = $4, handled_at = now() WHERE id = ANY($1::bigint[])`,
      [ids, status, by, reason],
    );
  }
}
