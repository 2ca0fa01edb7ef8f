import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  SELECTORS,
  newPhoneContext,
  openHome,
  shownHotItems,
  type ShownItem,
} from '../support/app';
import { launchBrowser, requireChromium } from '../support/browser';
import {
  health,
  makeTempDir,
  setSimFaults,
  startStack,
  waitUntil,
  type RunningStack,
} from '../support/stack';

/**
 * When the approval backend is down, citizens still see the cached catalogue — with a clear note
 * that it is not current — both while the BFF runs and after it restarts with the backend down.
 */

const chromium = requireChromium();
const describeIfChromium = chromium ? describe : describe.skip;
const SYNC = { CATALOGUE_SYNC_INTERVAL_MS: '1000' };
const STALE_NOTE = /^审批系统暂时无法连接，显示的是 \d+ 分钟前的数据$/;

describeIfChromium('hot items while the approval backend is down', () => {
  const dataDir = makeTempDir();
  let stack: RunningStack | undefined;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let freshItems: ShownItem[] = [];

  beforeAll(async () => {
    [stack, browser] = await Promise.all([
      startStack({ ...SYNC, DATA_DIR: dataDir }),
      launchBrowser(),
    ]);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stack?.stop();
  });

  function running(): RunningStack {
    if (!stack) throw new Error('the stack is not running');
    return stack;
  }

  async function newPage(): Promise<Page> {
    await context?.close();
    context = await newPhoneContext(browser);
    return context.newPage();
  }

  async function expectStaleNote(page: Page): Promise<void> {
    const note = page.locator(SELECTORS.staleNote);
    await note.waitFor({ state: 'visible', timeout: 15_000 });
    expect((await note.textContent())?.trim()).toMatch(STALE_NOTE);
  }

  it('shows fresh hot items, without a stale note, while the backend is up', async () => {
    const { appUrl } = running();
    await waitUntil('the first catalogue sync', async () => {
      const report = await health(appUrl);
      return report.catalogue.syncedAt !== null && !report.catalogue.stale;
    });
    const page = await newPage();
    await openHome(page, appUrl);
    freshItems = await shownHotItems(page);

    expect(freshItems.length).toBeGreaterThan(0);
    expect(await page.locator(SELECTORS.staleNote).count()).toBe(0);
  });

  it('keeps showing the same hot items, with a stale note, once the backend goes down', async () => {
    const { appUrl, simUrl } = running();
    const page = await newPage();
    await openHome(page, appUrl);

    await setSimFaults(simUrl, { down: true });
    await waitUntil('/health to report a stale catalogue', async () => {
      return (await health(appUrl)).catalogue.stale;
    });
    await page.reload();
    await page.locator(SELECTORS.hotRow).first().waitFor({ state: 'visible', timeout: 30_000 });

    expect(await shownHotItems(page)).toEqual(freshItems);
    await expectStaleNote(page);
  });

  it('after a restart with the backend down from the start, serves the stored catalogue', async () => {
    await running().stop();
    stack = undefined;
    stack = await startStack({
      ...SYNC,
      DATA_DIR: dataDir,
      APPROVAL_SIM_FAULTS: JSON.stringify({ down: true }),
    });
    const { appUrl } = stack;
    await waitUntil('/health to report a stale catalogue', async () => {
      return (await health(appUrl)).catalogue.stale;
    });

    const page = await newPage();
    await openHome(page, appUrl);

    expect(await shownHotItems(page)).toEqual(freshItems);
    await expectStaleNote(page);
  });
});
