// The web app end to end in headless Chromium against the real services (see web-stack.ts): an applicant
// files a dossier that officers, the council and the leader take to COMPLETED through their screens alone,
// with notices arriving live; and an OCOP product scored by three council members in the browser, whose
// certificate then appears publicly; and an operator who finds that dossier on the dashboard, redrives a
// parked message and extends a deadline in a batch, through the operator pages. Run with `npx jest --selectProjects e2e --runInBand` after
// `npm run build:web`.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { dlqTopic, MessageHeaders, Topics, WorkflowIds } from '@kc/contracts';
import { vietnamDate } from '@kc/domain';
import { envelopeMessage, expectEventually, testTopic } from '@kc/testing';
import { startBrowser } from './browser';
import { startWebStack, type WebStack } from './web-stack';

const BAD_TYPE_VI = 'Định dạng tệp không được chấp nhận';

/** A tiny but well-formed PDF (the service sniffs the content, not the name). */
const pdf = (label: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${label}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );

describe('the web app in a browser (gateway, applications, appraisals, notifications, ocop; Chromium)', () => {
  let stack: WebStack;
  let b: Awaited<ReturnType<typeof startBrowser>>;
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-web-files-'));
  const a11y: string[] = [];
  const applicantEmail = `ung.vien.${randomBytes(4).toString('hex')}@khuyencong.test`;
  const applicantPassword = 'MatKhau@2026!';
  let applicant: Page;
  /** The dossier the first test takes to COMPLETED (the operator looks it up in the third). */
  let completedCode = '';
  /** Its workflow's id: dossier codes repeat across test databases that share one Temporal namespace. */
  let completedWorkflowId = '';

  // Five services, two Temporal workers and a browser: more than the tier's default minute on a busy machine.
  beforeAll(async () => {
    stack = await startWebStack();
    b = await startBrowser();
  }, 180_000);
  // Closing five services (two with Temporal workers, each with Kafka consumers) can outlast Jest's default
  // 60 s hook timeout on a busy machine; a service left running after the environment is torn down crashes
  // its consumer, whose fatal handler then SIGTERMs this very process (seen once in a fresh-clone CI run).
  afterAll(async () => {
    if (b) console.log(`e2e steps: ${b.timings.join(', ')}`);
    await b?.close();
    await stack?.close();
    fs.rmSync(files, { recursive: true, force: true });
  }, 300_000);

  const checkA11y = async (page: Page) => a11y.push(...(await b.axe(page)));
  const file = (name: string, content: Buffer | string) => {
    const p = path.join(files, name);
    fs.writeFileSync(p, content);
    return p;
  };

  /** Opens the officer's task of a dossier at a stage: search by code until the workflow has made it. */
  const openTask = async (page: Page, code: string, stageLabel: string) => {
    await page.goto('/can-bo');
    await page.getByLabel('Mã hồ sơ').fill(code);
    const link = page.getByRole('link', { name: `${code} · ${stageLabel}` });
    for (let i = 0; i < 40 && !(await link.isVisible()); i++) {
      await page.getByRole('button', { name: 'Tìm', exact: true }).click();
      await link.waitFor({ timeout: 1500 }).catch(() => undefined);
    }
    if (!(await link.isVisible()))
      throw new Error(
        `no task "${code} · ${stageLabel}" in the list, which shows:\n${await page.locator('main').innerText()}`,
      );
    await link.click();
    await page.getByRole('heading', { level: 1, name: new RegExp(code) }).waitFor();
    await page.locator('#actions').waitFor();
  };
  /** Whether the element shows within two seconds (the page's data may still be loading). */
  const visibleSoon = (locator: Locator) =>
    locator.waitFor({ timeout: 2000 }).then(
      () => true,
      () => false,
    );
  const done = (page: Page) => page.getByText(/^Đã thực hiện:/).waitFor();
  /** Picks the run's council members in a directory picker: find each by name, tick them. */
  const pickMembers = async (form: ReturnType<Page['locator']>, members: { name: string }[]) => {
    const picker = form.getByTestId('directory-picker');
    for (const m of members) {
      await picker.getByLabel('Tìm theo tên').fill(m.name);
      await picker.getByRole('checkbox', { name: new RegExp(m.name) }).check();
    }
    await picker.getByLabel('Tìm theo tên').fill('');
  };

  it('takes a dossier from the applicant through every officer screen to COMPLETED, with live notices', async () => {
    applicant = await b.person(stack.base);
    let dossierId = '';
    let code = '';
    let secret = '';

    await b.step(applicant, 'home', async () => {
      await applicant.goto('/');
      await applicant.getByRole('heading', { name: 'Các chương trình hỗ trợ' }).waitFor();
      await applicant.locator('.program-card').nth(3).waitFor();
      expect(await applicant.locator('.program-card').count()).toBe(4);
      await applicant.getByLabel('Chương trình', { exact: true }).selectOption('MACHINERY');
      await applicant.getByLabel(/Chi phí hợp lệ dự kiến/).fill('1.200.000.000');
      await applicant.getByRole('button', { name: 'Tính mức hỗ trợ' }).click();
      await applicant.locator('.estimate-amount').waitFor();
      expect(await applicant.locator('.estimate-amount').innerText()).toMatch(/₫/);
      await b.capture(applicant, '01-home');
      await checkA11y(applicant);
      // English on request: the same page from the English catalogue, and back.
      await applicant.getByRole('button', { name: 'English' }).click();
      await applicant.getByRole('heading', { name: 'Support programmes' }).waitFor();
      await applicant.getByRole('button', { name: 'Tiếng Việt' }).click();
    });

    await b.step(applicant, 'register-login', async () => {
      await applicant.goto('/dang-ky');
      await applicant.getByLabel(/Họ và tên người đại diện/).fill('Trần Thị Bình');
      await applicant.getByLabel('Email').fill(applicantEmail);
      await applicant.getByLabel(/^Mật khẩu/).fill(applicantPassword);
      await applicant.getByLabel(/Nhập lại mật khẩu/).fill(applicantPassword);
      await checkA11y(applicant);
      await applicant.locator('form button[type=submit]').click();
      await applicant.waitForURL(/\/dang-nhap$/);
      await b.signIn(applicant, applicantEmail, applicantPassword);
      await applicant.waitForURL(/\/ho-so$/);
      await applicant.getByText('Bạn chưa có hồ sơ nào').waitFor();
    });

    await b.step(applicant, 'new-dossier', async () => {
      await applicant.getByRole('link', { name: 'Tạo hồ sơ mới' }).click();
      await applicant.locator('label.radio-card', { hasText: 'máy móc thiết bị tiên tiến' }).click();
      await applicant.getByLabel(/Tên đề án/).fill('Ứng dụng máy CNC trong gia công cơ khí chính xác');
      await b.capture(applicant, '02-new-dossier');
      await checkA11y(applicant);
      await applicant.getByRole('button', { name: 'Tiếp tục' }).click();
      await applicant.getByLabel(/^Tên cơ sở/).fill('Cơ sở cơ khí Bình Minh');
      await applicant.getByLabel(/^Loại hình/).selectOption('HOUSEHOLD_BUSINESS');
      await applicant.getByLabel(/Mã số thuế/).fill('3602345678');
      await applicant.getByLabel(/Địa chỉ cơ sở/).fill('Ấp 3, xã Xuân Lộc, tỉnh Đồng Nai');
      await applicant.getByLabel(/Số điện thoại/).fill('0912345678');
      await applicant.getByRole('button', { name: 'Tiếp tục' }).click();
      await applicant.getByLabel(/Nơi nộp hồ sơ/).selectOption('X-XUAN-LOC');
      await applicant.getByLabel(/Chi phí hợp lệ dự kiến/).fill('1.200.000.000');
      await applicant.getByRole('button', { name: 'Tiếp tục' }).click();
      await applicant.getByRole('heading', { name: 'Xem lại' }).waitFor();
      await applicant.getByRole('button', { name: 'Lưu hồ sơ nháp' }).click();
      await applicant.waitForURL(/\/ho-so\/[0-9a-f-]{36}$/);
      dossierId = /\/ho-so\/([0-9a-f-]{36})$/.exec(applicant.url())![1]!;
      await applicant.locator('#documents li.doc-row').nth(3).waitFor();
    });

    await b.step(applicant, 'documents-submit', async () => {
      const rows = applicant.locator('#documents li.doc-row');
      await rows.nth(0).locator('input[type=file]').setInputFiles(file('ghi-chu.pdf', 'Đây không phải tệp PDF.'));
      await rows.nth(0).getByText(BAD_TYPE_VI).waitFor();
      const names = ['don-de-nghi.pdf', 'giay-dang-ky-kinh-doanh.pdf', 'de-an-khuyen-cong.pdf', 'bao-gia-may-moc.pdf'];
      for (const [i, name] of names.entries()) {
        await rows
          .nth(i)
          .locator('input[type=file]')
          .setInputFiles(file(name, pdf(name)));
        await rows.nth(i).locator('.doc-state.ok').waitFor();
      }
      expect(await rows.getByText(BAD_TYPE_VI).count()).toBe(0);
      await b.capture(applicant, '03-dossier-draft');
      await checkA11y(applicant);
      await applicant.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
      await applicant.getByTestId('dossier-code').waitFor();
      code = (await applicant.getByTestId('dossier-code').innerText()).trim();
      secret = (await applicant.getByTestId('lookup-secret').innerText()).trim();
      expect(code).toMatch(/^KC-\d{4}-\d{6}$/);
      completedCode = code;
      completedWorkflowId = `support-request/${dossierId}`;
      const [download] = await Promise.all([
        applicant.waitForEvent('download'),
        applicant.getByRole('button', { name: /Tải giấy tiếp nhận/ }).click(),
      ]);
      const saved = path.join(files, 'giay-tiep-nhan.pdf');
      await download.saveAs(saved);
      expect(fs.readFileSync(saved).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await applicant.getByTestId('deadline-clock').waitFor();
      await b.capture(applicant, '04-dossier-receipt');
    });

    // The applicant keeps the inbox open: notices arrive over SSE without a reload.
    const notices = applicant.getByTestId('inbox-list').locator('li', { hasText: code });
    await b.step(applicant, 'inbox-receipt', async () => {
      await applicant.getByRole('link', { name: /^Thông báo/ }).click();
      await applicant.getByText('Đang nhận thông báo trực tiếp.').waitFor();
      await notices.first().waitFor({ timeout: 30_000 });
    });
    const noticesBefore = await notices.count();

    const commune = await b.person(stack.base);
    await b.step(commune, 'commune-supplement', async () => {
      await b.signIn(commune, stack.people.commune.email);
      await commune.waitForURL(/\/can-bo$/);
      await openTask(commune, code, 'Tiếp nhận và kiểm tra hồ sơ');
      await commune.getByRole('button', { name: 'Nhận xử lý' }).click();
      await commune.getByText('Tôi đang xử lý').waitFor();
      // The document viewer shows the PDF inline.
      await commune.getByRole('button', { name: /^Xem/ }).first().click();
      await commune.locator('.viewer-frame iframe').waitFor();
      await b.capture(commune, '05-officer-task');
      await checkA11y(commune);
      const form = commune.locator('form[aria-labelledby="REQUEST_SUPPLEMENT-title"]');
      await form.getByRole('checkbox').nth(3).check();
      await form.locator('textarea').fill('Báo giá chưa có dấu của nhà cung cấp');
      await form.getByRole('button', { name: 'Gửi yêu cầu bổ sung' }).click();
      await done(commune);
      // While the applicant owes the supplement the workflow refuses to accept: a 409 in the reader's language.
      await commune.getByText('Hồ sơ đang chờ người nộp bổ sung').first().waitFor();
      await commune.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
      await commune.getByRole('alert').getByText('Hồ sơ đang chờ người nộp bổ sung.').waitFor();
      await commune.getByRole('button', { name: 'English' }).click();
      await commune.getByRole('button', { name: 'Accept', exact: true }).click();
      await commune.getByRole('alert').getByText('The dossier is waiting for the applicant’s supplement.').waitFor();
      await commune.getByRole('button', { name: 'Tiếng Việt' }).click();
    });

    await b.step(applicant, 'supplement-live-and-answer', async () => {
      await expectEventually(async () => expect(await notices.count()).toBeGreaterThan(noticesBefore), 30_000);
      await applicant.getByTestId('unread-badge').waitFor();
      await b.capture(applicant, '06-inbox');
      await checkA11y(applicant);
      await applicant.goto(`/ho-so/${dossierId}`);
      const panel = applicant.locator('#supplement');
      await panel.waitFor();
      await applicant.getByText('Đồng hồ tạm dừng').waitFor();
      await b.capture(applicant, '07-supplement');
      await panel.locator('input[type=file]').setInputFiles(file('bao-gia-co-dau.pdf', pdf('bao gia co dau')));
      await panel.locator('.doc-state.ok').waitFor();
      await panel.getByRole('button', { name: 'Gửi bổ sung' }).click();
      await panel.waitFor({ state: 'detached' });
    });

    await b.step(commune, 'commune-accept-recommend', async () => {
      await commune.reload();
      await commune.locator('#actions').waitFor();
      for (let i = 0; i < 20 && (await commune.getByText('Hồ sơ đang chờ người nộp bổ sung').count()) > 0; i++) {
        await commune.waitForTimeout(500);
        await commune.reload();
      }
      await commune.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
      await done(commune);
      await openTask(commune, code, 'Xác minh tại địa phương');
      const form = commune.locator('form[aria-labelledby="RECOMMEND-title"]');
      await form.getByLabel('Đề nghị hỗ trợ', { exact: true }).check();
      await form.getByLabel(/Nhận xét/).fill('Cơ sở hoạt động ổn định, đúng địa bàn nông thôn');
      await form.getByRole('button', { name: 'Gửi ý kiến' }).click();
      await done(commune);
      await b.capture(commune, '08-officer-inbox-after');
    });

    const appraiser = await b.person(stack.base);
    await b.step(appraiser, 'department-proposes', async () => {
      await b.signIn(appraiser, stack.people.appraiser.email);
      await openTask(appraiser, code, 'Sở Công Thương thẩm định');
      const form = appraiser.locator('form[aria-labelledby="PROPOSE_AMOUNT-title"]');
      await form.getByLabel(/Số tiền đề xuất/).fill('300.000.000');
      await form.getByRole('button', { name: 'Gửi đề xuất' }).click();
      await done(appraiser);
    });

    // The appraiser's next task: seat the dossier's council, chosen from the staff directory.
    await b.step(appraiser, 'council-seated', async () => {
      await openTask(appraiser, code, 'Hội đồng xét duyệt');
      const form = appraiser.locator('form[aria-labelledby="SEAT_COUNCIL-title"]');
      await form.getByRole('button', { name: 'Thành lập Hội đồng xét duyệt' }).click();
      await form.getByText('Hãy chọn ít nhất 3 thành viên.').waitFor();
      await pickMembers(form, stack.council);
      await b.capture(appraiser, '08b-seat-council');
      await checkA11y(appraiser);
      await form.getByRole('button', { name: 'Thành lập Hội đồng xét duyệt' }).click();
      await done(appraiser);
    });

    await b.step(applicant, 'council', async () => {
      const [first, second, third] = stack.council;
      const member = async (email: string, conflict: boolean) => {
        const page = await b.person(stack.base);
        await b.signIn(page, email);
        await openTask(page, code, 'Hội đồng xét duyệt');
        // Conflict declaration first: the vote is not offered before it.
        expect(await page.locator('form[aria-labelledby="VOTE-title"]').count()).toBe(0);
        const declare = page.locator('form[aria-labelledby="DECLARE_CONFLICT-title"]');
        await declare.getByLabel(conflict ? /Có xung đột lợi ích/ : 'Không có xung đột lợi ích').check();
        await declare.getByRole('button', { name: 'Gửi khai báo' }).click();
        await done(page);
        // A conflicted member steps out: their task closes and no vote is offered.
        if (conflict) return expect(await page.locator('form[aria-labelledby="VOTE-title"]').count()).toBe(0);
        const vote = page.locator('form[aria-labelledby="VOTE-title"]');
        await vote.getByLabel('Đồng ý hỗ trợ').check();
        if (email === first!.email) await b.capture(page, '09-council-vote');
        await vote.getByRole('button', { name: 'Gửi biểu quyết' }).click();
        await done(page);
      };
      await member(third!.email, true);
      await member(first!.email, false);
      await member(second!.email, false);
    });

    const leader = await b.person(stack.base);
    await b.step(leader, 'leader-approves', async () => {
      // The programme's budget must have room: the leader sets it on the screen, with a reason.
      const api = await stack.asUser(stack.people.leader.email);
      const year = Number(vietnamDate(new Date()).slice(0, 4));
      const budgets = (await api('GET', `/api/appraisals/budgets?year=${year}`)).body.items as {
        programCode: string;
        reservedVnd: number;
      }[];
      const reserved = budgets.find((x) => x.programCode === 'MACHINERY')?.reservedVnd ?? 0;
      await b.signIn(leader, stack.people.leader.email);
      await leader.waitForURL(/\/can-bo\/phe-duyet$/);
      await leader.getByRole('heading', { name: /^Ngân sách năm \d{4}/ }).waitFor();
      const budgetForm = leader.locator('form.budget-form');
      await budgetForm.getByRole('button', { name: 'Lưu ngân sách' }).click();
      await budgetForm.getByText('Hãy chọn chương trình.').waitFor();
      await budgetForm.getByLabel(/^Chương trình/).selectOption('MACHINERY');
      await budgetForm.getByLabel(/^Tổng ngân sách/).fill(String(reserved + 1e9));
      await budgetForm.getByLabel(/^Lý do thay đổi/).fill('Bổ sung dự toán khuyến công năm nay');
      await budgetForm.getByRole('button', { name: 'Lưu ngân sách' }).click();
      await budgetForm.getByText(/^Đã lưu: tổng/).waitFor();
      await leader.locator('table').waitFor();
      await b.capture(leader, '10-leader');
      await checkA11y(leader);
      await openTask(leader, code, 'Lãnh đạo Sở phê duyệt');
      await leader.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
      await done(leader);
    });

    await b.step(appraiser, 'acceptance-disbursement', async () => {
      await openTask(appraiser, code, 'Triển khai thực hiện');
      const acceptance = appraiser.locator('form[aria-labelledby="RECORD_ACCEPTANCE-title"]');
      await acceptance.getByLabel('Đạt', { exact: true }).check();
      await acceptance.getByLabel(/Nhận xét/).fill('Máy CNC đã lắp đặt, vận hành đạt yêu cầu');
      await acceptance.getByRole('button', { name: 'Ghi nhận' }).click();
      await done(appraiser);
      await openTask(appraiser, code, 'Giải ngân');
      const disbursement = appraiser.locator('form[aria-labelledby="RECORD_DISBURSEMENT-title"]');
      await disbursement.getByLabel(/Số tiền đã giải ngân/).fill('300.000.000');
      await disbursement.getByRole('button', { name: 'Ghi nhận' }).click();
      await done(appraiser);
    });

    await b.step(applicant, 'completed', async () => {
      await applicant.goto(`/ho-so/${dossierId}`);
      const badge = applicant.locator('.page-header .badge');
      for (let i = 0; i < 30 && (await badge.innerText()) !== 'Hoàn thành'; i++) {
        await applicant.waitForTimeout(1000);
        await applicant.reload();
        await badge.waitFor();
      }
      expect(await badge.innerText()).toBe('Hoàn thành');
      const timeline = await applicant.locator('.timeline').innerText();
      for (const stage of ['Xác minh tại địa phương', 'Hội đồng xét duyệt', 'Giải ngân'])
        expect(timeline).toContain(stage);
      await b.capture(applicant, '11-dossier-completed');
      await applicant.getByRole('link', { name: /^Thông báo/ }).click();
      await expectEventually(async () => expect(await notices.count()).toBeGreaterThanOrEqual(3), 30_000);
    });

    const anon = await b.person(stack.base);
    await b.step(anon, 'public-lookup', async () => {
      await anon.goto('/tra-cuu');
      await anon.getByLabel(/Mã hồ sơ/).fill(code.toLowerCase());
      await anon.getByLabel(/Mã tra cứu/).fill(secret.toLowerCase());
      await anon.getByRole('button', { name: 'Tra cứu', exact: true }).click();
      await anon.locator('.result-card').getByText(code, { exact: true }).waitFor();
      expect(await anon.locator('.result-card').innerText()).toContain('Hoàn thành');
      await b.capture(anon, '12-public-lookup');
      await checkA11y(anon);
    });
    expect(b.problems).toEqual([]);
  }, 600_000);

  it('lets three council members score an OCOP product in the browser; its certificate appears publicly', async () => {
    const productName = `Bánh tráng phơi sương ${randomBytes(2).toString('hex')}`;
    let productId = '';
    await b.step(applicant, 'ocop-register', async () => {
      await applicant.goto('/ocop/dang-ky');
      await applicant.getByLabel(/Loại chủ thể/).selectOption('COOPERATIVE');
      await applicant.getByLabel(/Tên chủ thể/).fill('Hợp tác xã Bánh tráng Xuân Lộc');
      await applicant.getByLabel(/Địa chỉ cơ sở/).fill('Ấp 3, xã Xuân Lộc, Đồng Nai');
      await applicant.getByLabel(/^Xã\/phường/).selectOption('X-XUAN-LOC');
      await applicant.getByLabel(/Tên sản phẩm/).fill(productName);
      await applicant.getByLabel(/^Nhóm sản phẩm/).selectOption('FOOD');
      await applicant.getByLabel(/^Phân nhóm/).selectOption('FOOD-3b');
      const docs = applicant.locator('fieldset', { hasText: 'Hồ sơ đánh giá' }).locator('input');
      for (let i = 0; i < (await docs.count()); i++) await docs.nth(i).fill(`tai-lieu-${i + 1}.pdf`);
      await b.capture(applicant, '13-ocop-register');
      await checkA11y(applicant);
      await applicant.locator('form button[type=submit]').click();
      await applicant.waitForURL(/\/ocop\/san-pham\/[0-9a-f-]{36}$/);
      productId = /([0-9a-f-]{36})$/.exec(applicant.url())![1]!;
      await applicant.getByText('Sản phẩm chưa được đưa ra đánh giá.').waitFor();
    });

    // The Department's appraiser starts the round with its council, on the product's page.
    const appraiser = await b.person(stack.base);
    await b.step(appraiser, 'ocop-start-round', async () => {
      await b.signIn(appraiser, stack.people.appraiser.email);
      await appraiser.goto(`/ocop/san-pham/${productId}`);
      const form = appraiser.locator('form[aria-labelledby="start-round-title"]');
      await form.waitFor();
      await pickMembers(form, stack.council);
      await form
        .getByLabel(/Báo cáo đánh giá của xã/)
        .fill('Nguyên liệu gạo và lao động tại xã; sản phẩm của hợp tác xã.');
      await b.capture(appraiser, '13b-ocop-start-round');
      await checkA11y(appraiser);
      await form.getByRole('button', { name: 'Mở đợt đánh giá' }).click();
      await form.waitFor({ state: 'detached' });
    });

    for (const [n, m] of stack.council.entries()) {
      const page = await b.person(stack.base);
      await b.step(page, `ocop-member-${n + 1}`, async () => {
        await b.signIn(page, m.email);
        await page.goto('/hoi-dong');
        const link = page.getByRole('link', { name: productName });
        // The seat appears once the workflow has opened the council: reload until it is listed.
        for (let i = 0; i < 30 && !(await visibleSoon(link)); i++) await page.reload();
        await link.click();
        await page.getByLabel('Không có xung đột lợi ích').check();
        await page.getByRole('button', { name: 'Gửi khai báo' }).click();
        const inputs = page.locator('input.points-input');
        await inputs.first().waitFor();
        for (let i = 0; i < (await inputs.count()); i++) {
          const max = Number(await inputs.nth(i).getAttribute('max'));
          await inputs.nth(i).fill(String(Math.floor(max * 0.8)));
        }
        // Totalled as typed, with the star band and what the next star needs.
        const total = page.getByTestId('sheet-total');
        await total.getByText(/Tổng: \d+\/100 điểm/).waitFor();
        await total.getByText(/để đạt 5 sao/).waitFor();
        if (n === 0) {
          await b.capture(page, '14-score-sheet');
          await checkA11y(page);
        }
        await page.getByRole('button', { name: 'Nộp phiếu chấm' }).click();
        // The last sheet closes the council (shortly after): the page may already read "closed, read only".
        await page
          .getByText(/^(Đã nộp phiếu chấm\.|Hội đồng đã kết thúc: chỉ xem\.)$/)
          .first()
          .waitFor();
        await page.getByText(/Phiếu (đã nộp|của tôi): \d+ điểm/).waitFor();
      });
    }

    let certificate = '';
    await b.step(applicant, 'ocop-result', async () => {
      await applicant.goto(`/ocop/san-pham/${productId}`);
      const box = applicant.getByTestId('certificate');
      for (let i = 0; i < 30 && !(await visibleSoon(box)); i++) await applicant.reload();
      certificate = (await box.locator('.mono').innerText()).trim();
      expect(certificate).toMatch(/^OCOP-DN-\d{4}-\d{6}$/);
      expect(await applicant.locator('.explanation').first().innerText()).not.toBe('');
      await b.capture(applicant, '15-ocop-result');
    });

    const anon = await b.person(stack.base);
    await b.step(anon, 'certificate-public', async () => {
      await anon.goto(`/ocop/chung-nhan?so=${certificate}`);
      await anon.getByRole('heading', { name: productName }).waitFor();
      expect(await anon.locator('.certificate').innerText()).toContain('Còn hiệu lực');
      await b.capture(anon, '16-certificate');
      await checkA11y(anon);
    });
    expect(a11y).toEqual([]);
    expect(b.problems).toEqual([]);
  }, 300_000);

  /** A fresh dossier filed and submitted by the signed-in applicant (no checks: the first test has them). */
  const fileDossier = async (page: Page): Promise<{ id: string; code: string }> => {
    await page.goto('/ho-so/moi');
    await page.locator('label.radio-card', { hasText: 'máy móc thiết bị tiên tiến' }).click();
    await page.getByLabel(/Tên đề án/).fill('Đổi mới dây chuyền sấy nông sản');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByLabel(/^Tên cơ sở/).fill('Cơ sở sấy nông sản Hưng Phát');
    await page.getByLabel(/^Loại hình/).selectOption('HOUSEHOLD_BUSINESS');
    await page.getByLabel(/Mã số thuế/).fill('3602345679');
    await page.getByLabel(/Địa chỉ cơ sở/).fill('Ấp 5, xã Xuân Lộc, tỉnh Đồng Nai');
    await page.getByLabel(/Số điện thoại/).fill('0912345679');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByLabel(/Nơi nộp hồ sơ/).selectOption('X-XUAN-LOC');
    await page.getByLabel(/Chi phí hợp lệ dự kiến/).fill('800.000.000');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('button', { name: 'Lưu hồ sơ nháp' }).click();
    await page.waitForURL(/\/ho-so\/[0-9a-f-]{36}$/);
    const rows = page.locator('#documents li.doc-row');
    await rows.nth(3).waitFor();
    for (let i = 0; i < 4; i++) {
      await rows
        .nth(i)
        .locator('input[type=file]')
        .setInputFiles(file(`tai-lieu-${i}.pdf`, pdf(`tai lieu ${i}`)));
      await rows.nth(i).locator('.doc-state.ok').waitFor();
    }
    await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
    await page.getByTestId('dossier-code').waitFor();
    const id = /\/ho-so\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
    return { id, code: (await page.getByTestId('dossier-code').innerText()).trim() };
  };

  /** Clicks `button` until `target` shows (the read model, the DLQ index and visibility catch up). */
  const retryUntil = async (button: Locator, target: Locator, attempts = 40) => {
    for (let i = 0; i < attempts && !(await target.isVisible()); i++) {
      await button.click();
      await target.waitFor({ timeout: 1500 }).catch(() => undefined);
    }
    await target.waitFor();
  };

  it('lets an operator find the dossier on the dashboard, redrive a parked message and extend deadlines in a batch', async () => {
    expect(completedCode).toMatch(/^KC-/);
    const operator = await b.person(stack.base);
    const opsA11y = async (name: string) => {
      await b.capture(operator, name);
      await checkA11y(operator);
    };

    await b.step(operator, 'ops-dashboard', async () => {
      await b.signIn(operator, stack.people.operator.email);
      await operator.waitForURL(/\/van-hanh$/);
      await operator.getByRole('heading', { name: 'Tổng quan vận hành' }).waitFor();
      // The completed dossier, as the operations read model has it (its events arrive over Kafka).
      await operator.getByLabel(/Mã hồ sơ \(KC-…\)/).fill(completedCode);
      const found = operator.getByTestId('ops-case').getByRole('heading', { name: `Hồ sơ ${completedCode}` });
      await retryUntil(operator.getByRole('button', { name: 'Tra', exact: true }), found);
      expect(await operator.getByTestId('ops-case').innerText()).toContain('Giải ngân');
      // It was decided today: today's figure is in the throughput chart's table.
      const throughput = operator.locator('figure', { hasText: 'Hồ sơ có kết quả mỗi ngày' });
      await throughput.locator('.chart-box svg').first().waitFor();
      await throughput.getByText('Xem dạng bảng').click();
      const today = vietnamDate(new Date()).split('-').reverse().join('/');
      await throughput.getByRole('cell', { name: today, exact: true }).waitFor();
      await operator.locator('figure', { hasText: 'Tỉ lệ đúng hạn theo đơn vị' }).waitFor();
      await operator.locator('figure', { hasText: 'Phân bổ thời gian trễ' }).waitFor();
      await operator.locator('figure', { hasText: 'Sản phẩm OCOP theo số sao' }).waitFor();
      // The plan's new-rural targets of a year, with their legal basis: 2020 asks 13 advanced communes.
      const rural = operator.locator('section', { hasText: 'Chỉ tiêu nông thôn mới' });
      await rural.getByLabel('Năm').fill('2020');
      await rural.getByText(/KH 1620\/KH-SCT/).waitFor();
      expect(await rural.getByRole('row', { name: /nông thôn mới nâng cao/ }).innerText()).toMatch(/\b13\b/);
      await opsA11y('ops-01-dashboard');
      // Exports download the whole table as a file.
      const [download] = await Promise.all([
        operator.waitForEvent('download'),
        operator.getByRole('button', { name: 'Tải Hồ sơ có kết quả mỗi ngày (CSV)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      // English on request.
      await operator.getByRole('button', { name: 'English' }).click();
      await operator.getByRole('heading', { name: 'Operations overview' }).waitFor();
      await operator.getByRole('button', { name: 'Tiếng Việt' }).click();
    });

    await b.step(operator, 'ops-workflows', async () => {
      await operator.getByRole('link', { name: 'Quy trình', exact: true }).click();
      await operator.getByRole('heading', { name: 'Quy trình', level: 1 }).waitFor();
      await operator.getByLabel('Mã hồ sơ').fill(completedCode);
      await operator.getByLabel('Trạng thái').selectOption('Completed');
      const row = operator.locator('li.ops-row', { hasText: completedWorkflowId });
      await retryUntil(operator.getByRole('button', { name: 'Lọc', exact: true }), row);
      expect(await row.getByRole('link', { name: /Temporal UI/ }).getAttribute('href')).toMatch(/\/workflows\//);
      await row.getByRole('button', { name: 'Diễn biến' }).click();
      await row.locator('.timeline li').first().waitFor();
      await opsA11y('ops-02-workflows');
      await operator.getByRole('link', { name: 'Quy trình bị kẹt' }).click();
      await operator.getByText(/^Đã xem \d+ quy trình đang chạy\.$/).waitFor({ timeout: 60_000 });
      await opsA11y('ops-03-stuck');
    });

    await b.step(operator, 'ops-dlq-redrive', async () => {
      // A message the operations consumer gave up on, as its transport parks it after the last retry.
      const parked = envelopeMessage(
        'ApplicationArchived',
        randomBytes(8).toString('hex'),
        { note: 'loại sự kiện của phiên bản mới hơn' },
        { producer: 'applications', actor: { kind: 'service', id: 'applications' } },
      );
      const topic = testTopic(Topics.applicationsEvents);
      const producer = stack.kafka.producer();
      await producer.connect();
      await producer.send({
        topic: dlqTopic(topic, stack.operationsGroup),
        messages: [
          {
            ...parked,
            headers: {
              [MessageHeaders.eventType]: 'ApplicationArchived',
              [MessageHeaders.originalTopic]: topic,
              [MessageHeaders.failedBy]: stack.operationsGroup,
              [MessageHeaders.failedAt]: new Date().toISOString(),
              [MessageHeaders.errorReason]: 'handler failed: lỗi thử nghiệm e2e',
            },
          },
        ],
      });
      await producer.disconnect();

      await operator.getByRole('link', { name: 'Hàng đợi lỗi (DLQ)' }).click();
      await operator.getByLabel('Nhóm tiêu thụ').fill(stack.operationsGroup);
      const row = operator.getByTestId('dlq-table').locator('tr', { hasText: 'ApplicationArchived' });
      await retryUntil(operator.getByRole('button', { name: 'Lọc', exact: true }), row);
      await row.getByRole('button', { name: /^Xem/ }).click();
      const inspect = operator.getByTestId('dlq-inspect');
      await inspect.getByText('lỗi thử nghiệm e2e').first().waitFor();
      await inspect.getByText(/"type": "ApplicationArchived"/).waitFor();
      await opsA11y('ops-04-dlq');
      await inspect.getByRole('button', { name: 'Gửi lại tin này' }).click();
      const actions = operator.getByTestId('dlq-actions');
      await actions.getByLabel(/^Lý do/).fill('Đã cập nhật dịch vụ vận hành');
      await actions.getByRole('button', { name: 'Đếm thử' }).click();
      await actions.getByText('Đếm thử: 1 tin nhắn đang chờ sẽ bị tác động.').waitFor();
      await actions.getByRole('button', { name: 'Gửi lại 1 tin nhắn' }).click();
      await operator.getByText('Đã xử lý 1/1 tin nhắn.').waitFor();
      await operator.getByLabel('Trạng thái').selectOption('REDRIVEN');
      await operator.getByRole('button', { name: 'Lọc', exact: true }).click();
      await row.getByText('Đã gửi lại').waitFor();
    });

    let dossier = { id: '', code: '' };
    await b.step(applicant, 'ops-new-dossier', async () => {
      dossier = await fileDossier(applicant);
    });

    await b.step(operator, 'ops-batch-extension', async () => {
      await operator.getByRole('link', { name: 'Can thiệp hàng loạt' }).click();
      // By workflow id: the shared Temporal namespace may hold other runs' workflows with the same dossier code.
      await operator.getByLabel(/danh sách mã quy trình/).fill(WorkflowIds.supportRequest(dossier.id));
      await operator.getByLabel('Thao tác', { exact: true }).selectOption('EXTEND_DEADLINE');
      await operator.getByLabel('Số ngày làm việc gia hạn').fill('3');
      await operator.getByLabel(/^Lý do/).fill('Cổng dịch vụ công gián đoạn hai ngày');
      const counted = operator.getByText('Đếm thử: 1 quy trình đang chạy khớp lựa chọn.');
      await retryUntil(operator.getByRole('button', { name: 'Đếm thử' }), counted);
      await opsA11y('ops-05-batch');
      await operator.getByRole('button', { name: 'Chạy cho 1 quy trình' }).click();
      const job = operator.getByTestId('batch-job');
      await job.getByText('Đã xong.').waitFor({ timeout: 30_000 });
      await job.getByText('Tiến độ: 1/1 mục đã xử lý').waitFor();
      await job.getByRole('cell', { name: 'Đã làm' }).waitFor();
      await b.capture(operator, 'ops-06-batch-done');
    });

    await b.step(operator, 'ops-lag-audit', async () => {
      await operator.getByRole('link', { name: 'Độ trễ Kafka' }).click();
      await operator.getByText(/^Tổng độ trễ: \d+ tin nhắn$/).waitFor({ timeout: 30_000 });
      await opsA11y('ops-07-lag');
      await operator.getByRole('link', { name: 'Nhật ký kiểm toán' }).click();
      await operator.getByLabel('Hành động').fill('OperatorEXTEND_DEADLINE');
      await operator.getByRole('button', { name: 'Lọc', exact: true }).click();
      await operator.getByRole('cell', { name: 'Cổng dịch vụ công gián đoạn hai ngày' }).first().waitFor();
      await operator.getByLabel('Hành động').fill('DlqRedriven');
      await operator.getByRole('button', { name: 'Lọc', exact: true }).click();
      await operator.getByRole('cell', { name: 'Đã cập nhật dịch vụ vận hành' }).first().waitFor();
      await operator.getByRole('button', { name: 'Kiểm tra chuỗi băm' }).click();
      await operator.getByText(/^Chuỗi băm nguyên vẹn/).waitFor({ timeout: 30_000 });
      await opsA11y('ops-08-audit');
    });

    // A leader reads the indicators but has none of the operator's pages.
    const leader = await b.person(stack.base);
    await b.step(leader, 'ops-leader-read-only', async () => {
      await b.signIn(leader, stack.people.leader.email);
      await leader.getByRole('link', { name: 'Vận hành' }).click();
      await leader.getByText('Bạn chỉ xem được số liệu (không can thiệp).').waitFor();
      expect(await leader.getByRole('link', { name: 'Hàng đợi lỗi (DLQ)' }).count()).toBe(0);
      await leader.goto('/van-hanh/dlq');
      await leader.getByRole('heading', { name: 'Không có quyền truy cập' }).waitFor();
    });
    expect(a11y).toEqual([]);
    expect(b.problems).toEqual([]);
  }, 400_000);
});
