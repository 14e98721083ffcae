import type { IHeaders, KafkaMessage, Message } from 'kafkajs';
import { MessageHeaders, dlqTopic, retryTopic } from '@kc/contracts';

/** No retry waits longer than this, however many attempts are configured. */
export const MAX_BACKOFF_MS = 15 * 60_000;

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
}

export function headerString(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  if (value === undefined || value === null) return undefined;
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}

/** Number of retries already made, from the header the retry path sets (0 on the main topic). */
export function attemptOf(message: KafkaMessage): number {
  return Number(headerString(message.headers, MessageHeaders.attempt) ?? '0') || 0;
}

/** The topic a message was first published to (retry messages carry it in a header). */
export function originalTopicOf(message: KafkaMessage, topic: string): string {
  return headerString(message.headers, MessageHeaders.originalTopic) ?? topic;
}

function copyHeaders(message: KafkaMessage): IHeaders {
  const copy: IHeaders = {};
  for (const [k, v] of Object.entries(message.headers ?? {})) if (v !== undefined) copy[k] = v;
  return copy;
}

export interface Routed {
  topic: string;
  message: Message;
}

/**
 * Where a failed message goes next: the group's retry topic with a later not-before time, or, when
 * attempts are used up (or the message can never succeed), the group's DLQ with the reason in headers.
 */
export function routeFailure(args: {
  message: KafkaMessage;
  topic: string;
  group: string;
  reason: string;
  retryable: boolean;
  policy: RetryPolicy;
  now?: number;
}): Routed {
  const { message, group, reason, policy } = args;
  const origin = originalTopicOf(message, args.topic);
  const nextAttempt = attemptOf(message) + 1;
  const headers = copyHeaders(message);
  headers[MessageHeaders.originalTopic] = origin;
  headers[MessageHeaders.errorReason] = reason.slice(0, 1000);
  headers[MessageHeaders.failedBy] = group;
  if (args.retryable && nextAttempt <= policy.maxAttempts) {
    const delay = Math.min(policy.baseDelayMs * 2 ** (nextAttempt - 1), MAX_BACKOFF_MS);
    headers[MessageHeaders.attempt] = String(nextAttempt);
    headers[MessageHeaders.notBefore] = String((args.now ?? Date.now()) + delay);
    return { topic: retryTopic(origin, group), message: { key: message.key, value: message.value, headers } };
  }
  headers[MessageHeaders.failedAt] = new Date(args.now ?? Date.now()).toISOString();
  return { topic: dlqTopic(origin, group), message: { key: message.key, value: message.value, headers } };
}
