import { randomUUID } from 'node:crypto';
import { Topics } from '@kc/contracts';
import { expectEventually } from '@kc/testing';
import { digestEventId } from '../src/digest/digest-key';
import { mailsTo } from './maildev';
import { startNotifications, type NotificationsHarness } from './notifications-harness';
import { refused, submitted, taskCreated } from './event-payloads';

describe('notifications: in-app inbox and daily digest', () => {
  let h: NotificationsHarness;
  beforeAll(async () => {
    h = await startNotifications();
  });
  afterAll(async () => h?.close());

  const applicantWithDossier = async () => {
    const applicant = await h.registerAccount();
    await expectEventually(() => h.known(applicant.id));
    const { payload: dossier } = await h.submitDossier(applicant.id);
    return { applicant, dossier, auth: (await h.issuer.token({ id: applicant.id })).authorization };
  };

  it('lists the inbox page by page, counts unread, marks read, and keeps people to their own', async () => {
    const { applicant, dossier, auth } = await applicantWithDossier();
    await h.publish(
      Topics.appraisalsEvents,
      'ApplicationRefused',
      dossier.applicationId,
      refused(dossier.applicationId, dossier.dossierCode),
      'appraisals',
    );
    await expectEventually(async () =>
      expect((await h.call('GET', '/inbox/unread-count', auth)).body).toEqual({ unread: 2 }),
    );

    const first = await h.call('GET', '/inbox?pageSize=1', auth);
    expect(first.body).toMatchObject({ total: 2, unread: 2, page: 1, pageSize: 1 });
    expect(first.body.items).toHaveLength(1);
    expect(first.body.items[0].subject).toBe(`Hồ sơ ${dossier.dossierCode} không được tiếp nhận`);
    const second = await h.call('GET', '/inbox?pageSize=1&page=2', auth);
    expect(second.body.items[0]).toMatchObject({
      templateKey: 'receipt',
      applicationId: dossier.applicationId,
      readAt: null,
    });
    expect(second.body.items[0].body).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ (Mẫu 01)');

    const stranger = (await h.issuer.token({ id: randomUUID() })).authorization;
    expect((await h.call('POST', `/inbox/${first.body.items[0].id}/read`, stranger)).status).toBe(404);
    expect(await h.call('POST', `/inbox/${first.body.items[0].id}/read`, auth)).toEqual({
      status: 200,
      body: { unread: 1 },
    });
    expect(
      (await h.call('GET', '/inbox?unreadOnly=true', auth)).body.items.map(
        (i: { templateKey: string }) => i.templateKey,
      ),
    ).toEqual(['receipt']);
    expect(await h.call('POST', '/inbox/read-all', auth)).toEqual({ status: 200, body: { marked: 1, unread: 0 } });

    const bad = await h.call('GET', '/inbox?pageSize=500&page=0', auth);
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual(
      expect.arrayContaining([
        { field: 'page', messageVi: 'Trang phải từ 1 trở lên.', messageEn: 'The page must be 1 or more.' },
        {
          field: 'pageSize',
          messageVi: 'Mỗi trang tối đa 100 thông báo.',
          messageEn: 'At most 100 notifications per page.',
        },
      ]),
    );
    expect((await h.call('POST', '/inbox/not-a-uuid/read', auth)).status).toBe(400);
    expect((await h.call('GET', '/inbox')).status).toBe(401);
    expect(applicant.id).toBeDefined();
  });

  it('sends each officer one digest a day listing their overdue and soon-due open tasks, and no others', async () => {
    const unitCode = `X-DIGEST-${Date.now().toString(36).toUpperCase()}`;
    const officer = await h.registerAccount({ fullName: 'Trần Thị Bình', roles: ['LOCAL_OFFICER'], unitCode });
    const colleague = await h.registerAccount({ roles: ['LOCAL_OFFICER'], unitCode: `${unitCode}-KHAC` });
    for (const p of [officer, colleague]) await expectEventually(() => h.known(p.id));
    const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();
    const dossier = () => submitted(randomUUID());
    const ours = { unitCode, role: 'LOCAL_OFFICER', assigneeId: null };
    const cases = {
      overdue: { dossier: dossier(), addressee: ours, dueAt: hours(-2) },
      dueSoon: { dossier: dossier(), addressee: ours, dueAt: hours(3) },
      assignedElsewhere: {
        dossier: dossier(),
        addressee: { unitCode: 'DN-SCT', role: 'DEPARTMENT_APPRAISER', assigneeId: officer.id },
        dueAt: hours(-30),
      },
      farAway: { dossier: dossier(), addressee: ours, dueAt: hours(24 * 10) },
      done: { dossier: dossier(), addressee: ours, dueAt: hours(-5) },
      otherUnit: { dossier: dossier(), addressee: { ...ours, unitCode: `${unitCode}-KHAC` }, dueAt: hours(-1) },
    };
    const tasks = Object.fromEntries(
      Object.entries(cases).map(([name, c]) => [
        name,
        taskCreated(c.dossier.applicationId, c.dossier.dossierCode, c.addressee, c.dueAt),
      ]),
    );
    for (const task of Object.values(tasks))
      await h.publish(Topics.appraisalsEvents, 'TaskCreated', task.applicationId, task, 'appraisals');
    await h.publish(
      Topics.appraisalsEvents,
      'TaskCompleted',
      tasks.done.applicationId,
      {
        applicationId: tasks.done.applicationId,
        dossierCode: tasks.done.dossierCode,
        taskId: tasks.done.taskId,
        stage: 'RECEPTION',
        outcome: 'ACCEPT',
        completedBy: officer.id,
        completedAt: new Date().toISOString(),
      },
      'appraisals',
    );
    await expectEventually(async () => {
      const [{ open }] = await h.db.query(
        `SELECT count(*) FILTER (WHERE completed_at IS NULL)::int AS open FROM notifications.tasks WHERE task_id = ANY ($1)`,
        [Object.values(tasks).map((t) => t.taskId)],
      );
      expect(open).toBe(5);
    });

    const officerAuth = (await h.issuer.token({ id: officer.id, roles: ['LOCAL_OFFICER'], unitCode })).authorization;
    expect((await h.call('POST', '/digest/run', officerAuth, {})).status).toBe(403);
    const operator = (await h.issuer.token({ roles: ['OPERATOR'], unitCode: 'DN-TTKC' })).authorization;
    expect((await h.call('POST', '/digest/run', operator, { unitCode: '' })).status).toBe(400);
    const run = await h.call('POST', '/digest/run', operator, { unitCode });
    expect(run).toMatchObject({ status: 200, body: { recipients: 1, tasks: 3 } });

    const mail = await expectEventually(async () => {
      const found = (await mailsTo(officer.email)).filter((m) => m.subject.startsWith('Việc cần xử lý'));
      expect(found).toHaveLength(1);
      return found[0];
    });
    expect(mail.subject).toMatch(/^Việc cần xử lý ngày \d{2}\/\d{2}\/\d{4}: 2 quá hạn, 1 đến hạn$/);
    for (const name of ['overdue', 'dueSoon', 'assignedElsewhere'])
      expect(mail.text).toContain(tasks[name].dossierCode);
    for (const name of ['farAway', 'done', 'otherUnit']) expect(mail.text).not.toContain(tasks[name].dossierCode);

    // Run again the same day: the per-day key finds the first digest; nothing new is written or sent.
    expect((await h.call('POST', '/digest/run', operator, { unitCode })).status).toBe(200);
    const day = run.body.day as string;
    const [{ items }] = await h.db.query(
      `SELECT count(*)::int AS items FROM notifications.inbox_items WHERE event_id = $1`,
      [digestEventId(day, officer.id)],
    );
    expect(items).toBe(1);
    expect(await h.deliveries(digestEventId(day, officer.id))).toHaveLength(1);
  });
});
