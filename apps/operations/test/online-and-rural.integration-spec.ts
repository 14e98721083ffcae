import { randomBytes, randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { Topics } from '@kc/contracts';
import { expectEventually } from '@kc/testing';
import { dossier, type Published } from './dossier-events';
import { startOperations, type OperationsHarness } from './operations-harness';

let ops: OperationsHarness;
let operator: string;
const unit = () => `X-TEST-${randomBytes(4).toString('hex').toUpperCase()}`;

beforeAll(async () => {
  ops = await startOperations();
  operator = await ops.token(['OPERATOR']);
});
afterAll(async () => {
  await ops?.stop();
});

describe('the online rate and digitised documents per dossier of a crafted month, counted by hand', () => {
  const u = unit();
  const a = dossier(u, '10-05', '2026-10-30', { submissionChannel: 'ONLINE', documentCount: 5 });
  const b = dossier(u, '10-06', '2026-10-30', { submissionChannel: 'COUNTER', documentCount: 3 });
  const c = dossier(u, '10-07', '2026-10-30'); // an event from before the fields: online, documents unknown
  const d = dossier(u, '10-08', '2026-11-30', { submissionChannel: 'ONLINE', documentCount: 4 });

  beforeAll(async () => {
    await ops.publish(
      ...[a, b, c, d].map((x) => x.submitted()),
      a.supplementSubmitted('10-12', ['d1', 'd2']),
      a.approved('10-20'),
      b.refused('10-21'),
      d.approved('11-03'),
    );
    await expectEventually(async () => {
      const rows: { n: number }[] = await ops.db.query(
        `SELECT count(*)::int AS n FROM operations.cases WHERE unit_code = $1 AND code LIKE 'KC-%'
           AND (decided_at IS NOT NULL OR case_id = $2) AND (documents IS NOT NULL OR case_id = $2)`,
        [u, c.applicationId],
      );
      expect(rows[0].n).toBe(4);
      const docs = await ops.db.query(`SELECT documents FROM operations.cases WHERE case_id = $1`, [a.applicationId]);
      expect(docs[0].documents).toBe(7);
    }, 30_000);
  });

  it('counts received online, answered online and files per dossier as a person would', async () => {
    // Received in October: a, b, c, d; online: a, c (portal only before the field), d. Decided in October:
    // a (online), b (at the counter). Files: a 5 + 2 with its supplement, b 3, d 4; c's count is unknown.
    const res = await ops.get(`/indicators/online?period=2026-10&unit=${u}`, operator);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      {
        key: u,
        received: 4,
        submittedOnline: 3,
        onlineRate: 75,
        decided: 2,
        answeredOnline: 1,
        answeredOnlineRate: 50,
        documentsDigitised: 14,
        digitisedPerDossier: 4.67,
      },
    ]);
    const november = await ops.get(`/indicators/online?period=2026-11&unit=${u}`, operator);
    expect(november.body.items).toEqual([
      expect.objectContaining({ received: 0, decided: 1, answeredOnline: 1, answeredOnlineRate: 100 }),
    ]);
  });

  it('exports the table as CSV and Excel, and keeps a local leader to their unit', async () => {
    const csv = await ops.get(`/indicators/online?period=2026-10&unit=${u}&format=csv`, operator);
    expect(csv.type).toMatch(/text\/csv/);
    expect(csv.body.toString('utf8')).toContain(`${u},4,3,75,2,1,50,14,4.67`);
    const xlsx = await ops.get(`/indicators/online?period=2026-10&unit=${u}&format=xlsx&by=unit`, operator);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body);
    expect(book.worksheets[0].getRow(2).getCell(9).value).toBe(4.67);
    const leader = await ops.token(['LOCAL_LEADER'], u);
    expect((await ops.get('/indicators/online?period=2026-10', leader)).body.items).toHaveLength(1);
    expect((await ops.get('/indicators/online?period=2026-10&unit=X-OTHER', leader)).status).toBe(403);
  });
});

