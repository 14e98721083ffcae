import type { Producer, TopicMessages } from 'kafkajs';
import type { Routed } from './failure-routing';

/** Publishes retry/DLQ copies, grouped by topic, waiting for all replicas before offsets move on. */
export async function sendRouted(producer: Producer, routed: Routed[]): Promise<void> {
  if (routed.length === 0) return;
  const byTopic = new Map<string, TopicMessages>();
  for (const r of routed) {
    const entry = byTopic.get(r.topic) ?? { topic: r.topic, messages: [] };
    entry.messages.push(r.message);
    byTopic.set(r.topic, entry);
  }
  await producer.sendBatch({ topicMessages: [...byTopic.values()], acks: -1 });
}
