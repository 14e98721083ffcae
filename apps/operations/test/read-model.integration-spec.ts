import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { Topics } from '@kc/contracts';
import { expectEventually, testTopic } from '@kc/testing';
import { dossier, type Published } from './dossier-events';
import { startOperations, type OperationsHarness } from './operations-harness';

let ops: OperationsHarness;
const unit = () => `X-TEST-${randomBytes(4).toString('hex').toUpperCase()}`;

beforeAll(async () => {
  ops = await startOperations();
});
afterAll(async () => {
  await ops?.stop();
});

const caseRow = async (id: string) => {
  const rows: Record<string, unknown>[] = await ops.db.query(`SELECT * FROM operations.cases WHERE case_id = $1`, [id]);
  if (!rows[0]) throw new Error(`case ${id} not projected yet`);
  return rows[0];
};

describe('a full approval with a supplement pause and a missed stage deadline', () => {
  const u = unit();
  const d = dossier(u, '11-02', '2026-11-20');
  const events: Published[] = [
    d.submitted(),
    d.stage('11-02', null, 'RECEPTION', '11-04'),
    d.stage('11-04', 'RECEPTION', 'LOCAL_REVIEW', '11-09'),
    d.stage('11-06', 'LOCAL_REVIEW', 'DEPARTMENT_APPRAISAL', '11-13', 'DEPARTMENT_APPRAISER'),
    d.supplementRequested('11-09', 'DEPARTMENT_APPRAISAL'),
    d.supplementSubmitted('11-12'),
    d.breached('11-16', 'DEPARTMENT_APPRAISAL', '11-13'),
    d.stage('11-17', 'DEPARTMENT_APPRAISAL', 'COUNCIL_REVIEW', null, 'DEPARTMENT_APPRAISER'),
    d.stage('11-19', 'COUNCIL_REVIEW', 'LEADER_APPROVAL', '11-23', 'COUNCIL_MEMBER'),
    d.approved('11-20'),
    d.budgetReserved('11-24'),
    d.stage('11-24', 'LEADER_APPROVAL', 'IMPLEMENTATION', null, 'DEPARTMENT_LEADER'),
  ];
  let sent: Awaited<ReturnType<OperationsHarness['publish']>>;

  beforeAll(async () => {
    // Applicant-side events on their own topic first: the projection must not depend on arrival order.
    sent = await ops.publish(...events.filter((e) => e.topic === Topics.applicationsEvents));
    sent.push(...(await ops.publish(...events.filter((e) => e.topic !== Topics.applicationsEvents))));
    // Every event applied: the last stage alone does not say the applicant's topic was read as far.
    await ops.applied(sent);
    expect((await caseRow(d.applicationId)).stage).toBe('IMPLEMENTATION');
  });

  it('keeps one visit per stage with its holder, the pause apart, and the appraisal late and breached', async () => {
    const visits: Record<string, unknown>[] = await ops.db.query(
      `SELECT stage, holder, working_days::float AS wd, paused_days::float AS paused, budget_wait_days::float AS budget,
              holder_days::float AS own, late, breached
       FROM operations.stage_visits WHERE case_id = $1 ORDER BY seq`,
      [d.applicationId],
    );
    expect(visits.map((v) => [v.stage, v.holder, v.wd, v.paused, v.budget, v.own, v.late, v.breached])).toEqual([
      ['RECEPTION', 'LOCAL', 2, 0, 0, 2, false, false],
      ['LOCAL_REVIEW', 'LOCAL', 2, 0, 0, 2, false, false],
      ['DEPARTMENT_APPRAISAL', 'DEPARTMENT', 7, 3, 0, 4, true, true],
      ['COUNCIL_REVIEW', 'COUNCIL', 2, 0, 0, 2, null, false],
      ['LEADER_APPROVAL', 'DEPARTMENT', 3, 0, 2, 1, false, false],
      ['IMPLEMENTATION', 'APPLICANT', null, 0, 0, null, null, false],
    ]);
  });

  it('attributes the closed dossier’s working days to the parties, per dossier and summed per unit', async () => {
    const officer = await ops.token(['OPERATOR']);
    const one = await ops.get(`/cases/${d.dossierCode}`, officer);
    expect(one.status).toBe(200);
    expect(one.body.case).toMatchObject({ late: false, due_date: '2026-11-25', breached: true, outcome: 'APPROVED' });
    expect(one.body.case.processing_days).toBe(11);
    const sum = await ops.get(`/indicators/attribution?period=2026-11&unit=${u}`, officer);
    expect(sum.body.items).toEqual([
      { unitCode: u, closed: 1, department: 5, local: 4, applicant: 3, council: 2, budgetWait: 2 },
    ]);
  });

  it('audits the officers’ decisions (not the applicant’s steps) in a chain that verifies', async () => {
    const operator = await ops.token(['OPERATOR']);
    const audit = await ops.get(`/audit?caseId=${d.applicationId}&pageSize=50`, operator);
    expect(audit.body.total).toBe(8);
    expect(audit.body.items.map((r: { action: string }) => r.action)).toContain('ApplicationApproved');
    expect(JSON.stringify(audit.body.items)).not.toMatch(/Hợp tác xã|applicant-1/);
    const verify = await ops.get('/audit/verify', operator);
    expect(verify.body).toMatchObject({ intact: true, broken: null });
  });

  it('applies a redelivered event once', async () => {
    const before = await ops.db.query(`SELECT count(*)::int AS n FROM operations.audit_log WHERE case_id = $1`, [
      d.applicationId,
    ]);
    const approval = sent.find((s) => JSON.parse(s.message.value).type === 'ApplicationApproved')!;
    await ops.producer.send({ topic: approval.topic, messages: [approval.message] });
    const id = JSON.parse(approval.message.value).id;
    await expectEventually(async () => {
      const rows = await ops.db.query(`SELECT 1 FROM operations.inbox WHERE event_id = $1 AND consumer_group = $2`, [
        id,
        ops.group,
      ]);
      expect(rows).toHaveLength(1);
    });
    // A later event of the same case proves the redelivery has been consumed by now (same partition, in order).
    await ops.publish(d.stage('11-25', 'IMPLEMENTATION', 'ACCEPTANCE', null, 'DEPARTMENT_APPRAISER'));
    await expectEventually(async () => expect((await caseRow(d.applicationId)).stage).toBe('ACCEPTANCE'));
    const after = await ops.db.query(`SELECT count(*)::int AS n FROM operations.audit_log WHERE case_id = $1`, [
      d.applicationId,
    ]);
    expect(after[0].n).toBe(before[0].n + 1);
  });
});

