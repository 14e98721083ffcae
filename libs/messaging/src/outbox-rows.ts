import type { TopicMessages } from 'kafkajs';
import { MessageHeaders } from '@kc/contracts';

/** Rows as the relay reads them: the envelope as JSON text, so it goes to Kafka without a parse/serialise. */
export interface OutboxRow {
  seq: string;
  event_id: string;
  topic: string;
  message_key: string;
  event_type: string;
  value: string;
  correlation_id: string;
}

/** A pass's rows as Kafka messages, grouped by topic, each with the headers consumers route on. */
export function toTopicMessages(rows: OutboxRow[]): TopicMessages[] {
  const byTopic = new Map<string, TopicMessages>();
  for (const row of rows) {
    let entry = byTopic.get(row.topic);
    if (!entry) byTopic.set(row.topic, (entry = { topic: row.topic, messages: [] }));
    entry.messages.push({
      key: row.message_key,
      value: row.value,
      headers: {
        [MessageHeaders.eventType]: row.event_type,
        [MessageHeaders.eventId]: row.event_id,
        [MessageHeaders.correlationId]: row.correlation_id,
      },
    });
  }
  return [...byTopic.values()];
}
