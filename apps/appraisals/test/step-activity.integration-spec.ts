// The workflow's step activity and the budget ledger on the real database: what one step writes (task
// rows, timeline, outbox events), that a retried step writes nothing twice, SLA escalation and Form 04,
// extensions, and reservations that wait and are released. The workflow itself is tested elsewhere.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { StageEvent } from '@kc/domain';
import { OutboxWriter } from '@kc/messaging';
import { createAppDataSource } from '@kc/persistence';
import { migrateTestSchema, testEnv } from '@kc/testing';
import type { StageStepInput } from '@kc/workflows';
import type { AppraisalsConfig } from '../src/config';
import { SupportRequestActivitiesService } from '../src/approval/support-request.activities';
import { BudgetLedger } from '../src/budgets/budget-ledger';
import { TimelineRepository } from '../src/approval/timeline.repository';
import { TasksRepository } from '../src/inbox/tasks.repository';
import { serviceDefinition } from '../src/service.definition';

const byLeader = { actorId: 'ld-1', actorName: 'Lãnh đạo Sở', reason: 'Phân bổ ngân sách thử' };

describe('the approval step activity and the budget ledger on Postgres', () => {
  let db: DataSource;
  let activities: SupportRequestActivitiesService;
  let ledger: BudgetLedger;

  beforeAll(async () => {
    await migrateTestSchema(serviceDefinition);
    db = await createAppDataSource({ url: testEnv.databaseUrl, schema: 'appraisals', poolSize: 4 }).initialize();
    ledger = new BudgetLedger(db);
    activities = new SupportRequestActivitiesService(
      db,
      new OutboxWriter('appraisals', 'appraisals', 'test.'),
      ledger,
      new TasksRepository(db),
      new TimelineRepository(db),
      {
        HOLIDAYS_FILE: undefined,
      } as AppraisalsConfig,
    );
  });
  afterAll(async () => db?.destroy());

  const dossier = () => {
    const applicationId = randomUUID();
    let sequence = 0;
    const step = (events: StageEvent[], over: Partial<StageStepInput> = {}) =>
      activities.publishStageEvents({
        applicationId,
        dossierCode: 'KC-2026-000321',
        programCode: 'MACHINERY',
        rulePackId: 'dong-nai-2025-07',
        localUnitCode: 'X-XUAN-LOC',
        sequence: ++sequence,
        stage: 'RECEPTION',
        actor: null,
        cause: 'TEST',
        events,
        // Thursday 5 March 2026, 09:00 in Vietnam.
        occurredAt: '2026-03-05T02:00:00.000Z',
        council: [],
        dueAt: null,
        ...over,
      });
    const outbox = async () =>
      (
        (await db.query(`SELECT envelope FROM appraisals.outbox WHERE message_key = $1 ORDER BY seq`, [
          applicationId,
        ])) as { envelope: { type: string; payload: Record<string, unknown> } }[]
      ).map((r) => r.envelope);
    const tasks = () =>
      db.query(`SELECT * FROM appraisals.tasks WHERE application_id = $1 ORDER BY created_at, task_id`, [
        applicationId,
      ]) as Promise<Record<string, any>[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
    return { applicationId, step, outbox, tasks, again: () => (sequence -= 1) };
  };

  it('opens reception’s task with its working-day deadline, once however often the step is retried', async () => {
    const d = dossier();
    const first = await d.step([{ type: 'StageChanged', from: 'RECEPTION', to: 'RECEPTION', note: null }]);
    expect(first.dueAt).toBe('2026-03-10T16:59:59.999Z'); // 3 working days, to the end of Tuesday
    d.again();
    const retried = await d.step([{ type: 'StageChanged', from: 'RECEPTION', to: 'RECEPTION', note: null }]);
    expect(retried).toEqual(first);
    expect((await d.outbox()).map((e) => e.type)).toEqual(['StageChanged', 'TaskCreated']);
    const [task] = await d.tasks();
    expect(task).toMatchObject({ stage: 'RECEPTION', unit_code: 'X-XUAN-LOC', role: 'LOCAL_OFFICER', status: 'OPEN' });
    expect((await d.tasks()).length).toBe(1);
  });

  it('warns the stage’s officers, then escalates to the commune’s leader with a Form 04 date; an extension clears it', async () => {
    const d = dossier();
    const { dueAt } = await d.step([{ type: 'StageChanged', from: 'RECEPTION', to: 'RECEPTION', note: null }]);
    await d.step([{ type: 'SlaWarning' }], { dueAt: dueAt!, occurredAt: '2026-03-09T10:00:00.000Z' });
    await d.step([{ type: 'SlaBreached' }], { dueAt: dueAt!, occurredAt: '2026-03-11T02:00:00.000Z' });
    const events = await d.outbox();
    expect(events.find((e) => e.type === 'SlaWarning')?.payload).toMatchObject({
      stage: 'RECEPTION',
      addressee: { unitCode: 'X-XUAN-LOC', role: 'LOCAL_OFFICER', assigneeId: null },
      dueAt,
    });
    // Reception (3) + local review (5) + appraisal (10) + council (7) + leader (5) = 30 working days from 11/3.
    expect(events.find((e) => e.type === 'SlaBreached')?.payload).toMatchObject({
      escalatedTo: { unitCode: 'X-XUAN-LOC', role: 'LOCAL_LEADER', assigneeId: null },
      newExpectedDate: '2026-04-22',
    });
    expect((await d.tasks())[0]).toMatchObject({ warned_at: expect.any(Date), escalated_at: expect.any(Date) });

    const extended = await d.step([{ type: 'DeadlineExtended', workingDays: 2, reason: 'Chờ ý kiến' }], {
      dueAt: dueAt!,
    });
    expect(extended.dueAt).toBe('2026-03-12T16:59:59.999Z');
    expect((await d.tasks())[0]).toMatchObject({ due_at: new Date('2026-03-12T16:59:59.999Z'), escalated_at: null });
    expect((await d.outbox()).find((e) => e.type === 'DeadlineExtended')?.payload).toMatchObject({
      stage: 'RECEPTION',
      workingDays: 2,
      reason: 'Chờ ý kiến',
      previousDueAt: dueAt,
      dueAt: '2026-03-12T16:59:59.999Z',
    });
  });

  it('closes the stage’s task and opens one per council member still able to act', async () => {
    const d = dossier();
    await d.step([{ type: 'StageChanged', from: 'RECEPTION', to: 'RECEPTION', note: null }]);
    await d.step([{ type: 'StageChanged', from: 'DEPARTMENT_APPRAISAL', to: 'COUNCIL_REVIEW', note: null }], {
      stage: 'COUNCIL_REVIEW',
      council: ['hd-1', 'hd-2'],
      cause: 'PROPOSE_AMOUNT',
    });
    await d.step([{ type: 'TaskDone', assigneeId: 'hd-1', outcome: 'VOTE_FOR' }], { stage: 'COUNCIL_REVIEW' });
    const rows = await d.tasks();
    expect(rows.map((t) => [t.stage, t.assignee_id, t.status, t.outcome])).toEqual([
      ['RECEPTION', null, 'DONE', 'PROPOSE_AMOUNT'],
      ['COUNCIL_REVIEW', 'hd-1', 'DONE', 'VOTE_FOR'],
      ['COUNCIL_REVIEW', 'hd-2', 'OPEN', null],
    ]);
    const timeline = await db.query(
      `SELECT text_vi FROM appraisals.timeline WHERE application_id = $1 ORDER BY sequence, position`,
      [d.applicationId],
    );
    expect(timeline.map((t: { text_vi: string }) => t.text_vi)).toEqual([
      'Hồ sơ vào bước Tiếp nhận và kiểm tra hồ sơ',
      'Chuyển từ bước Sở Công Thương thẩm định sang Hội đồng xét duyệt',
      'Thành viên hội đồng hd-1 đã bỏ phiếu', // which way stays secret in the timeline
    ]);
  });

  it('dissolves a council without quorum in its stage: no stage change, the seating task keeps the stage’s deadline', async () => {
    const d = dossier();
    const atCouncil = { stage: 'COUNCIL_REVIEW', council: ['hd-1', 'hd-2', 'hd-3'] };
    const entered = await d.step(
      [{ type: 'StageChanged', from: 'DEPARTMENT_APPRAISAL', to: 'COUNCIL_REVIEW', note: null }],
      { ...atCouncil, council: [] },
    );
    const dueAt = entered.dueAt!;
    await d.step([{ type: 'CouncilSeated', memberIds: atCouncil.council }], { ...atCouncil, dueAt });
    await d.step([{ type: 'SlaBreached' }], { ...atCouncil, dueAt, occurredAt: '2026-03-20T02:00:00.000Z' });
    const dissolved = await d.step(
      [
        { type: 'TaskDone', assigneeId: 'hd-1', outcome: 'CONFLICT_DECLARED' },
        { type: 'CouncilDissolved', note: 'Hội đồng không đủ số thành viên hợp lệ; cần tổ chức lại hội đồng' },
      ],
      { ...atCouncil, council: [], dueAt, cause: 'DECLARE_CONFLICT', occurredAt: '2026-03-20T03:00:00.000Z' },
    );
    expect(dissolved).toEqual({ waitlisted: [] }); // no new deadline for the workflow
    const rows = await d.tasks();
    expect(rows.filter((t) => t.status === 'OPEN')).toEqual([
      expect.objectContaining({ role: 'DEPARTMENT_APPRAISER', actions: ['SEAT_COUNCIL'], due_at: new Date(dueAt) }),
    ]);
    expect(rows.filter((t) => t.status === 'OPEN')[0].escalated_at).toEqual(expect.any(Date));
    expect(rows.filter((t) => t.outcome === 'COUNCIL_DISSOLVED').map((t) => t.assignee_id)).toEqual(['hd-2', 'hd-3']);
    const events = await d.outbox();
    expect(events.filter((e) => e.type === 'StageChanged')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'TaskCreated').at(-1)?.payload).toMatchObject({ dueAt });
    const timeline = await db.query(
      `SELECT text_vi FROM appraisals.timeline WHERE application_id = $1 ORDER BY sequence, position`,
      [d.applicationId],
    );
    expect(timeline.at(-1).text_vi).toBe(
      'Giải thể Hội đồng xét duyệt: Hội đồng không đủ số thành viên hợp lệ; cần tổ chức lại hội đồng',
    );
  });

  it('reserves while the budget lasts, then wait-lists in order of approval: nobody passes the oldest waiting', async () => {
    const year = 2093;
    await db.query(`DELETE FROM appraisals.budget_reservations WHERE year = $1`, [year]);
    await ledger.setBudget('DEMO_MODEL', year, 500, byLeader);
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const ask = (applicationId: string, amountVnd: number) =>
      ledger.reserve({ applicationId, dossierCode: 'KC-2093-000001', programCode: 'DEMO_MODEL', year, amountVnd });
    expect(await ask(a, 400)).toEqual({ reserved: true, year });
    expect(await ask(a, 400)).toEqual({ reserved: true, year }); // asking again takes nothing more
    expect(await ask(b, 200)).toEqual({ reserved: false, year });
    // 100 is left and c asks for 100, but b was approved first and still waits: c waits behind it.
    expect(await ask(c, 100)).toEqual({ reserved: false, year });
    expect(await ask(c, 100)).toEqual({ reserved: false, year }); // asking again does not jump the queue
    expect(await ledger.overview(year)).toEqual([
      { programCode: 'DEMO_MODEL', year, totalVnd: 500, reservedVnd: 400, availableVnd: 100, waiting: 2 },
    ]);
    expect(await db.transaction((m) => ledger.release(m, a))).toEqual([b, c]);
    expect(await ask(b, 200)).toEqual({ reserved: true, year });
    expect(await ask(c, 100)).toEqual({ reserved: true, year });
    expect(await ledger.setBudget('DEMO_MODEL', year, 1000, byLeader)).toEqual([]);
  });

  it('publishes BudgetWaitlisted with the place in line, and a waiting dossier that ends lets the next one through', async () => {
    const year = 2094; // a year no other test uses
    const programCode = 'ROOFTOP_SOLAR';
    await db.query(`DELETE FROM appraisals.budget_reservations WHERE program_code = $1 AND year = $2`, [
      programCode,
      year,
    ]);
    await ledger.setBudget(programCode, year, 100, byLeader);
    const [first, second] = [dossier(), dossier()];
    const ask = (applicationId: string, amountVnd: number) =>
      ledger.reserve({ applicationId, dossierCode: 'KC-2026-000321', programCode, year, amountVnd });
    expect(await ask(first.applicationId, 300)).toEqual({ reserved: false, year });
    expect(await ask(second.applicationId, 80)).toEqual({ reserved: false, year });
    const onList = { stage: 'LEADER_APPROVAL', programCode } as const;
    await first.step([{ type: 'BudgetWaitlisted', amountVnd: 300, year }], onList);
    await second.step([{ type: 'BudgetWaitlisted', amountVnd: 80, year }], onList);
    expect((await second.outbox()).find((e) => e.type === 'BudgetWaitlisted')?.payload).toMatchObject({
      programCode,
      year,
      amountVnd: 80,
      position: 2,
    });
    const ended = await first.step(
      [
        { type: 'StageChanged', from: 'LEADER_APPROVAL', to: 'REJECTED', note: 'Không bố trí được kinh phí' },
        { type: 'ApplicationRejected', reason: 'Không bố trí được kinh phí' },
      ],
      { ...onList, stage: 'REJECTED' },
    );
    expect(ended.waitlisted).toEqual([second.applicationId]);
    expect(await ask(second.applicationId, 80)).toEqual({ reserved: true, year });
  });
});
