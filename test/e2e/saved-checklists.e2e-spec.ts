import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  GUIDE_PATHS,
  GUIDE_SELECTORS as G,
  ME_PATH,
  ME_SELECTORS as M,
  SAVED_CHECKLIST_SELECTORS as S,
  SELECTORS,
  fullPageScreenshot,
  newPhoneContext,
} from '../support/app';
import { launchBrowser, requireChromium } from '../support/browser';
import { ROOT, startStack, type RunningStack } from '../support/stack';
import {
  NARROW,
  expectNoHorizontalOverflow,
  expectNoSeriousAxeViolations,
  toastGone,
} from '../support/page-checks';

/**
 * Self-check checklists saved on the citizen's account (issue 5, 我的 → 已存清单), as citizen A
 * meets them in H5 on a 360 px phone: signed out the list is kept on the device and offers
 * 登录后保存; signed in, ticks reach the account, 我的 lists the checklist with what is still
 * missing, it opens again with the ticks (also after the device copy is gone), and it can be
 * deleted. axe, no horizontal overflow and screenshots in normal and care mode.
 */

const chromium = requireChromium();
const describeIfChromium = chromium ? describe : describe.skip;
// Written on every run; copy the ones worth keeping to docs/screenshots/ by hand.
const SCREENSHOTS = join(ROOT, 'test', 'artifacts');
const THEME = { code: 'YJS-KFD', name: '我要开饭店' };
const DEVICE_KEY = `checklist:THEME:${THEME.code}`;

