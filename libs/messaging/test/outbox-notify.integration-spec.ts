import { OutboxRelay, OutboxWriter } from '../src';
import { applicationSubmittedDraft, expectEventually, testEnv } from '@kc/testing';
import { createHarness } from './messaging-harness';

type Harness = Awaited<ReturnType<typeof createHarness>>;

/** Long enough that only a notification can explain a row sent within the tests' few seconds. */
const NEVER_MS = 120_000;

describe('the outbox relay wakes on its NOTIFY (real database and broker)', () => {
  const opened: { harness?: Harness; relay?: OutboxRelay } = {};
  afterEach(async () => {
    await opened.relay?.stop();
    await opened.harness?.close();
    opened.relay = opened.harness = undefined;
  });

  /** A harness, and a relay on it that never polls in time: only a notification makes it pass. */
  async function sleepyRelay(name: string): Promise<{ h: Harness; relay: OutboxRelay }> {
    const h = (opened.harness = await createHarness(name));
    const relay = (opened.relay = new OutboxRelay(h.dataSource, h.producer, {
      schema: h.schema,
      batchSize: 500,
      idleDelayMs: NEVER_MS,
      listeningPollMs: NEVER_MS,
    }));
    relay.start();
    // Listening, and asleep after the pass that followed (the catch-up a new connection asks for).
    await expectEventually(() => expect(relay.listening && relay.sleeping).toBe(true));
    expect(await listenerPid(h)).not.toBeNull();
    return { h, relay };
  }

  /** The relay's listening connection, as PostgreSQL sees it (null while it has none). */
  async function listenerPid(h: Harness): Promise<number | null> {
    const rows: { pid: number }[] = await h.dataSource.query(
      `SELECT pid FROM pg_stat_activity
       WHERE datname = current_database() AND query ILIKE 'LISTEN "outbox_' || $1 || '%'`,
      [h.schema],
    );
    return rows[0]?.pid ?? null;
  }

  it('sends a committed event at once, though it would not poll for minutes, and hangs up when stopped', async () => {
    const { h, relay } = await sleepyRelay('notify-wake');
    await h.dataSource.transaction((m) => h.writer.publish(m, applicationSubmittedDraft()));
    await expectEventually(async () => expect(await h.unsentCount()).toBe(0), 5000);
    await relay.stop();
    await expectEventually(async () => expect(await listenerPid(h)).toBeNull(), 5000);
  });

  it('listens again after its connection is killed, and sends what was committed while it was deaf', async () => {
    const { h } = await sleepyRelay('notify-reconnect');
    const first = await listenerPid(h);
    await h.dataSource.query('SELECT pg_terminate_backend($1)', [first]);
    // Committed while no connection listens: its notification reaches nobody.
    await h.dataSource.transaction((m) => h.writer.publish(m, applicationSubmittedDraft()));
    await expectEventually(async () => {
      const again = await listenerPid(h);
      expect(again).not.toBeNull();
      expect(again).not.toBe(first);
    });
    await expectEventually(async () => expect(await h.unsentCount()).toBe(0), 5000);
    // And the new connection hears the next commit.
    await h.dataSource.transaction((m) => h.writer.publish(m, applicationSubmittedDraft()));
    await expectEventually(async () => expect(await h.unsentCount()).toBe(0), 5000);
  });

  it('hears nothing from a writer with OUTBOX_NOTIFY off: its row waits for a poll', async () => {
    const { h, relay } = await sleepyRelay('notify-off');
    const quiet = new OutboxWriter(h.schema, 'test', testEnv.topicPrefix, false);
    await h.dataSource.transaction((m) => quiet.publish(m, applicationSubmittedDraft()));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await h.unsentCount()).toBe(1);
    relay.nudge(); // what a poll would do
    await expectEventually(async () => expect(await h.unsentCount()).toBe(0), 5000);
  });
});
