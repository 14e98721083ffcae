import { randomUUID } from 'node:crypto';
import { Topics } from '@kc/contracts';
import { envelopeMessage, expectEventually, requestJson, staffAccountRegistered, testTopic } from '@kc/testing';
import { startAppraisals, type AppraisalsHarness } from './appraisals-harness';

describe('appraisals: a submitted dossier starts its approval workflow; officers move it on', () => {
  let h: AppraisalsHarness;
  let base: string;
  let issuer: AppraisalsHarness['issuer'];
  let producer: AppraisalsHarness['producer'];
  beforeAll(async () => {
    h = await startAppraisals('approval-flow');
    ({ base, issuer, producer } = h);
  });
  afterAll(async () => h?.close());

  const allEventsFor = (applicationId: string) => h.allEventsFor(applicationId);
  /** The dossier's events without the inbox's task bookkeeping. */
  const eventsFor = (applicationId: string) =>
    allEventsFor(applicationId).filter((e) => e.type !== 'TaskCreated' && e.type !== 'TaskCompleted');
  const get = (authorization: string, path: string) => requestJson(`${base}${path}`, authorization);
  const post = (authorization: string, path: string, body: object = {}) =>
    requestJson(`${base}${path}`, authorization, { method: 'POST', body });
  const submit = (applicationId: string) =>
    h.submit({ applicationId, localUnitCode: 'X-XUAN-LOC', rulePackId: 'dong-nai-2025-07' });
  const act = (authorization: string, applicationId: string, action: object) =>
    h.act(authorization, applicationId, action);
  const seat = (authorization: string, applicationId: string, memberIds: string[]) =>
    h.seat(authorization, applicationId, memberIds);
  const councilMembers = (count: number) => h.councilMembers(count);
  /** Takes a new dossier to COUNCIL_REVIEW, where the appraiser's seating task waits. */
  const toCouncilStage = async (applicationId: string, appraiser: string) => {
    await submit(applicationId);
    const commune = await issuer.token({ roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' });
    await expectEventually(
      async () => expect((await get(commune.authorization, `/approvals/${applicationId}`)).status).toBe(200),
      30_000,
    );
    await act(commune.authorization, applicationId, { type: 'ACCEPT' });
    await act(commune.authorization, applicationId, { type: 'RECOMMEND', supports: true, note: 'Cơ sở hoạt động tốt' });
    await expectEventually(
      async () => expect((await get(appraiser, `/approvals/${applicationId}`)).status).toBe(200),
      30_000,
    );
    const proposed = await act(appraiser, applicationId, { type: 'PROPOSE_AMOUNT', amountVnd: 150_000_000 });
    expect(proposed).toMatchObject({ status: 200, body: { stage: 'COUNCIL_REVIEW', council: [] } });
  };
  /** The appraiser's open seating task for the dossier (it opens again when a council loses its quorum). */
  const seatingTasks = async (appraiser: string, applicationId: string) =>
    (await get(appraiser, `/tasks?stage=COUNCIL_REVIEW&status=open&applicationId=${applicationId}`)).body.items as {
      taskId: string;
      actions: string[];
      dueAt: string;
    }[];

  it('starts one workflow per dossier, however often the event arrives, and announces RECEPTION', async () => {
    const applicationId = randomUUID();
    await submit(applicationId);
    await submit(applicationId); // a second ApplicationSubmitted for the same dossier (new event id)
    await expectEventually(
      () =>
        expect(eventsFor(applicationId).map((e) => `${e.type}:${e.payload.to}`)).toEqual(['StageChanged:RECEPTION']),
      30_000,
    );
    expect(eventsFor(applicationId)[0].payload).toMatchObject({ from: null, unitCode: 'X-XUAN-LOC' });
  });

  it('lets the commune officer accept, refuses other units and roles with clear errors, and publishes the change', async () => {
    const applicationId = randomUUID();
    await submit(applicationId);
    const commune = await issuer.token({ roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' });
    const otherCommune = await issuer.token({ roles: ['LOCAL_OFFICER'], unitCode: 'X-LONG-THANH' });
    const applicant = await issuer.token({ roles: ['APPLICANT'] });
    await expectEventually(
      async () => expect((await get(commune.authorization, `/approvals/${applicationId}`)).status).toBe(200),
      30_000,
    );

    expect((await act(applicant.authorization, applicationId, { type: 'ACCEPT' })).status).toBe(403);
    const wrongUnit = await act(otherCommune.authorization, applicationId, { type: 'ACCEPT' });
    expect(wrongUnit).toMatchObject({ status: 409, body: { message: 'Hồ sơ thuộc đơn vị khác.' } });
    expect((await act(commune.authorization, applicationId, { type: 'REFUSE' })).status).toBe(400);

    const accepted = await act(commune.authorization, applicationId, { type: 'ACCEPT' });
    expect(accepted).toMatchObject({ status: 200, body: { stage: 'LOCAL_REVIEW' } });
    await expectEventually(
      () => expect(eventsFor(applicationId).map((e) => e.payload.to)).toEqual(['RECEPTION', 'LOCAL_REVIEW']),
      30_000,
    );
    expect((await act(commune.authorization, randomUUID(), { type: 'ACCEPT' })).status).toBe(404);
  });

  it('asks for a supplement, resumes when the applicant sends it, and ends when the applicant withdraws', async () => {
    const applicationId = randomUUID();
    await submit(applicationId);
    const commune = await issuer.token({ roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' });
    await expectEventually(async () => expect(eventsFor(applicationId)).toHaveLength(1), 30_000);
    const asked = await act(commune.authorization, applicationId, {
      type: 'REQUEST_SUPPLEMENT',
      items: [{ documentCode: 'QUOTATIONS', reasonVi: 'Báo giá chưa đóng dấu' }],
    });
    expect(asked).toMatchObject({ status: 200, body: { awaitingSupplement: true } });
    await expectEventually(
      () => expect(eventsFor(applicationId).map((e) => e.type)).toEqual(['StageChanged', 'SupplementRequested']),
      30_000,
    );
    const request = eventsFor(applicationId)[1].payload;
    expect(request).toMatchObject({ stage: 'RECEPTION', items: [{ documentCode: 'QUOTATIONS' }] });
    expect(String(request.dueDate) > new Date().toISOString().slice(0, 10)).toBe(true);

    const applicant = {
      producer: 'applications',
      actor: { kind: 'user', id: 'applicant-1', role: 'APPLICANT' },
    } as const;
    const applicantEvent = (type: string, payload: object) =>
      producer.send({
        topic: testTopic(Topics.applicationsEvents),
        messages: [envelopeMessage(type, applicationId, payload, applicant)],
      });
    await applicantEvent('SupplementSubmitted', {
      applicationId,
      dossierCode: request.dossierCode,
      supplementRequestId: request.supplementRequestId,
      documentIds: ['d-1'],
      submittedAt: new Date().toISOString(),
    });
    const stateOf = async () => (await get(commune.authorization, `/approvals/${applicationId}`)).body;
    await expectEventually(async () => expect(await stateOf()).toMatchObject({ awaitingSupplement: false }), 30_000);

    await applicantEvent('ApplicationWithdrawn', {
      applicationId,
      dossierCode: request.dossierCode,
      reason: 'Cơ sở tự đầu tư',
      withdrawnAt: new Date().toISOString(),
    });
    await expectEventually(
      () =>
        expect(eventsFor(applicationId).map((e) => e.payload.to ?? e.type)).toEqual([
          'RECEPTION',
          'SupplementRequested',
          'WITHDRAWN',
        ]),
      30_000,
    );
    expect((await act(commune.authorization, applicationId, { type: 'ACCEPT' })).status).toBe(404);
  });

  it('puts the task in the inbox of the commune’s officers only, lets one claim it and act through it', async () => {
    const applicationId = randomUUID();
    await submit(applicationId);
    const officerA = await issuer.token({ roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' });
    const officerB = await issuer.token({ roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' });
    const otherCommune = await issuer.token({ roles: ['LOCAL_OFFICER'], unitCode: 'X-LONG-THANH' });
    const appraiser = await issuer.token({ roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' });
    const applicant = await issuer.token({ roles: ['APPLICANT'] });
    const mine = async (token: { authorization: string }, query = '') =>
      (
        await get(token.authorization, `/tasks?stage=RECEPTION&applicationId=${applicationId}${query}`)
      ).body.items.filter((t: { applicationId: string }) => t.applicationId === applicationId);

    await expectEventually(async () => expect(await mine(officerA)).toHaveLength(1), 30_000);
    const [task] = await mine(officerA);
    expect(task).toMatchObject({
      stage: 'RECEPTION',
      unitCode: 'X-XUAN-LOC',
      role: 'LOCAL_OFFICER',
      status: 'OPEN',
      actions: ['ACCEPT', 'REQUEST_SUPPLEMENT', 'REFUSE'],
      applicantName: 'Hợp tác xã Chế biến Hạt điều Xuân Lộc',
      overdue: false,
    });
    expect(Date.parse(task.dueAt)).toBeGreaterThan(Date.now());
    expect(await mine(otherCommune)).toEqual([]);
    expect(await mine(appraiser)).toEqual([]);
    expect((await get(applicant.authorization, '/tasks')).status).toBe(403);
    expect((await get(otherCommune.authorization, `/tasks/${task.taskId}`)).status).toBe(404);
    expect((await get(officerA.authorization, '/tasks?status=maybe')).status).toBe(400);
    expect((await get(officerA.authorization, '/tasks?dossierCode=KC-26-1')).body.fields[0]).toMatchObject({
      field: 'dossierCode',
      messageVi: 'Mã hồ sơ có dạng KC-2026-000123.',
    });
    const byCode = await get(officerA.authorization, `/tasks?dossierCode=${task.dossierCode}`);
    expect(byCode.body.items.map((t: { taskId: string }) => t.taskId)).toContain(task.taskId);

    expect((await post(officerA.authorization, `/tasks/${task.taskId}/claim`)).body).toMatchObject({
      claimedBy: officerA.user.id,
    });
    expect((await post(officerB.authorization, `/tasks/${task.taskId}/claim`)).status).toBe(409);
    expect((await post(officerB.authorization, `/tasks/${task.taskId}/accept`)).status).toBe(409);
    expect((await post(officerA.authorization, `/tasks/${task.taskId}/approve`)).status).toBe(409);
    expect((await post(officerA.authorization, `/tasks/${task.taskId}/refuse`, { reason: '' })).status).toBe(400);
    expect((await post(officerA.authorization, `/tasks/${task.taskId}/teleport`)).status).toBe(404);

    const accepted = await post(officerA.authorization, `/tasks/${task.taskId}/accept`);
    expect(accepted).toMatchObject({ status: 200, body: { action: 'ACCEPT', state: { stage: 'LOCAL_REVIEW' } } });
    await expectEventually(async () => {
      const types = allEventsFor(applicationId).map((e) => `${e.type}:${e.payload.stage ?? e.payload.to}`);
      expect(types).toEqual(
        expect.arrayContaining(['TaskCompleted:RECEPTION', 'StageChanged:LOCAL_REVIEW', 'TaskCreated:LOCAL_REVIEW']),
      );
    }, 30_000);
    const done = await get(officerA.authorization, `/tasks/${task.taskId}`);
    expect(done.body.task).toMatchObject({ status: 'DONE', outcome: 'ACCEPT', completedBy: officerA.user.id });
    expect(done.body.dossier).toMatchObject({ localUnitCode: 'X-XUAN-LOC', proposedSupportVnd: 200_000_000 });
    expect(done.body.timeline.map((l: { textVi: string }) => l.textVi)).toEqual([
      'Hồ sơ vào bước Tiếp nhận và kiểm tra hồ sơ',
      'Chuyển từ bước Tiếp nhận và kiểm tra hồ sơ sang Xác minh tại địa phương',
    ]);
    expect((await post(officerA.authorization, `/tasks/${task.taskId}/accept`)).status).toBe(409);
    const next = await get(
      officerB.authorization,
      `/tasks?stage=LOCAL_REVIEW&status=open&applicationId=${applicationId}`,
    );
    expect(next.body.items.some((t: { applicationId: string }) => t.applicationId === applicationId)).toBe(true);
  });

  it('shows the approval state only to those the inbox shows the dossier to, and hides votes until the council closes', async () => {
    const applicationId = randomUUID();
    await submit(applicationId);
    const commune = await issuer.token({ roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' });
    const otherCommune = await issuer.token({ roles: ['LOCAL_OFFICER'], unitCode: 'X-LONG-THANH' });
    const appraiser = await issuer.token({ roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' });
    const operator = await issuer.token({ roles: ['OPERATOR'] });
    const [hd1, hd2, hd3] = await councilMembers(3);
    const path = `/approvals/${applicationId}`;
    await expectEventually(async () => expect((await get(commune.authorization, path)).status).toBe(200), 30_000);
    expect((await get(otherCommune.authorization, path)).status).toBe(404);
    expect((await get(appraiser.authorization, path)).status).toBe(404); // nothing of the dossier is theirs yet
    expect((await get(operator.authorization, path)).status).toBe(200);
    expect((await get(commune.authorization, '/approvals/------------------------------------')).status).toBe(400);

    await act(commune.authorization, applicationId, { type: 'ACCEPT' });
    await act(commune.authorization, applicationId, { type: 'RECOMMEND', supports: true, note: 'Cơ sở hoạt động tốt' });
    await expectEventually(async () => expect((await get(appraiser.authorization, path)).status).toBe(200), 30_000);
    const proposed = await act(appraiser.authorization, applicationId, {
      type: 'PROPOSE_AMOUNT',
      amountVnd: 150_000_000,
    });
    expect(proposed).toMatchObject({ status: 200, body: { stage: 'COUNCIL_REVIEW' } });
    await expectEventually(
      async () =>
        expect(await seat(appraiser.authorization, applicationId, [hd1.id, hd2.id, hd3.id])).toMatchObject({
          status: 200,
        }),
      30_000,
    );

    await act(hd3.authorization, applicationId, { type: 'DECLARE_CONFLICT', hasConflict: true });
    expect((await get(hd3.authorization, path)).status).toBe(404); // a conflicted member may not see it
    await act(hd1.authorization, applicationId, { type: 'DECLARE_CONFLICT', hasConflict: false });
    expect(await act(hd1.authorization, applicationId, { type: 'VOTE', approve: true })).toMatchObject({ status: 200 });
    const seenByOther = await get(hd2.authorization, path);
    expect(seenByOther.status).toBe(200);
    expect(seenByOther.body.council.find((m: { userId: string }) => m.userId === hd1.id)).not.toHaveProperty('vote');
    // Nor does the timeline an officer reads beside their task tell which way hd1 voted.
    let hd2Task = '';
    await expectEventually(async () => {
      const list = await get(hd2.authorization, `/tasks?stage=COUNCIL_REVIEW&applicationId=${applicationId}`);
      expect(list.body.items).toHaveLength(1);
      hd2Task = list.body.items[0].taskId;
    }, 30_000);
    await expectEventually(async () => {
      const lines = (await get(hd2.authorization, `/tasks/${hd2Task}`)).body.timeline.map(
        (l: { textEn: string }) => l.textEn,
      );
      expect(lines).toContain(`Council member ${hd1.id} voted`);
      expect(lines.join(' ')).not.toMatch(/VOTE_FOR|VOTE_AGAINST/);
    }, 30_000);
    const seenByVoter = await get(hd1.authorization, path);
    expect(seenByVoter.body.council.find((m: { userId: string }) => m.userId === hd1.id)).toMatchObject({ vote: true });
  });

  it('waits at COUNCIL_REVIEW for the appraiser to seat a council of directory members, refusing bad ones bilingually', async () => {
    const applicationId = randomUUID();
    const appraiser = await issuer.token({ roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' });
    const [a, b, c] = await councilMembers(3);
    const notOnCouncil = staffAccountRegistered(['DEPARTMENT_LEADER']);
    await producer.send({ topic: testTopic(Topics.identityEvents), messages: [notOnCouncil.message] });
    await toCouncilStage(applicationId, appraiser.authorization);
    // The appraiser's task is to seat the council; no member has a task yet.
    await expectEventually(async () => {
      expect(await seatingTasks(appraiser.authorization, applicationId)).toMatchObject([{ actions: ['SEAT_COUNCIL'] }]);
    }, 30_000);
    expect(
      (await get(a.authorization, `/tasks?stage=COUNCIL_REVIEW&applicationId=${applicationId}`)).body.items,
    ).toEqual([]);

    // The members are known once the directory copy has consumed their identity events: then the
    // workflow's own rules answer (too few members).
    await expectEventually(async () => {
      expect(JSON.stringify((await seat(appraiser.authorization, applicationId, [a.id, b.id])).body)).toContain(
        'COUNCIL_SIZE',
      );
    }, 30_000);
    const refusals: [string[], string, string][] = [
      [[a.id, b.id], 'COUNCIL_SIZE', 'Hội đồng cần từ 3 đến'],
      [[a.id, a.id, b.id], 'COUNCIL_DUPLICATE_MEMBER', 'Mỗi thành viên chỉ được chọn một lần.'],
      [[a.id, b.id, notOnCouncil.id], 'NOT_COUNCIL_MEMBERS', notOnCouncil.id],
      [[a.id, b.id, randomUUID()], 'NOT_COUNCIL_MEMBERS', 'Tài khoản không có trong danh bạ'],
    ];
    for (const [memberIds, code, vi] of refusals) {
      const refused = await seat(appraiser.authorization, applicationId, memberIds);
      expect(refused.status).toBe(409);
      expect(JSON.stringify(refused.body)).toContain(code);
      expect(JSON.stringify(refused.body)).toContain(vi);
    }
    expect((await seat(a.authorization, applicationId, [a.id, b.id, c.id])).status).toBe(403);
    expect((await seat(appraiser.authorization, applicationId, 'x' as unknown as string[])).status).toBe(400);
  });

  it('seats the council, lets the appraiser re-seat it before a vote, and re-convenes another after no quorum', async () => {
    const applicationId = randomUUID();
    const appraiser = await issuer.token({ roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' });
    const [a, b, c, d, e, f] = await councilMembers(6);
    await toCouncilStage(applicationId, appraiser.authorization);
    const stageDueAt = (
      await expectEventually(async () => {
        const [task] = await seatingTasks(appraiser.authorization, applicationId);
        expect(task?.dueAt).toEqual(expect.any(String));
        return task;
      }, 30_000)
    ).dueAt;
    await expectEventually(
      async () =>
        expect(await seat(appraiser.authorization, applicationId, [a.id, b.id, c.id])).toMatchObject({ status: 200 }),
      30_000,
    );
    const tasksOf = async (member: { authorization: string }) =>
      (await get(member.authorization, `/tasks?stage=COUNCIL_REVIEW&status=open&applicationId=${applicationId}`)).body
        .items as unknown[];
    await expectEventually(async () => expect(await tasksOf(a)).toHaveLength(1), 30_000);
    expect(await seatingTasks(appraiser.authorization, applicationId)).toEqual([]);

    // Re-seated before anyone voted: c leaves (their task closes), d joins.
    const reseated = await seat(appraiser.authorization, applicationId, [a.id, b.id, d.id]);
    expect(reseated.body.council.map((m: { userId: string }) => m.userId)).toEqual([a.id, b.id, d.id]);
    await expectEventually(async () => {
      expect(await tasksOf(c)).toEqual([]);
      expect(await tasksOf(d)).toHaveLength(1);
    }, 30_000);
    expect((await act(c.authorization, applicationId, { type: 'DECLARE_CONFLICT', hasConflict: false })).status).toBe(
      409,
    );

    // Two of three step out: two thirds cannot vote, the council is dissolved where it sat.
    await act(a.authorization, applicationId, { type: 'DECLARE_CONFLICT', hasConflict: true });
    await act(b.authorization, applicationId, { type: 'DECLARE_CONFLICT', hasConflict: true });
    const noQuorum = await act(d.authorization, applicationId, { type: 'DECLARE_CONFLICT', hasConflict: false });
    expect(noQuorum).toMatchObject({ status: 200, body: { stage: 'COUNCIL_REVIEW', council: [] } });
    await expectEventually(async () => {
      expect(await seatingTasks(appraiser.authorization, applicationId)).toMatchObject([{ actions: ['SEAT_COUNCIL'] }]);
      expect(await tasksOf(d)).toEqual([]);
    }, 30_000);
    // Dissolved, not re-entered: the stage's visit and its deadline go on (one StageChanged to COUNCIL_REVIEW).
    expect((await seatingTasks(appraiser.authorization, applicationId))[0].dueAt).toBe(stageDueAt);
    expect(eventsFor(applicationId).filter((e) => e.payload.to === 'COUNCIL_REVIEW')).toHaveLength(1);

    // Re-convened with other members, who vote it through to the leader.
    expect(await seat(appraiser.authorization, applicationId, [d.id, e.id, f.id])).toMatchObject({ status: 200 });
    for (const member of [d, e, f]) {
      await act(member.authorization, applicationId, { type: 'DECLARE_CONFLICT', hasConflict: false });
      await act(member.authorization, applicationId, { type: 'VOTE', approve: true });
    }
    expect((await get(appraiser.authorization, `/approvals/${applicationId}`)).body).toMatchObject({
      stage: 'LEADER_APPROVAL',
    });
    // A council that has voted is not re-seated.
    const late = await seat(appraiser.authorization, applicationId, [a.id, b.id, c.id]);
    expect(late.status).toBe(409);
    expect(JSON.stringify(late.body)).toContain('COUNCIL_NOT_SEATABLE');
  });

  it('binds a claimed task on every route: another officer cannot act through /approvals/{id}/actions', async () => {
    const applicationId = randomUUID();
    await submit(applicationId);
    const officerA = await issuer.token({ roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' });
    const officerB = await issuer.token({ roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' });
    let taskId = '';
    await expectEventually(async () => {
      const list = await get(officerA.authorization, `/tasks?stage=RECEPTION&applicationId=${applicationId}`);
      expect(list.body.items).toHaveLength(1);
      taskId = list.body.items[0].taskId;
    }, 30_000);
    expect((await post(officerA.authorization, `/tasks/${taskId}/claim`)).status).toBe(200);

    const bypass = await act(officerB.authorization, applicationId, { type: 'ACCEPT' });
    expect(bypass).toMatchObject({ status: 409, body: { messageEn: 'Another officer has claimed this task.' } });
    expect(await act(officerA.authorization, applicationId, { type: 'ACCEPT' })).toMatchObject({
      status: 200,
      body: { stage: 'LOCAL_REVIEW' },
    });
  });
});
