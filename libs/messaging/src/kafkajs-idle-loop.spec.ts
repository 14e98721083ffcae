import { stopKafkajsIdleLoop } from './kafkajs-idle-loop';

// kafkajs' internal request queue, driven directly: one per broker connection in a running client.
interface Queue {
  inflight: Map<number, unknown>;
  push(request: object): void;
  fulfillRequest(response: { correlationId: number; payload: null; size: number }): void;
  maybeThrottle(ms: number): void;
  checkPendingRequests(): void;
  destroy(): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const RequestQueue = require('kafkajs/src/network/requestQueue') as new (options: object) => Queue;

const silent = { debug: () => undefined, warn: () => undefined, error: () => undefined, info: () => undefined };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const made: Queue[] = [];
afterEach(() => made.splice(0).forEach((q) => q.destroy())); // no timer outlives its test, even a failed one

function queue(maxInFlightRequests: number | null = null) {
  const q = new RequestQueue({
    maxInFlightRequests,
    requestTimeout: 1000,
    clientId: 'spec',
    broker: 'b',
    logger: silent,
  });
  made.push(q);
  const sent: number[] = [];
  let checks = 0;
  const check = q.checkPendingRequests.bind(q);
  q.checkPendingRequests = () => {
    checks++;
    check();
  };
  const request = (correlationId: number) => ({
    entry: { correlationId, apiName: 'Spec', resolve: () => undefined, reject: () => undefined },
    expectResponse: true,
    sendRequest: () => sent.push(correlationId),
  });
  return { q, sent, request, checks: () => checks };
}

describe('kafkajs request queue with the idle loop stopped', () => {
  beforeAll(() => expect(stopKafkajsIdleLoop()).toBe(true));

  it('does not check again and again once a response leaves nothing pending', async () => {
    const { q, request, checks } = queue();
    q.push(request(1));
    q.fulfillRequest({ correlationId: 1, payload: null, size: 0 });
    await sleep(60);
    // kafkajs 2.2.4 alone re-checks every millisecond here: dozens of checks in 60 ms
    expect(checks()).toBe(1);
  });

  it('still sends a queued request by its own re-check, with no response to trigger one', async () => {
    const { q, sent, request } = queue(1);
    q.push(request(1));
    q.push(request(2)); // behind the in-flight limit: queued, with a re-check scheduled
    expect(sent).toEqual([1]);
    q.inflight.clear(); // the slot frees without a response (as when a request times out elsewhere)
    await sleep(40);
    expect(sent).toEqual([1, 2]);
  });

  it('still sends a request held back by broker throttling once the throttle ends', async () => {
    const { q, sent, request } = queue();
    q.maybeThrottle(30);
    q.push(request(1));
    expect(sent).toEqual([]);
    await sleep(80);
    expect(sent).toEqual([1]);
  });
});
