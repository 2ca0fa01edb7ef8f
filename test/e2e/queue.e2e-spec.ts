import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  ME_PATH,
  ME_SELECTORS as M,
  newPhoneContext,
  storedSession,
  useCareModeIn,
  useSessionIn,
} from '../support/app';
import { launchBrowser, requireChromium } from '../support/browser';
import {
  checkPage,
  expectNoHorizontalOverflow,
  expectNoSeriousAxeViolations,
  NARROW,
  SCREENSHOTS,
} from '../support/page-checks';
import { withCheckCharacter } from '../support/id-number';
import { startStack, type RunningStack } from '../support/stack';
import {
  SESSION_FIELDS,
  appSession,
  demoSession,
  setStackClock,
  stackGraphql,
  submitRealName,
  type AppSession,
  type SessionPayload,
} from '../support/stack-graphql';

/**
 * 取号 and 叫号 (issue 7) in Chromium, two browser contexts at once. The BFF's clock is on a 2026
 * working day in office hours (Monday 2026-09-28 09:30). A citizen at the hall (geolocation
 * 36.636905,117.006431) takes A by 远程取号 and waits on 我的排队; a window clerk in another
 * context opens window 1 for A on the console (desktop) and calls the next number; the citizen's
 * page turns to 请到 1 号窗口 without a reload (pushed over graphql-ws). The clerk's display board
 * shows the call and the door code, with which the citizen takes B (H5: the code is pasted); far
 * from the hall 远程取号 is refused in words. In 长辈版 a 74-year-old citizen gets a ticket in
 * three taps from the care-mode home, with 长者优先 offered. axe and the 360 px width on every
 * view; screenshots in test/artifacts.
 */

const chromium = requireChromium();
const describeIfChromium = chromium ? describe : describe.skip;
const TEST_NOW = '2026-09-28T09:30:00+08:00';
const AT_HALL = { latitude: 36.636905, longitude: 117.006431 };
const DESK = { width: 1024, height: 768 };

const Q = {
  takePath: '#/subpackages/queue/pages/take/index',
  boardPath: '#/subpackages/queue/pages/board/index?hall=SZ-HALL',
  staffHomePath: '#/subpackages/staff/pages/home/index',
  visitTicket: '[data-testid="visit-ticket"]:visible',
  openState: '[data-testid="queue-open-state"]:visible',
  category: (code: string) => `[data-testid="queue-category"][data-code="${code}"]:visible`,
  panel: '[data-testid="queue-take-panel"]:visible',
  elderly: '[data-testid="queue-elderly"]:visible',
  remote: 'taro-button-core[data-testid="queue-take-remote"]:visible',
  scan: 'taro-button-core[data-testid="queue-take-scan"]:visible',
  takeNotice: '[data-testid="queue-take-notice"]:visible',
  scanInput: '[data-testid="scan-code-input"]:visible input',
  scanSubmit: 'taro-button-core[data-testid="scan-code-submit"]:visible',
  ticket: (number: string) => `[data-testid="queue-ticket"][data-number="${number}"]:visible`,
  headline: (number: string) =>
    `[data-testid="queue-ticket"][data-number="${number}"] [data-testid="queue-ticket-headline"]`,
  detail: (number: string) =>
    `[data-testid="queue-ticket"][data-number="${number}"] [data-testid="queue-ticket-detail"]`,
  live: (number: string) =>
    `[data-testid="queue-ticket"][data-number="${number}"] [data-testid="queue-ticket-live"]`,
  careTicket: 'taro-view-core[data-testid="care-action-ticket"]:visible',
  staffWindow: (number: number) => `[data-testid="staff-window"][data-number="${number}"]:visible`,
  status: '[data-testid="wc-status"]:visible',
  wcCategory: (code: string) => `[data-testid="wc-category"][data-code="${code}"]:visible`,
  wcOpen: 'taro-button-core[data-testid="wc-open"]:visible',
  wcCallNext: 'taro-button-core[data-testid="wc-call-next"]:visible',
  wcCurrentNumber: '[data-testid="wc-current-number"]:visible',
  wcDone: '[data-testid="wc-done"]:visible',
  boardLatest: '[data-testid="queue-board-latest"]:visible',
  doorContent: '[data-testid="queue-door-content"]:visible',
} as const;

