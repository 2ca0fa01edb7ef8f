import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fullPageScreenshot, SELECTORS } from './app';
import { ROOT } from './stack';

/** The narrow phone every page must fit (no horizontal scrolling). */
export const NARROW = { width: 360, height: 800 };
/** Written on every run; copy the ones worth keeping to docs/screenshots/ by hand. */
export const SCREENSHOTS = join(ROOT, 'test', 'artifacts');

/** Waits until Taro's toasts have faded out, so axe and screenshots see the page itself. */
export async function toastGone(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      Array.from(document.querySelectorAll<HTMLElement>('.taro__toast')).every(
        (toast) => toast.style.display === 'none',
      ),
    undefined,
    { timeout: 10_000 },
  );
}

/** axe finds no serious or critical violation; the ones it finds are printed in full. */
export async function expectNoSeriousAxeViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  if (serious.length > 0) {
    const report = serious.map((v) => ({
      id: v.id,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
    console.log(`axe violations (${state}):\n${JSON.stringify(report, null, 2)}`);
  }
  expect(serious.map((v) => `${state}: ${v.impact} ${v.id}: ${v.help}`)).toEqual([]);
}

/** Neither the document nor a visible page is wider than `width`. */
export async function expectNoHorizontalOverflow(page: Page, width = NARROW.width): Promise<void> {
  const widths = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    ...Array.from(document.querySelectorAll<HTMLElement>('.page'))
      .filter((el) => el.offsetParent !== null)
      .map((el) => el.scrollWidth),
  ]);
  for (const each of widths) expect(each).toBeLessThanOrEqual(width);
}

/**
 * The checks of every view in the browser tests: axe without serious violations and no overflow
 * at 360 px, in whichever mode the page is in; with `shot`, a full-page screenshot named after it
 * (`<shot>[-care]-360.png` in test/artifacts).
 */
export async function checkPage(page: Page, name: string, shot?: string): Promise<void> {
  const care = (await page.locator(SELECTORS.carePage).count()) > 0;
  await expectNoSeriousAxeViolations(page, `${name}, ${care ? 'care' : 'normal'}`);
  await expectNoHorizontalOverflow(page);
  if (shot) {
    await fullPageScreenshot(page, join(SCREENSHOTS, `${shot}${care ? '-care' : ''}-360.png`));
  }
}