describe('the on-time rate of a crafted month, counted by hand', () => {
  const u = unit();
  // October 2026: 1 October is a Thursday; no public holiday in the month.
  const a = dossier(u, '09-21', '2026-10-02'); // carried over, decided on time
  const b = dossier(u, '09-21', '2026-10-02'); // carried over, decided late
  const c = dossier(u, '09-14', '2026-09-30'); // decided before October: not in the month
  const dd = dossier(u, '10-05', '2026-10-16'); // received, decided on time
  const e = dossier(u, '10-05', '2026-10-09'); // received, still open and past due
  const f = dossier(u, '10-12', '2026-11-13'); // received, open, not due yet
  const g = dossier(u, '10-19', '2026-10-23'); // received, paused 5 working days, decided within the moved date
  const h = dossier(u, '11-02', '2026-11-13'); // received after October: not in the month
  const i = dossier(u, '10-26', '2026-10-28'); // received, decided in November: open and past due at the month's end
  const all = [a, b, c, dd, e, f, g, h, i];

  beforeAll(async () => {
    await ops.publish(
      ...all.map((x) => x.submitted()),
      a.refused('10-01'),
      b.approved('10-06'),
      c.refused('09-30'),
      dd.approved('10-15'),
      g.supplementRequested('10-20', 'RECEPTION'),
      g.supplementSubmitted('10-27'),
      g.approved('10-29'),
      i.approved('11-03'),
    );
    await expectEventually(async () => {
      const rows = await ops.db.query(
        `SELECT count(*)::int AS n FROM operations.cases WHERE unit_code = $1 AND (code LIKE 'KC-%')`,
        [u],
      );
      expect(rows[0].n).toBe(all.length);
      // Every decision applied (each moves the month counters), not only the last ones published.
      for (const decided of [a, b, c, dd, g, i])
        expect((await caseRow(decided.applicationId)).decided_at).not.toBeNull();
    }, 30_000);
  });

  it('matches the hand count: 5 received + 2 carried over, 1 decided late + 2 open past due', async () => {
    const received = [dd, e, f, g, i].length;
    const carriedOver = [a, b].length;
    const late = [b].length + [e, i].length;
    const expectedRate = Math.round((100 - (late / (received + carriedOver)) * 100) * 100) / 100; // 57.14
    const res = await ops.get(`/indicators/on-time?period=2026-10&unit=${u}`, await ops.token(['OPERATOR']));
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      {
        key: u,
        received,
        carriedOver,
        toProcess: 7,
        closedOnTime: 3,
        closedLate: 1,
        openPastDue: 2,
        late,
        onTimeRate: expectedRate,
      },
    ]);
    expect(expectedRate).toBe(57.14);
  });

  it('publishes the same rate without sign-in and without any dossier or person', async () => {
    const res = await ops.get('/public/on-time?period=2026-10');
    expect(res.status).toBe(200);
    const mine = res.body.units.find((x: { unitCode: string }) => x.unitCode === u);
    expect(mine).toEqual({ unitCode: u, toProcess: 7, late: 3, onTimeRate: 57.14 });
    expect(JSON.stringify(res.body)).not.toMatch(/KC-2026|applicant|Hợp tác xã/);
  });

  it('exports the table as CSV and Excel', async () => {
    const operator = await ops.token(['OPERATOR']);
    const csv = await ops.get(`/indicators/on-time?period=2026-10&unit=${u}&format=csv`, operator);
    expect(csv.type).toMatch(/text\/csv/);
    expect(csv.body.toString('utf8')).toContain(`${u},5,2,7,3,1,2,3,57.14`);
    const xlsx = await ops.get(`/indicators/on-time?period=2026-10&unit=${u}&format=xlsx`, operator);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body);
    expect(book.worksheets[0].getRow(2).getCell(9).value).toBe(57.14);
  });

  it('lets a local leader read only their own unit, and nobody else in', async () => {
    const leader = await ops.token(['LOCAL_LEADER'], u);
    expect((await ops.get('/indicators/on-time?period=2026-10', leader)).body.items).toHaveLength(1);
    expect((await ops.get('/indicators/on-time?period=2026-10&unit=X-OTHER', leader)).status).toBe(403);
    expect((await ops.get('/audit', leader)).status).toBe(403);
    expect((await ops.get('/indicators/on-time?period=2026-10', await ops.token(['APPLICANT']))).status).toBe(403);
    expect((await ops.get('/indicators/on-time?period=2026-10')).status).toBe(401);
  });

  it('answers a malformed period with a bilingual 400', async () => {
    const res = await ops.get('/indicators/on-time?period=2026-13', await ops.token(['OPERATOR']));
    expect(res.status).toBe(400);
    expect(res.body.fields[0]).toMatchObject({ field: 'period', messageVi: expect.stringContaining('Kỳ báo cáo') });
  });
});

describe('events the projection cannot or need not read', () => {
  it('records an unknown event type in the inbox and leaves the read model alone, instead of parking it', async () => {
    const [sent] = await ops.publish({
      topic: Topics.appraisalsEvents,
      type: 'SomethingNewHappened',
      payload: { applicationId: 'not-a-case' },
      actor: { kind: 'service', id: 'appraisals' },
      producer: 'appraisals',
    });
    const id = JSON.parse(sent.message.value).id;
    await expectEventually(async () => {
      const rows = await ops.db.query(`SELECT event_type FROM operations.inbox WHERE event_id = $1`, [id]);
      expect(rows).toEqual([{ event_type: 'SomethingNewHappened' }]);
    });
    expect(await ops.db.query(`SELECT 1 FROM operations.cases WHERE case_id = 'not-a-case'`)).toEqual([]);
    expect(testTopic(Topics.appraisalsEvents)).toContain('kc.appraisals.events.v1');
  });
});
