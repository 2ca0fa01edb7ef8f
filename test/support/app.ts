import type { Browser, BrowserContext, Page } from 'playwright-core';

/** The phone the citizen holds: 390×844 CSS px at 2×, touch. */
export const PHONE = { width: 390, height: 844 };

export const SELECTORS = {
  hotRow: '[data-testid="hot-item-row"]:visible',
  hotName: '[data-testid="hot-item-row"]:visible .hot-item__name',
  hotDept: '.hot-item__dept:visible',
  careToggle: 'taro-button-core[data-testid="care-mode-toggle"]:visible',
  page: '.page:visible',
  carePage: '.page--care:visible',
  staleNote: '[data-testid="stale-note"]:visible',
  materialRow: '[data-testid="material-row"]:visible',
} as const;

export async function newPhoneContext(
  browser: Browser,
  viewport: { width: number; height: number } = PHONE,
): Promise<BrowserContext> {
  return browser.newContext({
    viewport,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
}

export interface ShownItem {
  code: string;
  name: string;
}

/** Opens the home page and waits until its hot items are shown. */
export async function openHome(page: Page, appUrl: string): Promise<void> {
  await page.goto(appUrl);
  await page.locator(SELECTORS.hotRow).first().waitFor({ state: 'visible', timeout: 30_000 });
}

/** The hot items on the visible page, in order. */
export async function shownHotItems(page: Page): Promise<ShownItem[]> {
  return page.locator(SELECTORS.hotRow).evaluateAll((rows) =>
    rows.map((row) => ({
      code: row.getAttribute('data-code') ?? '',
      name: row.querySelector('.hot-item__name')?.textContent?.trim() ?? '',
    })),
  );
}

/** Computed font size, in CSS px, of every element matching `selector`. */
export async function fontSizes(page: Page, selector: string): Promise<number[]> {
  return page
    .locator(selector)
    .evaluateAll((elements) =>
      elements.map((element) => parseFloat(getComputedStyle(element).fontSize)),
    );
}

/**
 * A screenshot of the whole visible page. Taro H5 scrolls inside the page element, not the
 * document, so Playwright's `fullPage` alone shows one screen: grow the viewport to the page's
 * scroll height for the shot, then restore it.
 */
export async function fullPageScreenshot(page: Page, path: string): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('the page has no viewport');
  const extra = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.taro_page'))
      .filter((el) => el.offsetParent !== null || getComputedStyle(el).display !== 'none')
      .reduce((most, el) => Math.max(most, el.scrollHeight - el.clientHeight), 0),
  );
  await page.setViewportSize({ width: viewport.width, height: viewport.height + extra });
  try {
    await page.evaluate(
      () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())),
    );
    await page.screenshot({ path, fullPage: true });
  } finally {
    await page.setViewportSize(viewport);
  }
}
