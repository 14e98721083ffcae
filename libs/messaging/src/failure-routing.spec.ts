import type { KafkaMessage } from 'kafkajs';
import { MessageHeaders } from '@kc/contracts';
import { headerString, routeFailure } from './failure-routing';

const message = (headers: Record<string, string> = {}): KafkaMessage =>
  ({
    key: Buffer.from('k'),
    value: Buffer.from('v'),
    headers,
    offset: '0',
    timestamp: '0',
    attributes: 0,
  }) as KafkaMessage;
const policy = { maxAttempts: 3, baseDelayMs: 1000 };
const topic = 'kc.applications.events.v1';

describe('routing a failed message', () => {
  it('sends a first failure to the group retry topic with attempt 1 and the base backoff', () => {
    const routed = routeFailure({
      message: message(),
      topic,
      group: 'appraisals',
      reason: 'boom',
      retryable: true,
      policy,
      now: 10_000,
    });
    expect(routed.topic).toBe('kc.applications.events.v1.appraisals.retry');
    expect(headerString(routed.message.headers, MessageHeaders.attempt)).toBe('1');
    expect(headerString(routed.message.headers, MessageHeaders.notBefore)).toBe('11000');
    expect(headerString(routed.message.headers, MessageHeaders.originalTopic)).toBe(topic);
  });

  it('doubles the backoff with each attempt and keeps the original topic when failing from the retry topic', () => {
    const retried = message({ [MessageHeaders.attempt]: '2', [MessageHeaders.originalTopic]: topic });
    const routed = routeFailure({
      message: retried,
      topic: `${topic}.appraisals.retry`,
      group: 'appraisals',
      reason: 'boom',
      retryable: true,
      policy,
      now: 0,
    });
    expect(routed.topic).toBe(`${topic}.appraisals.retry`);
    expect(headerString(routed.message.headers, MessageHeaders.attempt)).toBe('3');
    expect(headerString(routed.message.headers, MessageHeaders.notBefore)).toBe('4000');
  });

  it('parks the message in the DLQ with the reason once the attempts are used up', () => {
    const last = message({ [MessageHeaders.attempt]: '3', [MessageHeaders.originalTopic]: topic });
    const routed = routeFailure({
      message: last,
      topic: `${topic}.appraisals.retry`,
      group: 'appraisals',
      reason: 'cap exceeded',
      retryable: true,
      policy,
    });
    expect(routed.topic).toBe(`${topic}.appraisals.dlq`);
    expect(headerString(routed.message.headers, MessageHeaders.errorReason)).toBe('cap exceeded');
    expect(headerString(routed.message.headers, MessageHeaders.failedBy)).toBe('appraisals');
  });

  it('sends a message that can never succeed straight to the DLQ, keeping key and value', () => {
    const routed = routeFailure({
      message: message(),
      topic,
      group: 'notifications',
      reason: 'not JSON',
      retryable: false,
      policy,
    });
    expect(routed.topic).toBe(`${topic}.notifications.dlq`);
    expect(routed.message.key?.toString()).toBe('k');
    expect(routed.message.value?.toString()).toBe('v');
  });
});
