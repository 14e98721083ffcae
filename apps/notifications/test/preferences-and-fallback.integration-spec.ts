import { randomUUID } from 'node:crypto';
import { Topics, dlqTopic } from '@kc/contracts';
import { collectFrom, expectEventually, testTopic } from '@kc/testing';
import { DlqWatch } from '../src/dlq-watch/dlq-watch';
import { mailsTo } from './maildev';
import { startNotifications, type NotificationsHarness } from './notifications-harness';
import { ocopCertificateIssued, ocopLevelResult } from './event-payloads';

describe('notifications: preferences, channel fallback, OCOP events and malformed events', () => {
  let h: NotificationsHarness;
  beforeAll(async () => {
    h = await startNotifications();
  });
  afterAll(async () => h?.close());

  const asUser = async (id: string) => (await h.issuer.token({ id })).authorization;

  it('refuses bad preferences field by field, in Vietnamese and English, and saves nothing', async () => {
    const auth = await asUser(randomUUID());
    const bad = await h.call('PUT', '/preferences/me', auth, { channels: ['sms', 'sms', 'fax'], language: 'fr' });
    expect(bad.status).toBe(400);
    const fields = bad.body.fields as { field: string; messageVi: string; messageEn: string }[];
    expect(fields.map((f) => f.field)).toEqual(expect.arrayContaining(['channels.2', 'language']));
    expect(fields.find((f) => f.field === 'language')).toMatchObject({
      messageVi: 'Ngôn ngữ phải là vi hoặc en.',
      messageEn: 'The language must be vi or en.',
    });
    const noPhone = await h.call('PUT', '/preferences/me', auth, { channels: ['zalo'], language: 'vi' });
    expect(noPhone.status).toBe(400);
    expect(noPhone.body.fields).toEqual([
      {
        field: 'phone',
        messageVi: 'Cần số điện thoại để nhận qua SMS hoặc Zalo.',
        messageEn: 'SMS and Zalo need a phone number.',
      },
    ]);
    const mine = await h.call('GET', '/preferences/me', auth);
    expect(mine.body).toMatchObject({ channels: ['email'], language: 'vi', isDefault: true });
    expect((await h.call('GET', '/preferences/me')).status).toBe(401);
  });

  it('tries Zalo first, retries it, falls back to SMS when Zalo gives up, and never e-mails', async () => {
    h.providers.fail('/zns/message/template');
    const applicant = await h.registerAccount({ fullName: 'Phạm Thị Duyên' });
    await expectEventually(() => h.known(applicant.id));
    const saved = await h.call('PUT', '/preferences/me', await asUser(applicant.id), {
      channels: ['zalo', 'sms', 'email'],
      language: 'vi',
      phone: '+84912345678',
    });
    expect(saved.status).toBe(200);

    const { payload, event } = await h.submitDossier(applicant.id);
    const sms = await expectEventually(() => {
      const found = h.providers.requests.find((r) => r.path === '/sms/send' && r.body.to === '+84912345678');
      expect(found).toBeDefined();
      return found!;
    }, 30_000);
    expect(sms.headers.authorization).toBe('Bearer sms-test-token');
    expect(sms.body.text).toBe(`Khuyến công: đã tiếp nhận hồ sơ ${payload.dossierCode}, hẹn trả kết quả 28/12/2026.`);

    const zalo = h.providers.requests.filter(
      (r) => r.path === '/zns/message/template' && r.body.phone === '84912345678',
    );
    expect(zalo).toHaveLength(6); // DELIVERY_MAX_ATTEMPTS in the harness
    expect(new Set(zalo.map((r) => r.body.tracking_id)).size).toBe(1); // every retry is the same message
    expect(zalo[0].headers.access_token).toBe('zalo-test-token');

    // The SMS receiver has the request; the outcome is recorded just after the provider answers.
    await expectEventually(async () =>
      expect(await h.deliveries(event.id)).toEqual([
        expect.objectContaining({ channel: 'zalo', status: 'failed', attempts: 6 }),
        expect.objectContaining({ channel: 'sms', status: 'sent', attempts: 1 }),
      ]),
    );
    await expectEventually(() => {
      const receipts = h.receiptsFor(event.id).map((r) => ({ type: r.type, ...r.payload }));
      expect(receipts).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ type: 'NotificationFailed', channel: 'zalo', fallbackTo: 'sms', attempts: 6 }),
          expect.objectContaining({ type: 'NotificationSent', channel: 'sms' }),
        ]),
      );
    });
    expect(await mailsTo(applicant.email)).toEqual([]);
  });

  it('writes in the language the person chose', async () => {
    const applicant = await h.registerAccount({ fullName: 'John Nguyen' });
    await expectEventually(() => h.known(applicant.id));
    await h.call('PUT', '/preferences/me', await asUser(applicant.id), { channels: ['email'], language: 'en' });
    const { payload } = await h.submitDossier(applicant.id);
    await expectEventually(async () => {
      const [mail] = await mailsTo(applicant.email);
      expect(mail.subject).toBe(`Receipt for dossier ${payload.dossierCode}: received, result expected on 28/12/2026`);
      expect(mail.text).toContain('Dear John Nguyen,');
    });
  });

  it('without saved preferences, writes in the account’s language and offers the account’s phone (identity events)', async () => {
    const applicant = await h.registerAccount({ fullName: 'Mary Tran', language: 'en', phone: '+84987654321' });
    await expectEventually(() => h.known(applicant.id));
    const mine = await h.call('GET', '/preferences/me', await asUser(applicant.id));
    expect(mine.body).toMatchObject({ channels: ['email'], language: 'en', phone: '+84987654321', isDefault: true });
    const { payload } = await h.submitDossier(applicant.id);
    await expectEventually(async () => {
      const [mail] = await mailsTo(applicant.email);
      expect(mail.subject).toBe(`Receipt for dossier ${payload.dossierCode}: received, result expected on 28/12/2026`);
      expect(mail.text).toContain('Dear Mary Tran,');
    });
  });

  it('tells an OCOP certificate holder, from the event as the ocop service publishes it', async () => {
    const owner = await h.registerAccount({ fullName: 'Hợp tác xã Hạt điều Xuân Lộc' });
    await expectEventually(() => h.known(owner.id));
    const productId = randomUUID();
    const payload = ocopCertificateIssued(productId, owner.id);
    // A field the producer adds later changes nothing here.
    await h.publish(Topics.ocopEvents, 'OcopCertificateIssued', productId, { ...payload, somethingNew: 1 }, 'ocop');
    await expectEventually(async () => {
      const [mail] = await mailsTo(owner.email);
      expect(mail.subject).toBe('Đã cấp giấy chứng nhận OCOP số OCOP-DN-2026-000042 (4 sao)');
      expect(mail.text).toContain('Sản phẩm Hạt điều rang muối được công nhận 4 sao OCOP.');
      expect(mail.text).toContain('Có hiệu lực đến: 28/11/2029 (36 tháng).');
    });
  });

  it('consumes an OCOP event whose holder registered on paper (holderId null): nobody to tell, no retry, no DLQ', async () => {
    const dlq = await collectFrom(h.kafka, [dlqTopic(Topics.ocopEvents, h.group)], `${h.group}-paper-dlq-tap`);
    try {
      const productId = randomUUID();
      const paper = await h.publish(
        Topics.ocopEvents,
        'OcopCertificateIssued',
        productId,
        ocopCertificateIssued(productId, null),
        'ocop',
      );
      // The inbox row is written in the transaction of a handler that succeeded, never for one that failed.
      await expectEventually(async () => {
        const consumed = await h.db.query(
          `SELECT 1 FROM notifications.inbox WHERE consumer_group = $1 AND event_id = $2`,
          [h.group, paper.id],
        );
        expect(consumed).toHaveLength(1);
      });
      expect(await h.db.query(`SELECT 1 FROM notifications.inbox_items WHERE event_id = $1`, [paper.id])).toEqual([]);
      expect(await h.deliveries(paper.id)).toEqual([]);
      expect(h.receiptsFor(paper.id)).toEqual([]);
      expect(dlq.received.map((r) => (JSON.parse(r.message.value!.toString()) as { id: string }).id)).not.toContain(
        paper.id,
      );
    } finally {
      await dlq.stop();
    }
  });

  it('parks malformed events in the DLQ with the reason, keeps notifying, and tells operators the DLQ grew', async () => {
    const dlqTopics = [
      dlqTopic(testTopic(Topics.ocopEvents), h.group),
      dlqTopic(testTopic(Topics.applicationsEvents), h.group),
    ];
    const watch = h.app.get(DlqWatch);
    const operator = await h.registerAccount({ fullName: 'Võ Thanh Khoa', roles: ['OPERATOR'], unitCode: 'DN-TTKC' });
    await expectEventually(() => h.known(operator.id));
    await watch.check(dlqTopics); // the baseline
    const dlq = await collectFrom(
      h.kafka,
      [dlqTopic(Topics.ocopEvents, h.group), dlqTopic(Topics.applicationsEvents, h.group)],
      `${h.group}-dlq-tap`,
    );
    try {
      const owner = await h.registerAccount();
      await expectEventually(() => h.known(owner.id));
      const productId = randomUUID();
      // Not what the OCOP contract says (no product name, no holder...): the consumer parks it at once.
      const notContract = await h.publish(
        Topics.ocopEvents,
        'OcopLevelResult',
        productId,
        { productId, ownerId: owner.id, stars: 3 },
        'ocop',
      );
      const broken = await h.publish(
        Topics.applicationsEvents,
        'ApplicationSubmitted',
        productId,
        { dossierCode: 'nope' },
        'applications',
      );
      await h.publish(Topics.ocopEvents, 'OcopLevelResult', productId, ocopLevelResult(productId, owner.id), 'ocop');

      await expectEventually(async () => {
        const [mail] = await mailsTo(owner.email);
        expect(mail.subject).toBe(
          'Kết quả đánh giá OCOP: sản phẩm Hạt điều rang muối đạt 3 sao, được công nhận ở cấp tỉnh',
        );
        expect(mail.text).toContain('Điểm bình quân: 62,00');
      });
      const parked = await expectEventually(() => {
        const ids = dlq.received.map((r) => ({
          id: (JSON.parse(r.message.value!.toString()) as { id: string }).id,
          reason: r.message.headers?.['kc-error-reason']?.toString(),
        }));
        expect(ids.map((i) => i.id)).toEqual(expect.arrayContaining([notContract.id, broken.id]));
        return ids;
      });
      expect(parked.find((p) => p.id === notContract.id)?.reason).toMatch(/invalid OcopLevelResult v1 payload/);
      expect(parked.find((p) => p.id === broken.id)?.reason).toMatch(/invalid ApplicationSubmitted v1 payload/);

      // Other tests share these topics, so more may have arrived: at least ours did.
      const growth = await watch.check(dlqTopics);
      expect(growth.map((g) => g.topic).sort()).toEqual([...dlqTopics].sort());
      expect(growth.every((g) => g.added >= 1)).toBe(true);
      const [alert] = await expectEventually(async () => {
        const mails = await mailsTo(operator.email);
        expect(mails).toHaveLength(1);
        return mails;
      });
      expect(alert.subject).toBe('Hàng đợi lỗi (DLQ) tăng: cần kiểm tra và xử lý lại');
      expect(alert.text).toMatch(new RegExp(`- ${dlqTopics[0].replace(/\./g, '\\.')}: thêm \\d+, tổng \\d+`));
    } finally {
      await dlq.stop();
      // The test database is shared by later runs: this operator must not collect their alerts.
      await h.db.query(`DELETE FROM notifications.recipients WHERE account_id = $1`, [operator.id]);
    }
  });
});
