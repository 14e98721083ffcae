import { NotificationRules } from '../rules/notification-rules';
import { Languages } from './language';
import { TemplateStore } from './template-store';

const sample = {
  recipientName: 'Nguyễn Văn An',
  applicantName: 'Cơ sở cơ khí An Phát',
  dossierCode: 'KC-2026-000123',
  submittedAt: '2026-11-28T01:30:00.000Z',
  expectedResultDate: '2026-12-28',
  items: [{ documentCode: 'BUSINESS_LICENSE', reasonVi: 'Bản chụp bị mờ', reasonEn: 'The scan is blurred' }],
  dueDate: '2026-12-10',
  reason: 'Không thuộc đối tượng hỗ trợ <b>',
  decidedAt: '2026-11-28T03:00:00.000Z',
  amountVnd: 150_000_000,
  stage: 'RECEPTION',
  addressee: { unitCode: 'X-XUAN-LOC', role: 'LOCAL_OFFICER', assigneeId: null },
  dueAt: '2026-12-01T10:00:00.000Z',
  newExpectedDate: '2027-01-05',
  productLabel: 'Hạt điều rang muối Xuân Lộc',
  stars: 4,
  averageTotal: 7850,
  certificateNumber: 'OCOP-DN-2026-0042',
  expiryDate: '2029-11-28',
  day: '2026-11-28',
  overdue: [{ dossierCode: 'KC-2026-000001', stage: 'LOCAL_REVIEW', dueAt: '2026-11-27T10:00:00.000Z' }],
  due: [],
  overdueCount: 1,
  dueCount: 0,
  link: 'http://127.0.0.1:3000/?code=KC-2026-000123',
  growth: [{ topic: 'kc.ocop.events.v1.notifications.dlq', added: 2, total: 5 }],
  checkedAt: '2026-11-28T02:00:00.000Z',
};

describe('notification templates', () => {
  const store = new TemplateStore();
  const keys = [
    ...new Set([
      ...Object.values(NotificationRules).flatMap((r) => r.map((x) => x.template)),
      'daily-digest',
      'dlq-growth',
    ]),
  ];

  it.each(keys)('%s exists in Vietnamese and English and renders every placeholder', (key) => {
    expect(store.has(key)).toBe(true);
    for (const language of Languages) {
      const message = store.render(key, language, sample);
      for (const part of [message.subject, message.text, message.html, message.short]) {
        expect(part).not.toMatch(/\{\{|\}\}/);
        expect(part.length).toBeGreaterThan(10);
      }
      expect(message.html).not.toContain('<b>');
    }
  });

  it('writes Vietnamese with its diacritics, dates as dd/mm/yyyy and money the Vietnamese way', () => {
    const receipt = store.render('receipt', 'vi', sample);
    expect(receipt.subject).toBe('Biên nhận hồ sơ KC-2026-000123: đã tiếp nhận, hẹn trả kết quả ngày 28/12/2026');
    expect(receipt.text).toContain('Thời điểm nộp: 08:30 ngày 28/11/2026');
    expect(store.render('approval', 'vi', sample).subject).toBe(
      'Hồ sơ KC-2026-000123 được phê duyệt hỗ trợ 150.000.000 đồng',
    );
    expect(store.render('supplement-request', 'vi', sample).text).toContain('- BUSINESS_LICENSE: Bản chụp bị mờ');
  });
});
