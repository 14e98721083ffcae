// Headless Debian Chromium through playwright-core: contexts per person, screenshots at desktop and phone
// width kept in test/e2e/screenshots, and axe-core accessibility checks injected into the page.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PASSWORD } from './web-stack';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS_DIR = path.join(__dirname, 'screenshots');
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

export async function startBrowser() {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  });
  const problems: string[] = [];

  /** A fresh browser context (its own session storage: one person), Vietnamese by default. */
  const person = async (base: string): Promise<Page> => {
    const context = await browser.newContext({
      viewport: DESKTOP,
      locale: 'vi-VN',
      acceptDownloads: true,
      baseURL: base,
    });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`pageerror on ${page.url()}: ${e.message}`));
    return page;
  };

  const signIn = async (page: Page, email: string, password = PASSWORD) => {
    await page.goto('/dang-nhap');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Mật khẩu/).fill(password);
    await page.locator('form button[type=submit]').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  };

  /** The page at desktop and phone width, kept in test/e2e/screenshots. */
  const capture = async (page: Page, name: string) => {
    await page.screenshot({ path: path.join(SHOTS_DIR, `${name}-desktop.png`), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(SHOTS_DIR, `${name}-phone.png`), fullPage: true });
    await page.setViewportSize(DESKTOP);
  };

  /** axe-core (WCAG 2 A/AA rules) on the page as it stands; returns the serious and critical violations. */
  const axe = async (page: Page): Promise<string[]> => {
    // Evaluated as source text: this file compiles without the DOM library.
    if (!(await page.evaluate<boolean>("typeof window.axe === 'object'")))
      // Evaluated through the DevTools protocol, which the app's CSP does not govern (an inline script tag
      // is refused, as it should be): the app itself still runs under its real CSP.
      await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate<{ id: string; impact: string; targets: string[] }[]>(`
      axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } }).then((r) =>
        r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) })))`);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${page.url()} ${v.id}: ${v.targets.slice(0, 3).join(', ')}`);
  };

  /** Runs a step; on failure saves a screenshot and prints where the page was. */
  const timings: string[] = [];
  const step = async (page: Page, name: string, run: () => Promise<void>) => {
    const started = Date.now();
    try {
      await run();
      timings.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      const file = path.join(SHOTS_DIR, `failure-${name}.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      console.log(`e2e failure at "${name}": ${file}\nURL: ${page.url()}\n${problems.join('\n')}`);
      throw error;
    }
  };

  return { browser, problems, timings, person, signIn, capture, axe, step, close: () => browser.close() };
}
