import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  PHONE,
  SELECTORS,
  fontSizes,
  fullPageScreenshot,
  newPhoneContext,
  openHome,
  shownHotItems,
} from '../support/app';
import { launchBrowser, requireChromium } from '../support/browser';
import { ROOT, simCatalogue, startStack, type RunningStack } from '../support/stack';

/** 首页 in a phone-sized headless Chromium, against the real start path. */

const chromium = requireChromium();
const describeIfChromium = chromium ? describe : describe.skip;
const ARTIFACTS = join(ROOT, 'test', 'artifacts');
const NARROW = { width: 360, height: 800 };

describeIfChromium('首页 (H5)', () => {
  let stack: RunningStack;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  async function phonePage(viewport = PHONE): Promise<Page> {
    context = await newPhoneContext(browser, viewport);
    return context.newPage();
  }

  async function switchToCareMode(page: Page): Promise<void> {
    await page.locator(SELECTORS.careToggle).click();
    await page.locator(SELECTORS.carePage).waitFor({ state: 'visible' });
  }

  async function expectNoSeriousAxeViolations(page: Page, mode: string): Promise<void> {
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    if (results.violations.length > 0) {
      const report = results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
      }));
      console.log(`axe violations on 首页 (${mode}):\n${JSON.stringify(report, null, 2)}`);
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

  it('shows hot items that are items of the approval catalogue', async () => {
    const page = await phonePage();
    const [catalogue] = await Promise.all([
      simCatalogue(stack.simUrl),
      openHome(page, stack.appUrl),
    ]);
    const shown = await shownHotItems(page);

    expect(shown.length).toBeGreaterThan(0);
    const nameByCode = new Map(catalogue.map((item) => [item.code, item.name]));
    for (const item of shown) {
      expect(item.name).not.toBe('');
      expect({ code: item.code, name: nameByCode.get(item.code) }).toEqual(item);
    }
    expect(new Set(shown.map((item) => item.code)).size).toBe(shown.length);
  });

  it('opens the item page with its materials when a hot item is tapped', async () => {
    const page = await phonePage();
    await openHome(page, stack.appUrl);
    const [first] = await shownHotItems(page);

    await page.locator(SELECTORS.hotRow).first().tap();

    await page.waitForURL(
      (url) => url.hash.startsWith(`#/subpackages/guide/pages/item/index?code=${first.code}`),
      { timeout: 15_000 },
    );
    await page.locator(SELECTORS.materialRow).first().waitFor({ state: 'visible' });
    expect(await page.locator(SELECTORS.materialRow).count()).toBeGreaterThan(0);
    await expect(page.locator('[data-testid="state-error"]:visible').count()).resolves.toBe(0);
  });

  it('has no serious accessibility violations in normal mode', async () => {
    const page = await phonePage();
    await openHome(page, stack.appUrl);
    await expectNoSeriousAxeViolations(page, 'normal');
  });

  it('switches to care mode with large type, and keeps it after a reload', async () => {
    const page = await phonePage();
    await openHome(page, stack.appUrl);
    const [normalBody] = await fontSizes(page, SELECTORS.page);
    expect(normalBody).toBeGreaterThan(0);

    await switchToCareMode(page);
    await page.locator(SELECTORS.hotRow).first().waitFor({ state: 'visible' });

    const expectLargeType = async (): Promise<void> => {
      const bodies = await fontSizes(page, SELECTORS.page);
      expect(bodies).toHaveLength(1);
      expect(bodies[0]).toBeGreaterThanOrEqual(18);
      expect(bodies[0]).toBeGreaterThan(normalBody);
      const departments = await fontSizes(page, SELECTORS.hotDept);
      expect(departments.length).toBeGreaterThan(0);
      for (const size of departments) expect(size).toBeGreaterThanOrEqual(18);
    };
    await expectLargeType();

    await page.reload();
    await page.locator(SELECTORS.hotRow).first().waitFor({ state: 'visible', timeout: 30_000 });
    await expect(page.locator(SELECTORS.carePage).count()).resolves.toBe(1);
    await expect(page.locator('[data-care-mode="on"]:visible').count()).resolves.toBe(1);
    await expectLargeType();
  });

  it('has no serious accessibility violations in care mode', async () => {
    const page = await phonePage();
    await openHome(page, stack.appUrl);
    await switchToCareMode(page);
    // Reload so the "switched" toast is gone and the persisted mode is what axe sees.
    await page.reload();
    await page.locator(SELECTORS.carePage).waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator(SELECTORS.hotRow).first().waitFor({ state: 'visible' });
    await expectNoSeriousAxeViolations(page, 'care');
  });

  it('fits a 360 px wide phone without horizontal scrolling, in both modes', async () => {
    const page = await phonePage(NARROW);
    await openHome(page, stack.appUrl);
    await expectNoHorizontalOverflow(page);
    await fullPageScreenshot(page, join(ARTIFACTS, 'home-normal-360.png'));

    await switchToCareMode(page);
    await page.reload();
    await page.locator(SELECTORS.carePage).waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator(SELECTORS.hotRow).first().waitFor({ state: 'visible' });
    await expectNoHorizontalOverflow(page);
    await fullPageScreenshot(page, join(ARTIFACTS, 'home-care-360.png'));
  });
});
