// Browser end-to-end test of the applicant portal: the real gateway (serving apps/web/public) and the real
// applications service run in this Jest process on the test database and broker; headless Chromium drives
// the pages the way an applicant does. Run with `npx jest --selectProjects e2e --runInBand`.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { Subscriptions, Topics } from '@kc/contracts';
import { createKafka } from '@kc/messaging';
import { createAppDataSource, migrateDataSource } from '@kc/persistence';
import { collectFrom, createGroupTopics, expectEventually, positionGroupAtEnd, testEnv } from '@kc/testing';
import { serviceDefinition as applicationsDefinition } from '../../apps/applications/src/service.definition';
import { serviceDefinition as gatewayDefinition } from '../../apps/gateway/src/service.definition';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BAD_TYPE_VI = 'Định dạng tệp không được chấp nhận';

/** A port that was free a moment ago (listen on 0, read it, close). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function migrate(schema: string, migrations: (typeof gatewayDefinition)['migrations']) {
  const migrator = createAppDataSource({ url: testEnv.databaseUrl, schema, migrations, poolSize: 1 });
  await migrateDataSource(migrator, schema);
  await migrator.destroy();
}

/** A tiny but well-formed PDF (the service sniffs the content, not the name). */
const pdf = (label: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${label}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );

describe('applicant portal in a browser (gateway + applications + Chromium)', () => {
  const kafka = createKafka('web-e2e', testEnv.kafkaBrokers);
  const group = `applications-e2e-${randomBytes(3).toString('hex')}`;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-web-e2e-'));
  const documentsDir = path.join(tmp, 'documents');
  const filesDir = path.join(tmp, 'files');
  const shotsDir = path.join(tmp, 'screenshots');
  let base: string;
  let applications: INestApplication | undefined;
  let gateway: INestApplication | undefined;
  let groupTopics: Awaited<ReturnType<typeof createGroupTopics>> | undefined;
  let tap: Awaited<ReturnType<typeof collectFrom>> | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  let keepTmp = false;

  const newPage = async (): Promise<Page> => {
    const context = await browser!.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    context.setDefaultTimeout(15_000);
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    return page;
  };

  /** Runs a step of the journey; on failure saves a screenshot of the page and prints where it is. */
  const journey = async (page: Page, name: string, steps: () => Promise<void>) => {
    try {
      await steps();
    } catch (error) {
      const file = path.join(shotsDir, `${name}-failure.png`);
      fs.mkdirSync(shotsDir, { recursive: true });
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      // Kept on failure (the temp folder is removed only after a green run).
      console.log(`e2e failure screenshot: ${file}\nURL: ${page.url()}\n${problems.join('\n')}`);
      keepTmp = true;
      throw error;
    }
  };

  beforeAll(async () => {
    fs.mkdirSync(documentsDir, { recursive: true });
    fs.mkdirSync(filesDir, { recursive: true });
    await migrate('gateway', gatewayDefinition.migrations);
    await migrate('applications', applicationsDefinition.migrations);

    const gatewayPort = await freePort();
    const applicationsPort = await freePort();
    base = `http://127.0.0.1:${gatewayPort}`;
    Object.assign(process.env, {
      // applications verifies the gateway's real tokens (jose fetches the keys lazily, after both are up)
      AUTH_JWKS_URL: `${base}/.well-known/jwks.json`,
      APPLICATIONS_URL: `http://127.0.0.1:${applicationsPort}`,
      DOCUMENTS_DIR: documentsDir,
      PUBLIC_BASE_URL: base,
      LOG_LEVEL: 'fatal',
      AUTH_RATE_LIMIT_PER_MINUTE: '100',
    });

    groupTopics = await createGroupTopics(kafka, group, Subscriptions.applications);
    await positionGroupAtEnd(kafka, group, Subscriptions.applications);
    tap = await collectFrom(kafka, [Topics.applicationsEvents], `${group}-tap`);

    // Both apps read PORT from process.env when their config.ts is first imported: set it before each import.
    process.env.PORT = String(applicationsPort);
    const { bootstrapApplications } = await import('../../apps/applications/src/bootstrap-applications');
    applications = await bootstrapApplications(group);
    process.env.PORT = String(gatewayPort);
    const { bootstrapGateway } = await import('../../apps/gateway/src/bootstrap-gateway');
    gateway = await bootstrapGateway();

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await gateway?.close();
    await applications?.close();
    await tap?.stop();
    await groupTopics?.remove();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteGroups([`${group}-tap`]).catch(() => undefined);
    await admin.disconnect();
    fs.rmSync(keepTmp ? documentsDir : tmp, { recursive: true, force: true });
  });

  it('lets an applicant register, file a machinery dossier, submit it and look it up publicly', async () => {
    const page = await newPage();
    const email = `ung.vien.${randomBytes(4).toString('hex')}@khuyencong.test`;
    const password = 'MatKhau@2026!';
    let dossierId = '';
    let code = '';
    let secret = '';

    await journey(page, '01-home', async () => {
      await page.goto(`${base}/`);
      await page.getByRole('heading', { name: /Các chương trình hỗ trợ/ }).waitFor();
      const cards = page.locator('.program-card');
      await cards.nth(3).waitFor();
      expect(await cards.count()).toBe(4);
      expect((await page.locator('.program-card h3').allInnerTexts()).join('\n')).toContain(
        'Ứng dụng máy móc thiết bị tiên tiến',
      );
    });

    await journey(page, '02-register-login', async () => {
      await page.goto(`${base}/#/dang-ky`);
      await page.getByLabel('Họ và tên người đại diện').fill('Trần Thị Bình');
      await page.getByLabel('Email').fill(email);
      await page.getByLabel(/^Mật khẩu/).fill(password);
      await page.getByLabel('Nhập lại mật khẩu').fill(password);
      await page.locator('form button[type=submit]').click();
      await page.waitForURL(/#\/dang-nhap/);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel(/^Mật khẩu/).fill(password);
      await page.locator('form button[type=submit]').click();
      await page.waitForURL(/#\/ho-so$/);
      await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    });

    await journey(page, '03-new-dossier', async () => {
      await page
        .getByRole('link', { name: /Tạo hồ sơ mới/ })
        .first()
        .click();
      await page.locator('label.radio-card', { hasText: 'máy móc thiết bị tiên tiến' }).click();
      await page.getByLabel(/Tên đề án/).fill('Ứng dụng máy CNC trong gia công cơ khí chính xác');
      await page.getByLabel('Tên cơ sở', { exact: false }).first().fill('Cơ sở cơ khí Bình Minh');
      await page.getByLabel('Loại hình').selectOption('HOUSEHOLD_BUSINESS');
      await page.getByLabel(/Mã số thuế/).fill('3602345678');
      await page.getByLabel(/Địa chỉ cơ sở/).fill('Ấp 3, xã Long Thành, tỉnh Đồng Nai');
      await page.getByLabel(/Số điện thoại/).fill('0912345678');
      await page.getByLabel(/Nơi nộp hồ sơ/).selectOption('X-LONG-THANH');
      await page.getByLabel(/Chi phí hợp lệ/).fill('1.200.000.000');
      await page.locator('form button[type=submit]').click();
      await page.waitForURL(/#\/ho-so\/[0-9a-f-]{36}$/);
      dossierId = /#\/ho-so\/([0-9a-f-]{36})$/.exec(page.url())![1];
      await page.locator('#documents .doc-row').nth(3).waitFor();
    });

    await journey(page, '04-documents', async () => {
      const rows = page.locator('#documents .doc-row');
      const notPdf = path.join(filesDir, 'ghi-chu.pdf');
      fs.writeFileSync(notPdf, 'Đây không phải tệp PDF, chỉ là văn bản.');
      await rows.nth(0).locator('input[type=file]').setInputFiles(notPdf);
      await rows.nth(0).getByText(BAD_TYPE_VI).waitFor();

      const names = ['don-de-nghi.pdf', 'giay-dang-ky-kinh-doanh.pdf', 'de-an-khuyen-cong.pdf', 'bao-gia-may-moc.pdf'];
      for (const [i, name] of names.entries()) {
        const file = path.join(filesDir, name);
        fs.writeFileSync(file, pdf(name));
        await rows.nth(i).locator('input[type=file]').setInputFiles(file);
        await rows.nth(i).locator('.doc-state.ok').waitFor();
      }
      expect(await rows.getByText(BAD_TYPE_VI).count()).toBe(0);
    });

    await journey(page, '05-submit-receipt', async () => {
      await page.locator('#submit button[type=submit]').click();
      const receipt = page.locator('.receipt');
      await receipt.getByText('Hồ sơ đã được tiếp nhận').waitFor();
      const values = receipt.locator('.code-value');
      await values.nth(1).waitFor();
      code = (await values.nth(0).innerText()).trim();
      secret = (await values.nth(1).innerText()).trim();
      expect(code).toMatch(/^KC-\d{4}-\d{6}$/);
      expect(secret).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/); // 80 bits, grouped for reading
      await receipt.getByText('Mã tra cứu').first().waitFor();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /Tải giấy tiếp nhận/ }).click(),
      ]);
      const saved = path.join(filesDir, 'giay-tiep-nhan.pdf');
      await download.saveAs(saved);
      expect(fs.readFileSync(saved).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });

    // Someone without an account (a fresh browser context) finds the dossier with the code and the secret.
    const anon = await newPage();
    await journey(anon, '06-public-lookup', async () => {
      await anon.goto(`${base}/#/tra-cuu`);
      await anon.getByLabel(/Mã hồ sơ/).fill(code.toLowerCase());
      await anon.getByLabel(/Mã tra cứu/).fill(secret.toLowerCase());
      await anon.getByRole('button', { name: 'Tra cứu', exact: true }).click();
      const result = anon.locator('.result-card');
      await result.getByText(code, { exact: true }).waitFor();
      expect(await result.innerText()).toContain('Ứng dụng máy móc thiết bị tiên tiến');
    });

    const submitted = await expectEventually(() => {
      const found = tap!.received.find((r) => {
        const event = JSON.parse(r.message.value?.toString() ?? '{}') as { type?: string };
        return event.type === 'ApplicationSubmitted' && r.message.key?.toString() === dossierId;
      });
      expect(found).toBeDefined();
      return JSON.parse(found!.message.value!.toString()) as { payload: Record<string, unknown> };
    });
    expect(submitted.payload).toMatchObject({ applicationId: dossierId, dossierCode: code, programCode: 'MACHINERY' });
    expect(problems).toEqual([]);
  });
});
