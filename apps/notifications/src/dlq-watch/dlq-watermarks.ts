import type { EntityManager } from 'typeorm';

export interface DlqGrowth {
  topic: string;
  added: number;
  total: number;
}

/**
 * Records each DLQ's message count and returns the topics that grew since the last check. Each topic's row
 * is locked, so several instances checking at once report one growth once.
 */
export async function recordWatermarks(manager: EntityManager, totals: Map<string, number>): Promise<DlqGrowth[]> {
  const growth: DlqGrowth[] = [];
  for (const [topic, total] of totals) {
    const [previous]: { messages: string }[] = await manager.query(
      `SELECT messages FROM notifications.dlq_watermarks WHERE topic = $1 FOR UPDATE`,
      [topic],
    );
    const before = previous ? Number(previous.messages) : 0;
    if (total > before) growth.push({ topic, added: total - before, total });
    await manager.query(
      `INSERT INTO notifications.dlq_watermarks (topic, messages) VALUES ($1, $2)
       ON CONFLICT (topic) DO UPDATE SET messages = EXCLUDED.messages, checked_at = now()`,
      [topic, total],
    );
  }
  return growth;
}
