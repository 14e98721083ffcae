import { MessageHeaders, retryTopic, type DlqMessage } from '@kc/contracts';

/**
 * Parked messages as sends to their own group's retry topic, each a first attempt due `now` (epoch ms as
 * text), with the original topic named and the rest of their headers kept.
 */
export function redriveMessages(rows: DlqMessage<Date>[], now: string) {
  return rows.map((r) => ({
    topic: retryTopic(r.originalTopic, r.consumerGroup),
    messages: [
      {
        key: r.messageKey,
        value: r.value,
        headers: {
          ...Object.fromEntries(Object.entries(r.headers).filter(([, v]) => v !== null)),
          [MessageHeaders.attempt]: '0',
          [MessageHeaders.notBefore]: now,
          [MessageHeaders.originalTopic]: r.originalTopic,
        } as Record<string, string>,
      },
    ],
  }));
}