/** The events of one new-rural appraisal, as the appraisals service publishes them. */
function ruralAppraisal(communeCode: string, level: string, successor: string | null = null) {
  const base = { appraisalId: randomUUID(), communeCode, level, targetYear: 2020 };
  const event = (type: string, payload: object): Published => ({
    topic: Topics.appraisalsEvents,
    type,
    payload: { ...base, ...payload },
    actor: { kind: 'service', id: 'appraisals' },
    producer: 'appraisals',
  });
  const at = (day: string) => `2020-${day}T01:00:00.000Z`;
  return {
    id: base.appraisalId,
    registered: () =>
      event('RuralCriteriaRegistered', {
        communeName: `Xã ${communeCode}`,
        communeSuccessorCode: successor,
        districtCode: 'H-XUAN-LOC',
        areaName: null,
        registeredOn: '2020-03-02',
        packId: 'ntm-2016-2020',
        templateId: 'tpl',
        procedureId: 'proc',
        registeredAt: at('03-02'),
      }),
    stage: (day: string, from: string | null, to: string, unitCode: string | null, dueDay: string | null) =>
      event('RuralCriteriaStageChanged', {
        round: 1,
        from,
        to,
        unitCode,
        role: unitCode ? 'LOCAL_OFFICER' : null,
        dueAt: dueDay ? at(dueDay) : null,
        note: null,
        changedAt: at(day),
      }),
    overdue: (day: string, stage: string, dueDay: string) =>
      event('RuralCriteriaStageOverdue', {
        round: 1,
        stage,
        dueAt: at(dueDay),
        escalatedTo: { unitCode: 'SCT', role: 'DEPARTMENT_LEADER' },
        overdueAt: at(day),
      }),
    concluded: (day: string, outcome: 'DAT' | 'KHONG_DAT') =>
      event('RuralCriteriaConcluded', {
        round: 1,
        outcome,
        conclusionNumber: '12/KL-SCT',
        indicators: [{ code: '4.1', verdict: outcome, overridden: false }],
        concludedAt: at(day),
      }),
  };
}

