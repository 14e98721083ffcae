import { MessageHeaders, Topics } from '@kc/contracts';
import { OutboxRelay, headerString } from '../src';
import { applicationSubmittedDraft, collectFrom, expectEventually, testTopic } from '@kc/testing';
import { createHarness } from './messaging-harness';

type Harness = Awaited<ReturnType<typeof createHarness>>;

describe('outbox → Kafka → inbox (real broker and database)', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('publishes nothing when the business transaction rolls back', async () => {
    h = await createHarness('rollback');
    const draft = applicationSubmittedDraft();
    await expect(
      h.dataSource.transaction(async (manager) => {
        await h.writer.publish(manager, draft);
        throw new Error('business rule failed after the event was written');
      }),
    ).rejects.toThrow('business rule failed');
    await h.consumer.start();
    h.relay.start();
    const committed = applicationSubmittedDraft();
    await h.dataSource.transaction((m) => h.writer.publish(m, committed));
    await expectEventually(async () => expect(await h.effects(committed.aggregateId)).toHaveLength(1));
    expect(await h.effects(draft.aggregateId)).toHaveLength(0);
  });

  it('delivers a committed event exactly once to the topic and the handler, keyed by aggregate id', async () => {
    h = await createHarness('commit');
    const tap = await collectFrom(h.kafka, [Topics.applicationsEvents], `${h.group}-tap`);
    await h.consumer.start();
    h.relay.start();
    const draft = applicationSubmittedDraft();
    const [envelope] = await h.dataSource.transaction((m) => h.writer.publish(m, draft));
    await expectEventually(async () => expect(await h.effects(draft.aggregateId)).toHaveLength(1));
    await expectEventually(() =>
      expect(tap.received.filter((r) => r.message.key?.toString() === draft.aggregateId)).toHaveLength(1),
    );
    const [{ message }] = tap.received.filter((r) => r.message.key?.toString() === draft.aggregateId);
    expect(JSON.parse(message.value!.toString())).toMatchObject({
      id: envelope.id,
      type: 'ApplicationSubmitted',
      producer: 'test',
    });
    expect(headerString(message.headers, MessageHeaders.eventId)).toBe(envelope.id);
    expect(await h.unsentCount()).toBe(0);
    await tap.stop();
  });

  it('applies a redelivered event once', async () => {
    h = await createHarness('duplicate');
    await h.consumer.start();
    const draft = applicationSubmittedDraft();
    const [envelope] = await h.dataSource.transaction((m) => h.writer.publish(m, draft));
    await h.produceRaw(draft.aggregateId, envelope);
    await h.produceRaw(draft.aggregateId, envelope);
    const marker = applicationSubmittedDraft({ applicationId: draft.aggregateId });
    const [after] = await h.dataSource.transaction((m) => h.writer.publish(m, marker));
    await h.produceRaw(draft.aggregateId, after);
    await expectEventually(async () => expect(await h.effects(draft.aggregateId)).toHaveLength(2));
    expect((await h.effects(draft.aggregateId)).map((e) => e.event_id)).toEqual([envelope.id, after.id]);
  });

  it('parks a poison message in the DLQ with its reason and keeps consuming', async () => {
    h = await createHarness('poison');
    const dlq = await h.tapDlq();
    await h.consumer.start();
    h.relay.start();
    await h.produceRaw('poison-1', '{ this is not json');
    const invalid = { ...applicationSubmittedDraft(), id: 'not-a-uuid' };
    await h.produceRaw('poison-2', JSON.stringify(invalid));
    const good = applicationSubmittedDraft();
    await h.dataSource.transaction((m) => h.writer.publish(m, good));
    await expectEventually(async () => expect(await h.effects(good.aggregateId)).toHaveLength(1));
    await expectEventually(() => expect(dlq.received).toHaveLength(2));
    const reasons = dlq.received.map((r) => headerString(r.message.headers, MessageHeaders.errorReason));
    expect(reasons[0]).toMatch(/not JSON/);
    expect(reasons[1]).toMatch(/invalid envelope/);
    expect(headerString(dlq.received[0].message.headers, MessageHeaders.originalTopic)).toBe(
      testTopic(Topics.applicationsEvents),
    );
    await dlq.stop();
  });

  it('retries a failing handler with backoff and applies the event once it succeeds', async () => {
    h = await createHarness(
      'retry',
      async (envelope, ctx) => {
        if (ctx.attempt < 2) throw new Error('projection store briefly unavailable');
        await h.recordEffect(envelope, ctx);
      },
      { maxAttempts: 3, baseDelayMs: 100 },
    );
    await h.consumer.start();
    h.relay.start();
    const draft = applicationSubmittedDraft();
    await h.dataSource.transaction((m) => h.writer.publish(m, draft));
    await expectEventually(async () =>
      expect(await h.effects(draft.aggregateId)).toEqual([expect.objectContaining({ attempt: 2 })]),
    );
  });

  it('sends an event whose handler keeps failing to the DLQ after the last attempt, without blocking others', async () => {
    h = await createHarness(
      'exhausted',
      async (envelope, ctx) => {
        if (envelope.payload && (envelope.payload as { applicantName: string }).applicantName === 'fails') {
          throw new Error('amount exceeds the programme cap');
        }
        await h.recordEffect(envelope, ctx);
      },
      { maxAttempts: 2, baseDelayMs: 50 },
    );
    const dlq = await h.tapDlq();
    await h.consumer.start();
    h.relay.start();
    const bad = applicationSubmittedDraft({ applicantName: 'fails' });
    const good = applicationSubmittedDraft();
    await h.dataSource.transaction((m) => h.writer.publish(m, [bad, good]));
    await expectEventually(async () => expect(await h.effects(good.aggregateId)).toHaveLength(1));
    await expectEventually(() => expect(dlq.received).toHaveLength(1));
    const parked = dlq.received[0].message;
    expect(parked.key?.toString()).toBe(bad.aggregateId);
    expect(headerString(parked.headers, MessageHeaders.errorReason)).toBe(
      'handler failed: amount exceeds the programme cap',
    );
    expect(headerString(parked.headers, MessageHeaders.attempt)).toBe('2');
    expect(await h.effects(bad.aggregateId)).toHaveLength(0);
    await dlq.stop();
  });

  it('absorbs the duplicate when a relay dies between sending and marking sent', async () => {
    h = await createHarness('relay-crash');
    await h.consumer.start();
    const draft = applicationSubmittedDraft();
    await h.dataSource.transaction((m) => h.writer.publish(m, draft));
    const crashing = Object.assign(Object.create(Object.getPrototypeOf(h.relay)), h.relay, {
      markSent: async () => {
        throw new Error('process killed after send');
      },
    });
    await expect(crashing.relayOnce()).rejects.toThrow('process killed after send');
    expect(await h.unsentCount()).toBe(1);
    await expect(h.relay.relayOnce()).resolves.toBe(1);
    await expectEventually(async () => expect(await h.effects(draft.aggregateId)).toHaveLength(1));
    expect(await h.unsentCount()).toBe(0);
  });

  it('keeps the order of one aggregate’s events', async () => {
    h = await createHarness('order');
    await h.consumer.start();
    h.relay.start();
    const applicationId = applicationSubmittedDraft().aggregateId;
    const drafts = Array.from({ length: 60 }, () => applicationSubmittedDraft({ applicationId }));
    const others = Array.from({ length: 60 }, () => applicationSubmittedDraft());
    const expected: string[] = [];
    for (let i = 0; i < drafts.length; i += 10) {
      const written = await h.dataSource.transaction((m) =>
        h.writer.publish(m, [...drafts.slice(i, i + 10), ...others.slice(i, i + 10)]),
      );
      expected.push(...written.filter((e) => e.aggregateId === applicationId).map((e) => e.id));
    }
    await expectEventually(async () => expect(await h.effects(applicationId)).toHaveLength(60));
    expect((await h.effects(applicationId)).map((e) => e.event_id)).toEqual(expected);
  });

  it('on shutdown lets the event in flight finish and commits its offset', async () => {
    let entered = () => undefined as void;
    const inHandler = new Promise<void>((resolve) => (entered = resolve));
    h = await createHarness('shutdown', async (envelope, ctx) => {
      entered();
      await new Promise((r) => setTimeout(r, 700));
      await h.recordEffect(envelope, ctx);
    });
    await h.consumer.start();
    h.relay.start();
    const draft = applicationSubmittedDraft();
    await h.dataSource.transaction((m) => h.writer.publish(m, draft));
    await inHandler;
    await h.consumer.stop();
    expect(await h.effects(draft.aggregateId)).toHaveLength(1);
    const admin = h.kafka.admin();
    await admin.connect();
    const [committed] = await admin.fetchOffsets({ groupId: h.group, topics: [testTopic(Topics.applicationsEvents)] });
    const ends = await admin.fetchTopicOffsets(testTopic(Topics.applicationsEvents));
    await admin.disconnect();
    const byPartition = new Map(committed.partitions.map((p) => [p.partition, p.offset]));
    expect(ends.map((e) => byPartition.get(e.partition))).toEqual(ends.map((e) => e.high));
  });

  it('sends each event once when two relays work the same outbox at the same time', async () => {
    h = await createHarness('two-relays');
    const tap = await collectFrom(h.kafka, [Topics.applicationsEvents], `${h.group}-tap`);
    const second = new OutboxRelay(h.dataSource, h.producer, { schema: h.schema, batchSize: 7, idleDelayMs: 1 });
    const drafts = Array.from({ length: 200 }, () => applicationSubmittedDraft());
    for (let i = 0; i < drafts.length; i += 20) {
      await h.dataSource.transaction((m) => h.writer.publish(m, drafts.slice(i, i + 20)));
    }
    h.relay.start();
    second.start();
    await expectEventually(async () => expect(await h.unsentCount()).toBe(0));
    await second.stop();
    const ours = new Set(drafts.map((d) => d.aggregateId));
    await expectEventually(() =>
      expect(tap.received.filter((r) => ours.has(r.message.key!.toString()))).toHaveLength(200),
    );
    const keys = tap.received.map((r) => r.message.key!.toString()).filter((k) => ours.has(k));
    expect(new Set(keys).size).toBe(200);
    await tap.stop();
  });

  it('does not lose an event whose handler swallowed a database error: it is retried, then parked', async () => {
    h = await createHarness(
      'swallowed',
      async (_envelope, ctx) => {
        await ctx.manager.query('SELECT 1 / 0').catch(() => undefined); // aborts the transaction
      },
      { maxAttempts: 1, baseDelayMs: 50 },
    );
    const dlq = await h.tapDlq();
    await h.consumer.start();
    h.relay.start();
    const draft = applicationSubmittedDraft();
    const [envelope] = await h.dataSource.transaction((m) => h.writer.publish(m, draft));
    await expectEventually(() => expect(dlq.received).toHaveLength(1));
    expect(headerString(dlq.received[0].message.headers, MessageHeaders.errorReason)).toBe(
      'handler failed: a handler swallowed a database error',
    );
    const inbox = await h.dataSource.query(`SELECT 1 FROM "${h.schema}".inbox WHERE event_id = $1`, [envelope.id]);
    expect(inbox).toHaveLength(0);
    await dlq.stop();
  });

  it('recognises a redelivered event whatever the case of its id', async () => {
    h = await createHarness('uuid-case');
    await h.consumer.start();
    const draft = applicationSubmittedDraft();
    const [envelope] = await h.dataSource.transaction((m) => h.writer.publish(m, draft));
    const upper = { ...envelope, id: envelope.id.toUpperCase() };
    await h.produceRaw(draft.aggregateId, upper);
    await h.produceRaw(draft.aggregateId, envelope);
    const marker = applicationSubmittedDraft({ applicationId: draft.aggregateId });
    const [after] = await h.dataSource.transaction((m) => h.writer.publish(m, marker));
    await h.produceRaw(draft.aggregateId, after);
    await expectEventually(async () => expect(await h.effects(draft.aggregateId)).toHaveLength(2));
  });
});