describeIfChromium('已存清单: checklists saved on the account (H5)', () => {
  let stack: RunningStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  async function newPage(): Promise<Page> {
    const context = await newPhoneContext(browser, NARROW);
    contexts.push(context);
    return context.newPage();
  }

  /** axe, 360 px and (given a name) a full-page screenshot, named by the mode shown. */
  async function checkPage(page: Page, name: string, shot?: string): Promise<void> {
    await toastGone(page);
    const care = (await page.locator(SELECTORS.carePage).count()) > 0;
    await expectNoSeriousAxeViolations(page, `${name}, ${care ? 'care' : 'normal'}`);
    await expectNoHorizontalOverflow(page);
    if (shot) {
      await fullPageScreenshot(page, join(SCREENSHOTS, `${shot}${care ? '-care' : ''}-360.png`));
    }
  }

  async function heldCodes(page: Page): Promise<string[]> {
    return page
      .locator(`${G.checklistMaterial}[data-held="true"]`)
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-code') ?? '').sort());
  }

  async function openSavedList(page: Page): Promise<void> {
    await page.locator(S.meRow).click();
    await page
      .locator(`${S.row}, ${S.empty}`)
      .first()
      .waitFor({ state: 'visible', timeout: 30_000 });
  }

  it('A ticks two materials of 我要开饭店, finds the checklist under 我的 with what is missing, opens it again (also from the account alone), and deletes it', async () => {
    const page = await newPage();

    // Signed out: kept on this device, with 登录后保存 leading to 我的.
    await page.goto(`${stack.appUrl}${GUIDE_PATHS.checklist('THEME', THEME.code)}`);
    await page.locator(G.checklistMaterial).first().waitFor({ state: 'visible', timeout: 30_000 });
    await expect(page.locator(S.saveNote).innerText()).resolves.toBe('勾选会自动保存在本机');
    await checkPage(page, 'checklist, signed out', 'checklist-signed-out');
    await page.locator(S.loginToSave).click();
    await page.locator(M.demoLoginA).tap({ timeout: 30_000 });
    await page.locator(M.accountCard).waitFor({ state: 'visible', timeout: 15_000 });
    await expect(page.locator(S.meRow).innerText()).resolves.not.toContain('即将上线');

    // Signed in: the note says the account keeps it; two ticks reach the account.
    await page.goto(`${stack.appUrl}${GUIDE_PATHS.checklist('THEME', THEME.code)}`);
    await page.locator(G.checklistMaterial).first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator(S.saveNoteIn('ready')).waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.locator(S.loginToSave).count()).toBe(0);
    const rows = page.locator(G.checklistMaterial);
    await rows.nth(0).tap();
    await rows.nth(1).tap();
    const held = await heldCodes(page);
    expect(held).toHaveLength(2);
    await page.locator(S.saveNoteIn('saved')).waitFor({ state: 'visible', timeout: 15_000 });
    await expect(page.locator(S.saveNote).innerText()).resolves.toBe('已保存到我的账号');
    const missing = Number(await page.locator(G.summary).getAttribute('data-missing'));
    expect(missing).toBeGreaterThan(0);
    expect(await page.locator(G.summary).textContent()).toContain(`还缺 ${missing} 项`);
    await checkPage(page, 'checklist, signed in', 'checklist-signed-in');

    // 我的 → 已存清单: the checklist with what is still missing and when it was saved.
    await page.goto(`${stack.appUrl}${ME_PATH}`);
    await page.locator(M.accountCard).waitFor({ state: 'visible', timeout: 30_000 });
    await openSavedList(page);
    await expect(page.locator(S.row).count()).resolves.toBe(1);
    await expect(page.locator(S.title).innerText()).resolves.toBe(THEME.name);
    await expect(page.locator(S.status).innerText()).resolves.toBe(`还缺 ${missing} 项`);
    await expect(page.locator(S.date).innerText()).resolves.toMatch(
      /^更新于 \d+月\d+日 \d\d:\d\d$/,
    );
    await expect(page.locator(S.open).getAttribute('aria-label')).resolves.toBe(
      `查看「${THEME.name}」的材料清单，还缺 ${missing} 项`,
    );
    await checkPage(page, '已存清单', 'saved-checklists');

    // Opened from there: the same ticks.
    await page.locator(S.open).click();
    await page.locator(G.checklistMaterial).first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator(S.saveNoteIn('saved')).waitFor({ state: 'visible', timeout: 15_000 });
    expect(await heldCodes(page)).toEqual(held);

    // Reload without the device copy: the account brings the ticks back.
    await page.evaluate((key) => window.localStorage.removeItem(key), DEVICE_KEY);
    await page.reload();
    await page.locator(G.checklistMaterial).first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator(S.saveNoteIn('saved')).waitFor({ state: 'visible', timeout: 15_000 });
    await page
      .locator(`${G.checklistMaterial}[data-held="true"]`)
      .nth(held.length - 1)
      .waitFor({ state: 'visible', timeout: 10_000 });
    expect(await heldCodes(page)).toEqual(held);
    expect(await page.locator(G.summary).textContent()).toContain(`还缺 ${missing} 项`);

    // 长辈版: the list and the checklist in care mode.
    await page.goto(`${stack.appUrl}${ME_PATH}`);
    await page.locator(M.accountCard).waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator(SELECTORS.careToggle).click();
    await page.locator('.me.page--care:visible').waitFor({ state: 'visible' });
    await toastGone(page);
    await openSavedList(page);
    await page.locator('.saved-checklists.page--care:visible').waitFor({ state: 'visible' });
    const buttonHeights = await page
      .locator(`${S.open}, ${S.remove}`)
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    for (const height of buttonHeights) expect(height).toBeGreaterThanOrEqual(60);
    await checkPage(page, '已存清单', 'saved-checklists');
    await page.locator(S.open).click();
    await page.locator(S.saveNoteIn('saved')).waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator('.checklist-page.page--care:visible').waitFor({ state: 'visible' });
    expect(await heldCodes(page)).toEqual(held);
    await checkPage(page, 'checklist, signed in', 'checklist-signed-in');

    // Delete, after confirming: the list is empty.
    await page.goBack();
    await page.locator(S.row).waitFor({ state: 'visible', timeout: 30_000 });
    await expect(page.locator(S.remove).getAttribute('aria-label')).resolves.toBe(
      `删除「${THEME.name}」的清单`,
    );
    await page.locator(S.remove).click();
    await page.locator(M.modalConfirm).waitFor({ state: 'visible' });
    await page.locator(M.modalConfirm).click();
    await page.locator(S.empty).waitFor({ state: 'visible', timeout: 15_000 });
    await expect(page.locator(S.row).count()).resolves.toBe(0);
    await checkPage(page, '已存清单 empty', 'saved-checklists-empty');

    // Still gone after a reload.
    await page.reload();
    await page.locator(S.empty).waitFor({ state: 'visible', timeout: 30_000 });
  });
});
