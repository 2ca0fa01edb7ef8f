import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  ME_PATH,
  ME_SELECTORS as M,
  PHONE,
  SELECTORS,
  fullPageScreenshot,
  newPhoneContext,
  storedSession,
} from '../support/app';
import { launchBrowser, requireChromium } from '../support/browser';
import { ROOT, startStack, type RunningStack } from '../support/stack';

/**
 * 我的 (issue 5), as a citizen meets it in H5: the demo login (A), 长辈版 kept on the device and the
 * account across a reload, logout with a confirm dialog — after which the old access token no
 * longer works — axe in both modes logged in and out, and a 360 px phone without overflow.
 */

const chromium = requireChromium();
const describeIfChromium = chromium ? describe : describe.skip;
const ARTIFACTS = join(ROOT, 'test', 'artifacts');
const NARROW = { width: 360, height: 800 };

describeIfChromium('我的 (H5)', () => {
  let stack: RunningStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  async function openMe(viewport = PHONE): Promise<Page> {
    const context = await newPhoneContext(browser, viewport);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${stack.appUrl}${ME_PATH}`);
    await page.locator(SELECTORS.page).first().waitFor({ state: 'visible', timeout: 30_000 });
    return page;
  }

  async function loginAs(page: Page, account: 'A' | 'B'): Promise<void> {
    await page.locator(account === 'A' ? M.demoLoginA : M.demoLoginB).tap();
    await page.locator(M.accountCard).waitFor({ state: 'visible', timeout: 15_000 });
  }

  async function switchToCareMode(page: Page): Promise<void> {
    await page.locator(SELECTORS.careToggle).click();
    await page.locator(SELECTORS.carePage).waitFor({ state: 'visible' });
    await toastGone(page);
  }

  /** Waits until Taro's toast (已切换到长辈版…) has faded out: axe and screenshots see the page. */
  async function toastGone(page: Page): Promise<void> {
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll<HTMLElement>('.taro__toast')).every(
          (toast) => toast.style.display === 'none',
        ),
      undefined,
      { timeout: 10_000 },
    );
  }

  async function graphql(
    query: string,
    token?: string,
  ): Promise<{ data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }> {
    const res = await fetch(`${stack.appUrl}graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as {
      data?: unknown;
      errors?: Array<{ extensions?: { code?: string } }>;
    };
  }

  /** The account's care mode is sent in the background: ask until it has arrived (5 s). */
  async function eventually(read: () => Promise<unknown>): Promise<unknown> {
    const deadline = Date.now() + 5_000;
    let last = await read();
    while (Date.now() < deadline && JSON.stringify(last).includes('false')) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      last = await read();
    }
    return last;
  }

  async function expectNoSeriousAxeViolations(page: Page, state: string): Promise<void> {
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    if (serious.length > 0) {
      const report = serious.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
      }));
      console.log(`axe violations on 我的 (${state}):\n${JSON.stringify(report, null, 2)}`);
    }
    expect(serious.map((v) => `${v.impact} ${v.id}: ${v.help}`)).toEqual([]);
  }

  async function expectNoHorizontalOverflow(page: Page): Promise<void> {
    const widths = await page.evaluate(() => ({
      document: document.documentElement.scrollWidth,
      page: Array.from(document.querySelectorAll<HTMLElement>('.page'))
        .filter((el) => el.offsetParent !== null)
        .map((el) => el.scrollWidth),
    }));
    expect(widths.document).toBeLessThanOrEqual(NARROW.width);
    for (const width of widths.page) expect(width).toBeLessThanOrEqual(NARROW.width);
  }

  it('logs in with demo account A, keeps care mode and the login across a reload, logs out, and the account brings care mode to a new phone', async () => {
    const page = await openMe();
    await page.locator(M.loginCard).waitFor({ state: 'visible' });
    await expect(page.locator(M.loginCard).innerText()).resolves.toContain('仅测试环境');

    await loginAs(page, 'A');
    await expect(page.locator(M.accountRole).innerText()).resolves.toBe('市民');
    const rows = await page
      .locator(M.featureRow)
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-name')));
    expect(rows).toEqual([
      '我的预约',
      '我的排队',
      '我的办件',
      '我的咨询',
      '我的评价',
      '已存清单',
      '家人代办',
      '实名信息',
    ]);
    await expect(page.locator(M.featureRow).first().innerText()).resolves.toContain('签到码');
    await expect(page.locator(M.featureRow).nth(1).innerText()).resolves.toContain('排队进度');
    await expect(page.locator(M.featureRow).nth(2).innerText()).resolves.toContain('即将上线');

    const session = await storedSession(page);
    expect(session).not.toBeNull();
    await switchToCareMode(page);
    // The account keeps the choice too (sent in the background).
    await expect(
      eventually(() => graphql('{ me { careMode } }', session?.accessToken)),
    ).resolves.toEqual({ data: { me: { careMode: true } } });

    await page.reload();
    await page.locator(M.accountCard).waitFor({ state: 'visible', timeout: 30_000 });
    await expect(page.locator(SELECTORS.carePage).count()).resolves.toBe(1);
    await expect(page.locator('[data-care-mode="on"]:visible').count()).resolves.toBe(1);

    const before = await storedSession(page);
    expect(before).not.toBeNull();
    await page.locator(M.logout).click();
    await page.locator(M.modalConfirm).waitFor({ state: 'visible' });
    await page.locator(M.modalConfirm).click();
    await page.locator(M.loginCard).waitFor({ state: 'visible', timeout: 15_000 });
    await expect(storedSession(page)).resolves.toBeNull();
    // Care mode stays on the device after logout.
    await expect(page.locator(SELECTORS.carePage).count()).resolves.toBe(1);

    const after = await graphql('{ me { id } }', before?.accessToken);
    const refused =
      after.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ??
      (after.data as { me: unknown } | undefined)?.me === null;
    expect({ refused, after }).toEqual(expect.objectContaining({ refused: true }));

    // A new phone in normal mode: logging in as A brings the account's 长辈版 along.
    const other = await openMe();
    await expect(other.locator('[data-care-mode="off"]:visible').count()).resolves.toBe(1);
    await loginAs(other, 'A');
    await other.locator(SELECTORS.carePage).waitFor({ state: 'visible' });
  });

  it('has no serious accessibility violations logged out and in (demo account B), in both modes, and fits 360 px', async () => {
    const page = await openMe(NARROW);
    await page.locator(M.loginCard).waitFor({ state: 'visible' });
    await expectNoSeriousAxeViolations(page, 'logged out, normal');
    await expectNoHorizontalOverflow(page);
    await fullPageScreenshot(page, join(ARTIFACTS, 'me-login-360.png'));

    // B: A's account is in care mode after the first test.
    await loginAs(page, 'B');
    await expect(page.locator('[data-care-mode="off"]:visible').count()).resolves.toBe(1);
    await expectNoSeriousAxeViolations(page, 'logged in, normal');
    await expectNoHorizontalOverflow(page);

    await switchToCareMode(page);
    await expectNoSeriousAxeViolations(page, 'logged in, care');
    await expectNoHorizontalOverflow(page);
    await fullPageScreenshot(page, join(ARTIFACTS, 'me-care-360.png'));

    await page.locator(M.logout).click();
    await page.locator(M.modalConfirm).click();
    await page.locator(M.loginCard).waitFor({ state: 'visible', timeout: 15_000 });
    await toastGone(page);
    await expectNoSeriousAxeViolations(page, 'logged out, care');
    await expectNoHorizontalOverflow(page);
  });
});
