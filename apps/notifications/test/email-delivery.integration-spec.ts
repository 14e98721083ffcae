import { Topics } from '@kc/contracts';
import { expectEventually } from '@kc/testing';
import { mailsTo } from './maildev';
import { startNotifications, type NotificationsHarness } from './notifications-harness';
import { refused, submitted, taskCreated } from './event-payloads';

describe('notifications: events on Kafka become e-mails on the real mail server, once each', () => {
  let h: NotificationsHarness;
  beforeAll(async () => {
    h = await startNotifications();
  });
  afterAll(async () => h?.close());

  it('sends the receipt (Form 01) in Vietnamese, keeps it in the inbox and publishes the delivery receipts', async () => {
    const applicant = await h.registerAccount({ fullName: 'Nguyễn Văn An' });
    await expectEventually(() => h.known(applicant.id));
    const { payload, event } = await h.submitDossier(applicant.id);

    const [mail] = await expectEventually(async () => {
      const mails = await mailsTo(applicant.email);
      expect(mails).toHaveLength(1);
      return mails;
    });
    expect(mail.subject).toBe(`Biên nhận hồ sơ ${payload.dossierCode}: đã tiếp nhận, hẹn trả kết quả ngày 28/12/2026`);
    expect(mail.text).toContain('Kính gửi Nguyễn Văn An,');
    expect(mail.text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ (Mẫu 01)');
    expect(mail.text).toContain('Thời điểm nộp: 08:30 ngày 28/11/2026');
    expect(mail.html).toContain(`<strong>${payload.dossierCode}</strong>`);
    expect(mail.html).toContain('Ngày hẹn trả kết quả: <strong>28/12/2026</strong>');

    const receipts = await expectEventually(() => {
      const found = h.receiptsFor(event.id);
      expect(found.map((r) => `${r.type}:${String(r.payload.channel)}`).sort()).toEqual([
        'NotificationSent:email',
        'NotificationSent:in_app',
      ]);
      return found;
    });
    const email = receipts.find((r) => r.payload.channel === 'email')!;
    expect(email.payload).toMatchObject({ recipientId: applicant.id, templateKey: 'receipt', attempts: 1 });
    expect(mail.messageId).toBe(`${String(email.payload.deliveryId)}@notifications.khuyencong.local`);
  });

  it('sends one e-mail for an event Kafka delivers twice', async () => {
    const applicant = await h.registerAccount();
    await expectEventually(() => h.known(applicant.id));
    const { payload, event } = await h.submitDossier(applicant.id);
    // The very same message again (same event id), as a redelivery after a crash would bring it.
    await event.resend();
    // A later event with the same key lands on the same partition behind the duplicate: once its mail is
    // there, the duplicate has been consumed. (An event on another topic would prove nothing: topics are
    // consumed concurrently, which is what made an earlier version of this test flaky.)
    const later = submitted(applicant.id, { applicationId: payload.applicationId });
    await h.publish(Topics.applicationsEvents, 'ApplicationSubmitted', payload.applicationId, later, 'applications');
    await h.publish(
      Topics.appraisalsEvents,
      'ApplicationRefused',
      payload.applicationId,
      refused(payload.applicationId, payload.dossierCode),
      'appraisals',
    );
    // The mail server has the mail; the outcome is recorded just after it answered.
    await expectEventually(async () =>
      expect(await h.deliveries(event.id)).toEqual([
        { channel: 'email', status: 'sent', attempts: 1, last_error: null },
      ]),
    );
    const mails = await expectEventually(async () => {
      const found = await mailsTo(applicant.email);
      const subjects = found.map((m) => m.subject);
      expect(subjects).toContain(`Hồ sơ ${payload.dossierCode} không được tiếp nhận`);
      expect(subjects.some((s) => s.startsWith(`Biên nhận hồ sơ ${later.dossierCode}:`))).toBe(true);
      return found;
    });
    expect(mails.filter((m) => m.subject.startsWith(`Biên nhận hồ sơ ${payload.dossierCode}:`))).toHaveLength(1);
    const refusal = mails.find((m) => m.subject.includes('không được tiếp nhận'))!;
    expect(refusal.text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ (Mẫu 03)');
    expect(refusal.text).toContain('Lý do: Cơ sở không thuộc địa bàn nông thôn theo quy định');
  });

  it('retries while the mail server is unreachable and delivers once it is back', async () => {
    const applicant = await h.registerAccount();
    await expectEventually(() => h.known(applicant.id));
    await h.smtp.stop();
    const { event } = await h.submitDossier(applicant.id);
    const failing = await expectEventually(async () => {
      const [row] = await h.deliveries(event.id);
      expect(row.attempts).toBeGreaterThanOrEqual(2);
      expect(row.status).toBe('pending');
      return row;
    });
    expect(failing.last_error).toMatch(/ECONNREFUSED/);
    expect(await mailsTo(applicant.email)).toEqual([]);

    await h.smtp.start();
    await expectEventually(async () => expect(await mailsTo(applicant.email)).toHaveLength(1));
    const [row] = await expectEventually(async () => {
      const rows = await h.deliveries(event.id);
      expect(rows[0].status).toBe('sent');
      return rows;
    });
    expect(row.attempts).toBeGreaterThanOrEqual(3);
    await expectEventually(() =>
      expect(h.receiptsFor(event.id).find((r) => r.payload.channel === 'email')).toMatchObject({
        type: 'NotificationSent',
        payload: { attempts: row.attempts },
      }),
    );
  });

  it('tells every officer holding the role in the task’s unit, and only them', async () => {
    const unitCode = `X-THU-${Date.now().toString(36).toUpperCase()}`;
    const officerA = await h.registerAccount({ fullName: 'Trần Thị Bình', roles: ['LOCAL_OFFICER'], unitCode });
    const officerB = await h.registerAccount({ fullName: 'Lý Văn Cường', roles: ['LOCAL_OFFICER'], unitCode });
    const leader = await h.registerAccount({ fullName: 'Hoàng Thị Hạnh', roles: ['LOCAL_LEADER'], unitCode });
    for (const p of [officerA, officerB, leader]) await expectEventually(() => h.known(p.id));
    const applicant = await h.registerAccount();
    await expectEventually(() => h.known(applicant.id));
    const { payload: dossier } = await h.submitDossier(applicant.id);
    const task = taskCreated(
      dossier.applicationId,
      dossier.dossierCode,
      { unitCode, role: 'LOCAL_OFFICER', assigneeId: null },
      '2026-12-02T10:00:00.000Z',
    );
    await h.publish(Topics.appraisalsEvents, 'TaskCreated', dossier.applicationId, task, 'appraisals');
    for (const officer of [officerA, officerB]) {
      await expectEventually(async () => {
        const [mail] = await mailsTo(officer.email);
        expect(mail.subject).toBe(
          `Việc mới: hồ sơ ${dossier.dossierCode}, bước "Tiếp nhận và kiểm tra hồ sơ", hạn 02/12/2026`,
        );
        expect(mail.text).toContain('Hạn xử lý: 17:00 ngày 02/12/2026');
      });
    }

    // The deadline passes: the applicant gets the apology with a new date (Form 04), the unit's leader the escalation.
    await h.publish(
      Topics.appraisalsEvents,
      'SlaBreached',
      dossier.applicationId,
      {
        applicationId: dossier.applicationId,
        dossierCode: dossier.dossierCode,
        stage: 'RECEPTION',
        dueAt: '2026-12-02T10:00:00.000Z',
        escalatedTo: { unitCode, role: 'LOCAL_LEADER', assigneeId: null },
        newExpectedDate: '2027-01-08',
        breachedAt: '2026-12-02T10:00:01.000Z',
      },
      'appraisals',
    );
    await expectEventually(async () => {
      const apology = (await mailsTo(applicant.email)).find((m) => m.subject.startsWith('Xin lỗi'));
      expect(apology?.subject).toBe(`Xin lỗi: hồ sơ ${dossier.dossierCode} trễ hẹn, ngày hẹn mới 08/01/2027`);
      expect(apology?.text).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ (Mẫu 04)');
    });
    await expectEventually(async () => {
      const [escalation] = await mailsTo(leader.email);
      expect(escalation.subject).toBe(
        `Quá hạn: hồ sơ ${dossier.dossierCode} ở bước "Tiếp nhận và kiểm tra hồ sơ" đã trễ hạn`,
      );
    });
    expect(await mailsTo(leader.email)).toHaveLength(1); // the leader was not told about the task itself
  });

  it('sends again a row a dead process left "sending" once its lease is over, under the same Message-ID, and leaves a live claim alone', async () => {
    const applicant = await h.registerAccount();
    await expectEventually(() => h.known(applicant.id));
    const content = {
      subject: 'Thông báo thử (gửi lại sau sự cố)',
      text: 'Nội dung',
      html: '<p>Nội dung</p>',
      short: 'Nội dung',
    };
    const insert = (claimedAgo: string) =>
      h.db.query(
        `INSERT INTO notifications.deliveries (id, event_id, event_type, recipient_id, channel, template_key, content,
           remaining_channels, status, attempts, claimed_at)
         VALUES (gen_random_uuid(), gen_random_uuid(), 'ApplicationSubmitted', $1, 'email', 'receipt', $2, '{}', 'sending', 1,
           now() - $3::interval) RETURNING id`,
        [applicant.id, JSON.stringify(content), claimedAgo],
      ) as Promise<{ id: string }[]>;
    const [[stale], [live]] = [await insert('1 hour'), await insert('1 second')];

    const [mail] = await expectEventually(async () => {
      const found = await mailsTo(applicant.email);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(mail.messageId).toBe(`${stale.id}@notifications.khuyencong.local`);
    const rows: { id: string; status: string; attempts: number }[] = await h.db.query(
      `SELECT id, status, attempts FROM notifications.deliveries WHERE id = ANY ($1)`,
      [[stale.id, live.id]],
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { id: stale.id, status: 'sent', attempts: 2 },
        { id: live.id, status: 'sending', attempts: 1 },
      ]),
    );
    await h.db.query(`DELETE FROM notifications.deliveries WHERE id = $1`, [live.id]);
  });
});