describe('new-rural criteria appraisals in the read model and the plan’s 2020 targets', () => {
  const u = unit();
  const passed = ruralAppraisal(u, 'ADVANCED');
  const failed = ruralAppraisal(u, 'ADVANCED');
  const inspecting = ruralAppraisal(u, 'ADVANCED');
  const cancelled = ruralAppraisal(u, 'ADVANCED');
  const merged = ruralAppraisal(`${u}-CU`, 'MODEL', u); // a former commune, shown against its successor
  const all = [passed, failed, inspecting, cancelled, merged];

  beforeAll(async () => {
    await ops.publish(
      ...all.map((x) => x.registered()),
      ...all.map((x) => x.stage('03-02', null, 'SELF_ASSESSMENT', u, '03-16')),
      ...[passed, failed, inspecting].map((x) =>
        x.stage('03-10', 'SELF_ASSESSMENT', 'SITE_INSPECTION', 'SCT', '03-24'),
      ),
      inspecting.overdue('03-25', 'SITE_INSPECTION', '03-24'),
      passed.stage('03-20', 'SITE_INSPECTION', 'CONCLUSION', 'SCT', '03-27'),
      passed.concluded('03-26', 'DAT'),
      passed.stage('03-26', 'CONCLUSION', 'PASSED', null, null),
      failed.stage('03-20', 'SITE_INSPECTION', 'CONCLUSION', 'SCT', '03-27'),
      failed.concluded('03-26', 'KHONG_DAT'),
      failed.stage('03-26', 'CONCLUSION', 'NOT_MET', null, null),
      cancelled.stage('03-05', 'SELF_ASSESSMENT', 'CANCELLED', null, null),
      merged.stage('03-12', 'SELF_ASSESSMENT', 'DEPARTMENT_APPRAISAL', 'SCT', '03-26'),
    );
    await expectEventually(async () => {
      const rows: { stage: string; breached: boolean }[] = await ops.db.query(
        `SELECT stage, breached FROM operations.cases WHERE case_kind = 'RURAL' AND unit_code = $1 ORDER BY stage`,
        [u],
      );
      expect(rows.map((r) => r.stage)).toEqual([
        'CANCELLED',
        'DEPARTMENT_APPRAISAL',
        'NOT_MET',
        'PASSED',
        'SITE_INSPECTION',
      ]);
      expect(rows.find((r) => r.stage === 'SITE_INSPECTION')?.breached).toBe(true);
    }, 30_000);
  });

  it('keeps each appraisal’s stage visits with their due dates and who held them', async () => {
    const one = await ops.get(`/cases/${inspecting.id}`, operator);
    expect(one.status).toBe(200);
    expect(one.body.case).toMatchObject({
      case_kind: 'RURAL',
      program_code: 'RURAL',
      rural_level: 'ADVANCED',
      target_year: 2020,
    });
    expect(
      one.body.visits.map((v: Record<string, unknown>) => [v.stage, v.holder, v.unit_code, v.due_at, v.breached]),
    ).toEqual([
      ['SELF_ASSESSMENT', 'LOCAL', u, '2020-03-16T01:00:00+00:00', false],
      ['SITE_INSPECTION', 'DEPARTMENT', 'SCT', '2020-03-24T01:00:00+00:00', true],
    ]);
    const list = await ops.get(`/rural/appraisals?year=2020&unit=${u}&pageSize=10`, operator);
    expect(list.body.total).toBe(5);
    expect(list.body.items.find((r: { appraisalId: string }) => r.appraisalId === merged.id)).toMatchObject({
      unitCode: u,
      level: 'MODEL',
      stage: 'DEPARTMENT_APPRAISAL',
      holder: 'DEPARTMENT',
    });
  });

  it('shows the targets progress per level as counted by hand, against the 2020 plan', async () => {
    // ADVANCED: 4 registered, one cancelled → 3; 1 inspecting, 1 passed, 1 failed; forecast 1 + ⌊1 × 1/2⌋ = 1.
    // MODEL: the merged commune's, in appraisal, nothing decided yet → forecast counts it.
    const res = await ops.get(`/rural/targets?year=2020&unit=${u}`, operator);
    expect(res.status).toBe(200);
    expect(res.body.legalBasis).toContain('1620/KH-SCT');
    expect(res.body.items).toEqual([
      {
        level: 'STANDARD',
        target: null,
        registered: 0,
        inAppraisal: 0,
        passed: 0,
        failed: 0,
        revoked: 0,
        forecast: 0,
        gap: null,
      },
      {
        level: 'ADVANCED',
        target: 13,
        registered: 3,
        inAppraisal: 1,
        passed: 1,
        failed: 1,
        revoked: 0,
        forecast: 1,
        gap: 12,
      },
      {
        level: 'MODEL',
        target: 3,
        registered: 1,
        inAppraisal: 1,
        passed: 0,
        failed: 0,
        revoked: 0,
        forecast: 1,
        gap: 2,
      },
      // The 2026–2030 pilot level: no registration, no target in 2020.
      {
        level: 'MODERN',
        target: null,
        registered: 0,
        inAppraisal: 0,
        passed: 0,
        failed: 0,
        revoked: 0,
        forecast: 0,
        gap: null,
      },
      {
        level: 'MODEL_RESIDENTIAL_AREA',
        target: 10,
        registered: 0,
        inAppraisal: 0,
        passed: 0,
        failed: 0,
        revoked: 0,
        forecast: 0,
        gap: 10,
      },
    ]);
    const csv = await ops.get(`/rural/targets?year=2020&unit=${u}&format=csv`, operator);
    expect(csv.body.toString('utf8')).toContain('ADVANCED,13,3,1,1,1,0,1,12');
  });

  it('lets a local leader read their own commune’s progress only, and keeps the rural rows out of the dossiers’ on-time rate', async () => {
    const leader = await ops.token(['LOCAL_LEADER'], u);
    const mine = await ops.get('/rural/targets?year=2020', leader);
    expect(mine.body.items.find((l: { level: string }) => l.level === 'ADVANCED').registered).toBe(3);
    expect((await ops.get('/rural/targets?year=2020&unit=X-OTHER', leader)).status).toBe(403);
    expect((await ops.get('/rural/targets?year=20x0', operator)).status).toBe(400);
    expect((await ops.get('/rural/targets?year=2020', await ops.token(['APPLICANT']))).status).toBe(403);
    const stages = await ops.get(`/indicators/on-time?period=2020-03&by=stage&unit=${u}`, operator);
    expect(stages.body.items).toEqual([]);
  });
});