const A_PERSON = { name: '王建华', idNumber: withCheckCharacter('37010319800214131') };
/** 74 on the test day: may ask for 长者优先. */
const ELDER = { name: '刘桂兰', idNumber: withCheckCharacter('37010319520312242') };

describeIfChromium('取号, 叫号 and the live ticket (H5, two contexts)', () => {
  let stack: RunningStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [stack, browser] = await Promise.all([
      startStack({ TEST_CLOCK_ALLOWED: '1' }),
      launchBrowser(),
    ]);
  });

  afterAll(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    await browser?.close();
    await stack?.stop();
  });

  const graphql = <T>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
    stackGraphql<T>(stack.appUrl, query, variables, token);

  /** A context whose pages start signed in with `payload` (the session as the app keeps it). */
  async function signedInContext(
    session: AppSession,
    options: { viewport: { width: number; height: number }; care?: boolean; phone: boolean },
  ): Promise<BrowserContext> {
    const context = options.phone
      ? await newPhoneContext(browser, options.viewport)
      : await browser.newContext({
          viewport: options.viewport,
          locale: 'zh-CN',
          timezoneId: 'Asia/Shanghai',
        });
    contexts.push(context);
    await useSessionIn(context, session);
    if (options.care) await useCareModeIn(context);
    return context;
  }

  async function staffPage(): Promise<Page> {
    const session = await demoSession(stack.appUrl, 'STAFF_SZ');
    const context = await signedInContext(session, { viewport: DESK, phone: false });
    return context.newPage();
  }

  it('a citizen takes a number, a window calls it, and the citizen’s page shows the window without reloading', async () => {
    await setStackClock(stack.appUrl, TEST_NOW);

    // The citizen, at the hall, signs in (demo account A) and has a real name.
    const phone = await newPhoneContext(browser, NARROW);
    contexts.push(phone);
    await phone.grantPermissions(['geolocation']);
    await phone.setGeolocation(AT_HALL);
    const citizen = await phone.newPage();
    await citizen.goto(`${stack.appUrl}${ME_PATH}`);
    await citizen.locator(M.demoLoginA).tap({ timeout: 30_000 });
    await citizen.locator(M.accountCard).waitFor({ state: 'visible', timeout: 15_000 });
    const session = await storedSession(citizen);
    if (!session) throw new Error('not logged in');
    await submitRealName(stack.appUrl, session.accessToken, A_PERSON);

    // 预约取号 → 在线取号: the hall is taking numbers; every category with its queue.
    await citizen.goto(`${stack.appUrl}#/pages/visit/index`);
    await citizen.locator(Q.visitTicket).click({ timeout: 30_000 });
    await citizen.locator(Q.category('A')).waitFor({ state: 'visible', timeout: 30_000 });
    await expect(citizen.locator(Q.openState).innerText()).resolves.toBe(
      '今天取号时间 09:00—12:00',
    );
    await expect(citizen.locator(Q.category('A')).getAttribute('data-label')).resolves.toBe(
      'A 综合受理，暂无人等候，暂无窗口办理',
    );
    await checkPage(citizen, '取号', 'queue-take');

    // A → 远程取号 (the location is asked for once, with what it is for on the button).
    await citizen.locator(Q.category('A')).click();
    await citizen.locator(Q.panel).waitFor({ state: 'visible' });
    await expect(citizen.locator(Q.elderly).count()).resolves.toBe(0);
    await expect(citizen.locator(Q.remote).getAttribute('aria-label')).resolves.toContain(
      '同意获取一次您的位置',
    );
    await checkPage(citizen, '取号 choices', 'queue-take-choice');
    await citizen.locator(Q.remote).click();
    await citizen.locator(Q.ticket('A001')).waitFor({ state: 'visible', timeout: 30_000 });
    await expect(citizen.locator(Q.headline('A001')).innerText()).resolves.toBe('下一位就是您');
    await expect(citizen.locator(Q.detail('A001')).innerText()).resolves.toBe(
      '窗口暂未开始办理，开始叫号后显示预计等待时间',
    );
    // Pushed over the socket (not polled).
    await citizen.locator(`${Q.live('A001')}[data-mode="live"]`).waitFor({ timeout: 15_000 });
    await checkPage(citizen, '我的排队', 'queue-ticket-waiting');
    // A marker that a reload or a navigation would lose.
    await citizen.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });

    // The clerk, on a desktop: 工作人员主页 → window 1 → open it for A → call the next number.
    const desk = await staffPage();
    await desk.goto(`${stack.appUrl}${Q.staffHomePath}`);
    await desk.locator(Q.staffWindow(1)).first().click({ timeout: 30_000 });
    await desk.locator(Q.status).waitFor({ state: 'visible', timeout: 30_000 });
    await expect(desk.locator(Q.status).getAttribute('data-status')).resolves.toBe('CLOSED');
    await expect(desk.locator(Q.wcCallNext).getAttribute('aria-label')).resolves.toBe(
      '叫下一位，窗口未开启，请先开启窗口',
    );
    await expect(desk.locator(Q.wcCategory('A')).getAttribute('aria-checked')).resolves.toBe(
      'true',
    );
    await expectNoSeriousAxeViolations(desk, 'window console, closed');
    await expectNoHorizontalOverflow(desk, DESK.width);
    // By keyboard: focus 开启窗口 and press Enter.
    await desk.locator(Q.wcOpen).focus();
    await desk.keyboard.press('Enter');
    await desk.locator(`${Q.status}[data-status="OPEN"]`).waitFor({ timeout: 15_000 });
    await desk.locator(Q.wcCallNext).click();
    await expect(desk.locator(Q.wcCurrentNumber).innerText()).resolves.toBe('A001');
    await expect(desk.locator(Q.wcDone).innerText()).resolves.toBe('已叫号 A001');
    await desk.screenshot({ path: join(SCREENSHOTS, 'queue-console-1024.png') });

    // The citizen's page, untouched: 请到 1 号窗口, pushed.
    await citizen
      .locator(`${Q.ticket('A001')}[data-status="CALLED"]`)
      .waitFor({ state: 'visible', timeout: 15_000 });
    await expect(citizen.locator(Q.headline('A001')).innerText()).resolves.toBe('请到 1 号窗口');
    await expect(citizen.locator(Q.detail('A001')).innerText()).resolves.toBe(
      '综合受理区，请尽快前往',
    );
    await expect(
      citizen.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere),
    ).resolves.toBe(true);
    await checkPage(citizen, '我的排队, called', 'queue-ticket-called');

    // The console fits a phone too.
    await desk.setViewportSize(NARROW);
    await checkPage(desk, 'window console', 'queue-console');

    // The display board with a staff session: the call, and the door code to take a number.
    await desk.setViewportSize({ width: 1280, height: 800 });
    await desk.goto(`${stack.appUrl}${Q.boardPath}`);
    await desk.locator(Q.boardLatest).waitFor({ state: 'visible', timeout: 30_000 });
    await expect(desk.locator(Q.boardLatest).getAttribute('aria-label')).resolves.toBe(
      '请 A001 号到 1 号窗口',
    );
    const doorCode = (await desk.locator(Q.doorContent).innerText({ timeout: 15_000 })).trim();
    expect(doorCode).toMatch(/^SZHB:DOOR:SZ-HALL\./);
    await expectNoSeriousAxeViolations(desk, 'display board, large');
    await desk.screenshot({ path: join(SCREENSHOTS, 'queue-board-1280.png') });
    await desk.setViewportSize(NARROW);
    await checkPage(desk, 'display board', 'queue-board');

    // 长辈版 on the same screens: the board and the console still fit and pass axe.
    await desk.evaluate(() => {
      window.localStorage.setItem('careMode', JSON.stringify({ data: true }));
    });
    await desk.reload();
    await desk.locator(`.page--care ${Q.boardLatest}`).waitFor({ timeout: 30_000 });
    await checkPage(desk, 'display board (care)', 'queue-board');
    await desk.goto(`${stack.appUrl}${Q.staffHomePath}`);
    await desk.locator(Q.staffWindow(1)).first().click({ timeout: 30_000 });
    await desk.locator(`.page--care ${Q.wcCurrentNumber}`).waitFor({ timeout: 30_000 });
    await checkPage(desk, 'window console (care)', 'queue-console');

    // In the hall: B with the door code (H5 has no camera scanning: the code is pasted).
    await citizen.goto(`${stack.appUrl}${Q.takePath}`);
    await citizen.locator(Q.category('B')).click({ timeout: 30_000 });
    await citizen.locator(Q.scan).click();
    await citizen.locator(Q.scanInput).fill(doorCode);
    await citizen.locator(Q.scanSubmit).click();
    await citizen.locator(Q.ticket('B001')).waitFor({ state: 'visible', timeout: 30_000 });
    await expect(citizen.locator(Q.ticket('A001')).count()).resolves.toBe(1);

    // Far from the hall, 远程取号 is refused in words, and the door code is suggested.
    await phone.setGeolocation({ latitude: 36.7, longitude: 117.2 });
    await citizen.goto(`${stack.appUrl}${Q.takePath}`);
    await citizen.locator(Q.category('D')).click({ timeout: 30_000 });
    await citizen.locator(Q.remote).click();
    await citizen.locator(Q.takeNotice).waitFor({ state: 'visible', timeout: 15_000 });
    await expect(citizen.locator(Q.takeNotice).innerText()).resolves.toMatch(
      /^您距离大厅约.+远程取号需在大厅.+范围内，请到大厅附近再取号$/,
    );
    await expect(citizen.locator(Q.scan).getAttribute('class')).resolves.toContain(
      'bk-button--primary',
    );
  }, 300_000);

  it('长辈版: from the care-mode home to a ticket in three taps, 长者优先 offered at 74', async () => {
    await setStackClock(stack.appUrl, TEST_NOW);
    const login = await graphql<{ loginWithWechat: SessionPayload }>(
      `mutation L($code: String!) { loginWithWechat(code: $code) { ${SESSION_FIELDS} } }`,
      { code: 'queue-e2e-elder' },
    );
    if (!login.data) throw new Error(`login: ${JSON.stringify(login.errors)}`);
    await submitRealName(stack.appUrl, login.data.loginWithWechat.accessToken, ELDER);
    const context = await signedInContext(appSession(login.data.loginWithWechat), {
      viewport: NARROW,
      care: true,
      phone: true,
    });
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation(AT_HALL);
    const page = await context.newPage();
    await page.goto(stack.appUrl);
    await page.locator(Q.careTicket).waitFor({ state: 'visible', timeout: 30_000 });

    let taps = 0;
    const tap = async (selector: string) => {
      taps += 1;
      await page.locator(selector).first().click({ timeout: 30_000 });
    };
    await tap(Q.careTicket);
    await page.locator(Q.category('C')).waitFor({ state: 'visible', timeout: 30_000 });
    await checkPage(page, '取号 (care)', 'queue-take');
    // Big rows: at least the care tap target.
    const rowHeight = await page
      .locator(Q.category('C'))
      .evaluate((el) => el.getBoundingClientRect().height);
    expect(rowHeight).toBeGreaterThanOrEqual(64);
    await tap(Q.category('C'));
    await page.locator(Q.panel).waitFor({ state: 'visible' });
    await expect(page.locator(Q.elderly).getAttribute('aria-checked')).resolves.toBe('false');
    await checkPage(page, '取号 choices (care)', 'queue-take-choice');
    await tap(Q.remote);
    await page.locator(Q.ticket('C001')).waitFor({ state: 'visible', timeout: 30_000 });
    expect(taps).toBe(3);
    const numberSize = await page
      .locator(`${Q.ticket('C001')} [data-testid="queue-ticket-number"]`)
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(numberSize).toBeGreaterThanOrEqual(60);
    await checkPage(page, '我的排队 (care)', 'queue-ticket-waiting');
  }, 180_000);
});
