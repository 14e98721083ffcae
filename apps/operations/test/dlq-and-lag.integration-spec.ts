import { randomBytes } from 'node:crypto';
import { Topics } from '@kc/contracts';
import { envelopeMessage, expectEventually, positionGroupAtEnd, testTopic } from '@kc/testing';
import { dossier } from './dossier-events';
import { startOperations, type OperationsHarness } from './operations-harness';

let ops: OperationsHarness;
let operator: string;

beforeAll(async () => {
  ops = await startOperations();
  operator = await ops.token(['OPERATOR']);
});
afterAll(async () => {
  await ops?.stop();
});

describe('a poison event parked in the DLQ, redriven after the fix', () => {
  const d = dossier(`X-DLQ-${randomBytes(3).toString('hex').toUpperCase()}`, '11-02', '2026-11-20');
  const fn = `poison_${randomBytes(4).toString('hex')}`;

  afterAll(async () => {
    await ops.owner.query(`DROP TRIGGER IF EXISTS ${fn} ON operations.case_facts`);
    await ops.owner.query(`DROP FUNCTION IF EXISTS operations.${fn}()`);
  });

  it('parks the failing event with its reason, redrives it once the fault is gone, and applies it once', async () => {
    // The fault: the database refuses this dossier's facts (as a bug or a broken constraint would).
    await ops.owner.query(`CREATE FUNCTION operations.${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'hỏng dữ liệu thử nghiệm'; END $$`);
    await ops.owner.query(`CREATE TRIGGER ${fn} BEFORE INSERT ON operations.case_facts FOR EACH ROW
      WHEN (NEW.case_id = '${d.applicationId}') EXECUTE FUNCTION operations.${fn}()`);
    const [sent] = await ops.publish(d.submitted());
    const eventId = JSON.parse(sent.message.value).id as string;

    const parked = await expectEventually(async () => {
      const res = await ops.get(
        `/dlq?group=${ops.group}&eventType=ApplicationSubmitted&status=PARKED&pageSize=100`,
        operator,
      );
      const row = res.body.items.find((r: { eventId: string }) => r.eventId === eventId);
      expect(row).toBeDefined();
      return row as { id: string; reason: string; originalTopic: string };
    }, 30_000);
    // The handler's own error, not Nest's "Internal server error".
    expect(parked.reason).toBe('handler failed: hỏng dữ liệu thử nghiệm');
    expect(parked.originalTopic).toBe(testTopic(Topics.applicationsEvents));
    const inspected = await ops.get(`/dlq/${parked.id}`, operator);
    expect(inspected.body.envelope).toMatchObject({ id: eventId, type: 'ApplicationSubmitted' });

    await ops.owner.query(`DROP TRIGGER ${fn} ON operations.case_facts`); // the fix
    const body = { ids: [parked.id], reason: 'Đã sửa lỗi dữ liệu' };
    expect((await ops.get('/dlq/redrive', operator, { ...body, dryRun: true })).body).toEqual({
      dryRun: true,
      matched: 1,
      done: 0,
    });
    expect((await ops.get('/dlq/redrive', operator, body)).body).toEqual({ dryRun: false, matched: 1, done: 1 });
    expect((await ops.get('/dlq/redrive', operator, body)).body).toEqual({ dryRun: false, matched: 0, done: 0 });

    await expectEventually(async () => {
      const rows = await ops.db.query(`SELECT code FROM operations.cases WHERE case_id = $1`, [d.applicationId]);
      expect(rows).toEqual([{ code: d.dossierCode }]);
    }, 30_000);
    const inbox = await ops.db.query(`SELECT count(*)::int AS n FROM operations.inbox WHERE event_id = $1`, [eventId]);
    const facts = await ops.db.query(`SELECT count(*)::int AS n FROM operations.case_facts WHERE event_id = $1`, [
      eventId,
    ]);
    expect([inbox[0].n, facts[0].n]).toEqual([1, 1]);

    const audit = await ops.get(`/audit?action=DlqRedriven&pageSize=100`, operator);
    expect(audit.body.items.some((r: { reason: string }) => r.reason === 'Đã sửa lỗi dữ liệu')).toBe(true);
  });

  it('refuses a redrive without a reason or a selection, with a bilingual 400', async () => {
    const res = await ops.get('/dlq/redrive', operator, { reason: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(['reason']));
  });
});

describe('consumer lag and relay backlog', () => {
  it('shows the lag of a stopped consumer group per partition', async () => {
    const group = `lag-test-${randomBytes(3).toString('hex')}`;
    await positionGroupAtEnd(ops.kafka, group, [Topics.identityEvents]);
    const messages = [1, 2, 3].map(() =>
      envelopeMessage('AccountUpdated', 'x', {}, { producer: 'gateway', actor: { kind: 'system', id: 'test' } }),
    );
    await ops.producer.send({ topic: testTopic(Topics.identityEvents), messages });
    const res = await ops.get(`/kafka/lag?group=${group}&pageSize=100`, operator);
    expect(res.status).toBe(200);
    expect(res.body.totalLag).toBe('3');
    expect(res.body.items.every((r: { topic: string }) => r.topic === testTopic(Topics.identityEvents))).toBe(true);
    const admin = ops.kafka.admin();
    await admin.connect();
    await admin.deleteGroups([group]).catch(() => undefined);
    await admin.disconnect();
  });

  it('counts each service’s unsent outbox rows', async () => {
    const res = await ops.get('/kafka/outbox-backlog', operator);
    const mine = res.body.items.find((r: { schema: string }) => r.schema === 'operations');
    expect(mine).toMatchObject({ unsent: expect.any(Number) });
    expect((await ops.get('/kafka/outbox-backlog', await ops.token(['LOCAL_LEADER'], 'X'))).status).toBe(403);
  });
});
