import { EventFieldSchemas } from '../rules/event-fields';
import { NotificationRules } from '../rules/notification-rules';
import { TemplateStore } from './template-store';

const store = new TemplateStore();
const dossier = { applicationId: '5b0e7c1e-8d1f-4d6e-9d7c-0c4a9f3e2a11', dossierCode: 'KC-2026-000042' };

describe('the applicant is told of the budget wait-list and of a deadline extension', () => {
  it('tells the applicant both events', () => {
    expect(NotificationRules.BudgetWaitlisted).toEqual([
      { recipients: { kind: 'applicant' }, template: 'budget-waitlisted' },
    ]);
    expect(NotificationRules.DeadlineExtended).toEqual([
      { recipients: { kind: 'applicant' }, template: 'deadline-extended' },
    ]);
  });

  it('names the amount, the year and the place in line of a wait-listed approval', () => {
    const fields = EventFieldSchemas.BudgetWaitlisted!.parse({
      ...dossier,
      programCode: 'MACHINERY',
      year: 2026,
      amountVnd: 180_000_000,
      position: 2,
      waitlistedAt: '2026-11-28T03:00:00.000Z',
    });
    const vi = store.render('budget-waitlisted', 'vi', { recipientName: 'Nguyễn Văn An', ...fields });
    expect(vi.subject).toBe('Hồ sơ KC-2026-000042 đang chờ bố trí kinh phí năm 2026');
    expect(vi.text).toContain('thứ tự 2');
    expect(vi.text).toMatch(/180[.,]000[.,]000/);
    expect(store.render('budget-waitlisted', 'en', { recipientName: 'An', ...fields }).text).toContain('in place 2');
  });

  it('words an extension of a stage that had no deadline instead of leaving a blank', () => {
    const fields = EventFieldSchemas.DeadlineExtended!.parse({
      ...dossier,
      stage: 'DEPARTMENT_APPRAISAL',
      workingDays: 3,
      reason: 'Chờ ý kiến liên ngành',
      previousDueAt: null,
      dueAt: null,
      extendedAt: '2026-11-28T03:00:00.000Z',
    });
    const vi = store.render('deadline-extended', 'vi', { recipientName: 'Nguyễn Văn An', ...fields });
    expect(vi.subject).toBe('Hồ sơ KC-2026-000042: gia hạn bước "Sở Công Thương thẩm định" thêm 3 ngày làm việc');
    expect(vi.text).toContain('Lý do: Chờ ý kiến liên ngành');
    expect(vi.text).toContain('Thời hạn mới: không có hạn');
  });
});
