import { Topics } from '@kc/contracts';
import { expectEventually } from '@kc/testing';
import { mailsTo } from './maildev';
import { startNotifications, type NotificationsHarness } from './notifications-harness';

const at = '2026-11-30T03:00:00.000Z';

describe('notifications: the applicant hears that the approval waits for budget, and of a deadline extension', () => {
  let h: NotificationsHarness;
  beforeAll(async () => {
    h = await startNotifications();
  });
  afterAll(async () => h?.close());

  it('mails the applicant a BudgetWaitlisted and a DeadlineExtended notice', async () => {
    const applicant = await h.registerAccount({ fullName: 'Lê Văn Cường' });
    await expectEventually(() => h.known(applicant.id));
    const { payload } = await h.submitDossier(applicant.id);
    const { applicationId, dossierCode } = payload;
    const appraisals = (type: string, fields: object) =>
      h.publish(Topics.appraisalsEvents, type, applicationId, { applicationId, dossierCode, ...fields }, 'appraisals');
    await appraisals('DeadlineExtended', {
      stage: 'DEPARTMENT_APPRAISAL',
      workingDays: 3,
      reason: 'Chờ ý kiến liên ngành',
      previousDueAt: '2026-12-01T16:59:59.999Z',
      dueAt: '2026-12-04T16:59:59.999Z',
      extendedAt: at,
    });
    await appraisals('BudgetWaitlisted', {
      programCode: 'MACHINERY',
      year: 2026,
      amountVnd: 180_000_000,
      position: 3,
      waitlistedAt: at,
    });
    const subjects = await expectEventually(async () => {
      const found = (await mailsTo(applicant.email)).map((m) => m.subject);
      expect(found).toHaveLength(3); // the receipt, then the two notices
      return found;
    }, 30_000);
    expect(subjects).toEqual(
      expect.arrayContaining([
        `Hồ sơ ${dossierCode}: gia hạn bước "Sở Công Thương thẩm định" thêm 3 ngày làm việc`,
        `Hồ sơ ${dossierCode} đang chờ bố trí kinh phí năm 2026`,
      ]),
    );
  });
});
