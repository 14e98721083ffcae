// kafkajs 2.2.4 keeps every broker connection busy while idle: `checkPendingRequests` always schedules the
// next check, and with nothing pending and no throttle the delay is negative, so Node runs it again after
// 1 ms, forever (kafkajs issues #1556 and #1704, fix proposed in PR #1667, never released: the project is
// unmaintained). Measured here: each idle service spent 35–45 ms of CPU per second on it. The fix is the PR's
// one condition: with nothing pending and no throttle there is nothing to check, and nothing is missed,
// since `push` schedules a check itself when it must queue a request and every response runs one.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('kafkajs/package.json') as { version: string };

/** The release with the loop; another version must be looked at again before this is applied to it. */
const KAFKAJS_VERSION_WITH_IDLE_LOOP = '2.2.4';
// kafkajs' own re-check delay, for requests queued behind the in-flight limit or behind a throttle that had
// already ended when they were queued (kafkajs #1532): those must still be sent.
const CHECK_PENDING_REQUESTS_INTERVAL_MS = 10;

interface RequestQueueInternals {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  checkPendingRequests(): void;
  scheduleCheckPendingRequests(): void;
}

let applied = false;

/** Replaces kafkajs' `scheduleCheckPendingRequests` with one that stops when there is nothing to check. */
export function stopKafkajsIdleLoop(): boolean {
  if (applied) return true;
  if (version !== KAFKAJS_VERSION_WITH_IDLE_LOOP) return false;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const RequestQueue = require('kafkajs/src/network/requestQueue') as { prototype: RequestQueueInternals };
  RequestQueue.prototype.scheduleCheckPendingRequests = function (this: RequestQueueInternals) {
    if (this.throttleCheckTimeoutId) return;
    const untilUnthrottled = this.throttledUntil - Date.now();
    if (this.pending.length === 0 && untilUnthrottled <= 0) return;
    const delay = untilUnthrottled > 0 ? untilUnthrottled : CHECK_PENDING_REQUESTS_INTERVAL_MS;
    this.throttleCheckTimeoutId = setTimeout(() => {
      this.throttleCheckTimeoutId = null;
      this.checkPendingRequests();
    }, delay);
  };
  applied = true;
  return true;
}
