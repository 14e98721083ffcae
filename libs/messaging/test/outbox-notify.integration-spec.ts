import { OutboxRelay, OutboxWriter } from '../src';
import { applicationSubmittedDraft, expectEventually, testEnv } from '@kc/testing';
import { createHarness } from './messaging-harness';

type Harness = Awaited<ReturnType<typeof createHarness>>;

/** Long enough that only a notification can explain a row sent within the tests' few seconds. */
const NEVER_MS = 120_000;

describe('the outbox relay wakes on its NOTIFY (real database and broker)', () => {
  let h: Harness;
  let relay: OutboxRelay | undefined;
  afterEach(async () => {
    await relay?.stop();
    relay = undefined;
    await h?.close();
  });

  /** The relay's listening connection, as PostgreSQL sees it (null while it has none). */
  async function listenerPid(): Promise<number | null> {
    const rows: { pid: number }[] = await h.dataSource.query(
      `SELECT pid FROM pg_stat_activity
       WHERE datname = current_database() AND query ILIKE 'LISTEN "outbox_' || $1 || '%'`,
      [h.schema],
    );
    return rows[0]?.pid ?? null;
  }

  /** A relay that never polls in time: idle and listening delays both far beyond the tests' patience. */
  async function startSleepyRelay(): Promise<OutboxRelay> {
    relay = new OutboxRelay(h.dataSource, h.producer, {
      schema: h.schema,
      batchSize: 500,
      idleDelayMs: NEVER_MS,
      listeningPollMs: NEVER_MS,
    });
    relay.start();
    await expectEventually(async () => expect(await listenerPid()).not.toBeNull());
    await expectEventually(async () => expect(await h.unsentCount()).toBe(0)); // its first pass is over
    return relay;
  }

  it('sends a committed event at once, though it would not poll for minutes', async () => {
    h = await createHarness('notify-wake');
    await startSleepyRelay();
    const draft = applicationSubmittedDraft();
    await h.dataSource.transaction((m) => h.writer.publish(m, draft));
    await expectEventually(async () => expect(await h.unsentCount()).toBe(0), 5000);
  });

  it('listens again after its connection is killed, and sends what was committed while it was deaf', async () => {
    h = await createHarness('notify-reconnect');
    await startSleepyRelay();
    const first = await listenerPid();
    await h.dataSource.query('SELECT pg_terminate_backend($1)', [first]);
    // Committed while no connection listens: its notification reaches nobody.
    await h.dataSource.transaction((m) => h.writer.publish(m, applicationSubmittedDraft()));
    await expectEventually(async () => {
      const again = await listenerPid();
      expect(again).not.toBeNull();
      expect(again).not.toBe(first);
    });
    await expectEventually(async () => expect(await h.unsentCount()).toBe(0), 5000);
    // And the new connection hears the next commit.
    await h.dataSource.transaction((m) => h.writer.publish(m, applicationSubmittedDraft()));
    await expectEventually(async () => expect(await h.unsentCount()).toBe(0), 5000);
  });

  it('hears nothing from a writer with OUTBOX_NOTIFY off: its row waits for a poll', async () => {
    h = await createHarness('notify-off');
    const sleepy = await startSleepyRelay();
    const quiet = new OutboxWriter(h.schema, 'test', testEnv.topicPrefix, false);
    await h.dataSource.transaction((m) => quiet.publish(m, applicationSubmittedDraft()));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await h.unsentCount()).toBe(1);
    sleepy.nudge(); // what a poll would do
    await expectEventually(async () => expect(await h.unsentCount()).toBe(0), 5000);
  });
});
