import { randomUUID } from 'node:crypto';
import { Topics } from '@kc/contracts';
import { expectEventually } from '@kc/testing';
import { mailsTo } from './maildev';
import { startNotifications, type NotificationsHarness } from './notifications-harness';
import { refused, submitted } from './event-payloads';

const at = '2026-11-30T03:00:00.000Z';

describe('notifications: the applicant hears of the steps that matter, and nothing waits in the DLQ', () => {
  let h: NotificationsHarness;
  beforeAll(async () => {
    h = await startNotifications();
  });
  afterAll(async () => h?.close());

  it('tells the applicant of a step, a disbursement, completion and withdrawal, and not of steps with notices of their own', async () => {
    const applicant = await h.registerAccount({ fullName: 'Trần Thị Bình' });
    await expectEventually(() => h.known(applicant.id));
    const { payload } = await h.submitDossier(applicant.id);
    const { applicationId, dossierCode } = payload;
    const stage = (from: string | null, to: string, note: string | null = null) =>
      h.publish(
        Topics.appraisalsEvents,
        'StageChanged',
        applicationId,
        {
          applicationId,
          dossierCode,
          from,
          to,
          unitCode: 'DN-SCT',
          dueAt: null,
          note,
          changedAt: at,
        },
        'appraisals',
      );
    await stage('RECEPTION', 'LOCAL_REVIEW', 'Hồ sơ đầy đủ');
    await stage('LEADER_APPROVAL', 'IMPLEMENTATION'); // the approval notice says this one
    await stage('IMPLEMENTATION', 'ACCEPTANCE');
    await h.publish(
      Topics.appraisalsEvents,
      'DisbursementRecorded',
      applicationId,
      {
        applicationId,
        dossierCode,
        amountVnd: 150_000_000,
        decidedAt: at,
      },
      'appraisals',
    );
    await h.publish(
      Topics.appraisalsEvents,
      'ApplicationCompleted',
      applicationId,
      {
        applicationId,
        dossierCode,
        decidedAt: at,
      },
      'appraisals',
    );
    await h.publish(
      Topics.applicationsEvents,
      'ApplicationWithdrawn',
      applicationId,
      {
        applicationId,
        dossierCode,
        reason: 'Cơ sở chuyển địa điểm',
        withdrawnAt: at,
      },
      'applications',
    );

    const subjects = await expectEventually(async () => {
      const found = (await mailsTo(applicant.email)).map((m) => m.subject);
      expect(found).toHaveLength(6);
      return found;
    });
    expect(subjects.sort()).toEqual(
      [
        `Biên nhận hồ sơ ${dossierCode}: đã tiếp nhận, hẹn trả kết quả ngày 28/12/2026`,
        `Hồ sơ ${dossierCode} chuyển sang bước "Xác minh tại địa phương"`,
        `Hồ sơ ${dossierCode} chuyển sang bước "Nghiệm thu"`,
        `Hồ sơ ${dossierCode}: đã giải ngân 150.000.000 đồng`,
        `Hồ sơ ${dossierCode} đã hoàn thành`,
        `Đã rút hồ sơ ${dossierCode}`,
      ].sort(),
    );
    const local = (await mailsTo(applicant.email)).find((m) => m.subject.includes('Xác minh'))!;
    expect(local.text).toContain('Ghi chú của cán bộ: Hồ sơ đầy đủ');
    expect(local.text).toContain('Thời hạn xử lý bước này: không có hạn');
  });

  it('keeps a decision that overtook its dossier until the submission arrives, then tells the applicant once', async () => {
    const applicant = await h.registerAccount();
    await expectEventually(() => h.known(applicant.id));
    const payload = submitted(applicant.id);
    const decision = await h.publish(
      Topics.appraisalsEvents,
      'ApplicationRefused',
      payload.applicationId,
      refused(payload.applicationId, payload.dossierCode),
      'appraisals',
    );
    const waiting = () =>
      h.db.query(`SELECT waits_for FROM notifications.waiting_events WHERE event_id = $1`, [decision.id]);
    await expectEventually(async () =>
      expect(await waiting()).toEqual([{ waits_for: `applicant:${payload.applicationId}` }]),
    );
    expect(await mailsTo(applicant.email)).toEqual([]);

    await h.publish(Topics.applicationsEvents, 'ApplicationSubmitted', payload.applicationId, payload, 'applications');
    const subjects = await expectEventually(async () => {
      const found = (await mailsTo(applicant.email)).map((m) => m.subject);
      expect(found).toHaveLength(2);
      return found;
    });
    expect(subjects).toContain(`Hồ sơ ${payload.dossierCode} không được tiếp nhận`);
    expect(await waiting()).toEqual([]);
    await decision.resend(); // redelivered after it was released: still one notice
    await h.publish(
      Topics.appraisalsEvents,
      'ApplicationCompleted',
      payload.applicationId,
      {
        applicationId: payload.applicationId,
        dossierCode: payload.dossierCode,
        decidedAt: at,
      },
      'appraisals',
    );
    await expectEventually(async () => expect(await mailsTo(applicant.email)).toHaveLength(3));
    expect((await mailsTo(applicant.email)).filter((m) => m.subject.includes('không được tiếp nhận'))).toHaveLength(1);
  });

  it('keeps an OCOP notice for a holder whose account is not announced yet, and delivers it once it is', async () => {
    const holderId = randomUUID();
    const productId = randomUUID();
    const { ocopCertificateIssued } = await import('./event-payloads');
    await h.publish(
      Topics.ocopEvents,
      'OcopCertificateIssued',
      productId,
      ocopCertificateIssued(productId, holderId),
      'ocop',
    );
    await expectEventually(async () =>
      expect(
        await h.db.query(`SELECT waits_for FROM notifications.waiting_events WHERE waits_for = $1`, [
          `account:${holderId}`,
        ]),
      ).toHaveLength(1),
    );
    const email = `chu.the.${holderId.slice(0, 8)}@khuyencong.test`;
    await h.publish(
      Topics.identityEvents,
      'AccountRegistered',
      holderId,
      {
        accountId: holderId,
        email,
        fullName: 'Lê Văn Cường',
        roles: ['APPLICANT'],
        unitCode: null,
        phone: null,
        language: 'vi',
        registeredAt: new Date().toISOString(),
      },
      'gateway',
    );
    const [mail] = await expectEventually(async () => {
      const found = await mailsTo(email);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(mail.text).toContain('Kính gửi Lê Văn Cường,');
    expect(mail.subject).toContain('OCOP-DN-2026-000042');
  });

  it('tells a commune’s officers of their new-rural task and the Department’s conclusion, and its leader of the outcome', async () => {
    const officer = await h.registerAccount({ roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' });
    const leader = await h.registerAccount({ roles: ['LOCAL_LEADER'], unitCode: 'X-XUAN-LOC' });
    await expectEventually(async () => {
      await h.known(officer.id);
      await h.known(leader.id);
    });
    const appraisalId = randomUUID();
    const base = { appraisalId, communeCode: 'X-XUAN-LOC', level: 'ADVANCED', targetYear: 2026, round: 1 };
    await h.publish(
      Topics.appraisalsEvents,
      'RuralCriteriaStageChanged',
      appraisalId,
      {
        ...base,
        from: null,
        to: 'SELF_ASSESSMENT',
        unitCode: 'X-XUAN-LOC',
        role: 'LOCAL_OFFICER',
        dueAt: null,
        note: null,
        changedAt: at,
      },
      'appraisals',
    );
    await h.publish(
      Topics.appraisalsEvents,
      'RuralCriteriaConcluded',
      appraisalId,
      {
        ...base,
        outcome: 'DAT',
        conclusionNumber: '15/KL-SCT',
        indicators: [{ code: '4.1', verdict: 'DAT', overridden: false }],
        concludedAt: at,
      },
      'appraisals',
    );
    const officerMail = await expectEventually(async () => {
      const found = await mailsTo(officer.email);
      expect(found).toHaveLength(2);
      return found;
    });
    const task = officerMail.find((m) => m.subject.startsWith('Việc mới'))!;
    expect(task.subject).toBe('Việc mới: tiêu chí nông thôn mới của Xã Xuân Lộc, bước "xã tự đánh giá", không có hạn');
    expect(task.text).toContain('Đơn vị: Xã Xuân Lộc (xã nông thôn mới nâng cao, năm 2026)');
    const [outcome] = await expectEventually(async () => {
      const found = await mailsTo(leader.email);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(outcome.subject).toBe('Kết luận thẩm định tiêu chí số 4 và số 7 của Xã Xuân Lộc: Đạt');
    expect(outcome.text).toContain('văn bản kết luận số 15/KL-SCT');
  });
});
