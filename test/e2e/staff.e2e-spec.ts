import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  ME_PATH,
  SELECTORS,
  fullPageScreenshot,
  newPhoneContext,
  storedSession,
  useCareModeIn,
} from '../support/app';
import { launchBrowser, requireChromium } from '../support/browser';
import {
  NARROW,
  SCREENSHOTS,
  expectNoHorizontalOverflow,
  expectNoSeriousAxeViolations,
} from '../support/page-checks';
import { startStack, type RunningStack } from '../support/stack';
import { stackGraphql } from '../support/stack-graphql';

/**
 * 工作人员登录 (issue 5, staff accounts) in H5, as hall staff meet it: from 我的 (signed out) the
 * small 工作人员登录 link, a wrong password answered under the form, a locked account with the
 * minutes left, then the right password and the staff home with name, role, hall, zones and
 * windows; the session survives a reload like a citizen's; logout. At 360 px, axe in both modes.
 * The staff accounts are made through the API by the demo system admin.
 */

const chromium = requireChromium();
const describeIfChromium = chromium ? describe : describe.skip;

const S = {
  staffEntry: '[data-testid="staff-entry"]:visible',
  loginForm: '[data-testid="staff-login-form"]:visible',
  username: '[data-testid="staff-username-input"]:visible input',
  password: '[data-testid="staff-password-input"]:visible input',
  usernameError: '[data-testid="staff-username-error"]:visible',
  passwordError: '[data-testid="staff-password-error"]:visible',
  submit: 'taro-button-core[data-testid="staff-login-submit"]:visible',
  loginError: '[data-testid="staff-login-error"]:visible',
  home: '[data-testid="staff-home"]:visible',
  displayName: '[data-testid="staff-display-name"]:visible',
  role: '[data-testid="staff-role"]:visible',
  hall: '[data-testid="staff-hall"]:visible',
  zones: '[data-testid="staff-zones"]:visible',
  windows: '[data-testid="staff-windows"]:visible',
  logout: 'taro-button-core[data-testid="staff-logout"]:visible',
} as const;

const PASSWORD = 'Window-2026-sz';

describeIfChromium('工作人员登录 (H5)', () => {
  let stack: RunningStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  const api = <T>(query: string, variables: Record<string, unknown>, token?: string) =>
    stackGraphql<T>(stack.appUrl, query, variables, token);

  async function createStaff(adminToken: string, username: string): Promise<void> {
    const body = await api<{ createStaffAccount: { id: string } }>(
      `mutation ($i: CreateStaffAccountInput!) { createStaffAccount(input: $i) { id } }`,
      {
        i: {
          username,
          displayName: '张敏',
          password: PASSWORD,
          role: 'STAFF',
          hallCode: 'SZ-HALL',
          zoneCodes: ['SZ-Z-MS'],
          windowCodes: ['SZ-HALL-W025', 'SZ-HALL-W026'],
        },
      },
      adminToken,
    );
    if (!body.data) throw new Error(`createStaffAccount failed: ${JSON.stringify(body)}`);
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
    const admin = await api<{ demoLogin: { accessToken: string } }>(
      'mutation { demoLogin(persona: SYSTEM_ADMIN) { accessToken } }',
      {},
    );
    const token = admin.data!.demoLogin.accessToken;
    await createStaff(token, 'zhang.min');
    await createStaff(token, 'locked.out');
    // Five wrong passwords lock an account for 15 minutes.
    for (let i = 0; i < 5; i += 1) {
      await api(
        'mutation ($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { accessToken } }',
        { u: 'locked.out', p: `wrong-pass-${i}` },
      );
    }
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  async function newPage(care = false): Promise<Page> {
    const context = await newPhoneContext(browser, NARROW);
    if (care) await useCareModeIn(context);
    contexts.push(context);
    return context.newPage();
  }

  async function expectAccessible(page: Page, state: string): Promise<void> {
    await expectNoSeriousAxeViolations(page, state);
    await expectNoHorizontalOverflow(page);
  }

  async function openLoginFromMe(page: Page): Promise<void> {
    await page.goto(`${stack.appUrl}${ME_PATH}`);
    await page.locator(S.staffEntry).waitFor({ state: 'visible', timeout: 30_000 });
    await expect(page.locator(S.staffEntry).innerText()).resolves.toBe('工作人员登录');
    await page.locator(S.staffEntry).click();
    await page.locator(S.loginForm).waitFor({ state: 'visible', timeout: 30_000 });
  }

  async function submit(page: Page, username: string, password: string): Promise<void> {
    await page.locator(S.username).fill(username);
    await page.locator(S.password).fill(password);
    await page.locator(S.submit).click();
  }

  it('a wrong password shows the message under the form; the right one opens the staff home with the hall', async () => {
    const page = await newPage();
    await openLoginFromMe(page);
    await expectAccessible(page, 'login, normal');

    // Nothing typed: each field says what it needs.
    await page.locator(S.submit).click();
    await expect(page.locator(S.usernameError).innerText()).resolves.toBe('请输入用户名');
    await expect(page.locator(S.passwordError).innerText()).resolves.toBe('请输入密码');

    await submit(page, 'zhang.min', 'not-the-password-1');
    await expect(page.locator(S.loginError).innerText({ timeout: 15_000 })).resolves.toBe(
      '用户名或密码不正确',
    );
    // The password field is emptied for the next try; the username stays.
    await expect(page.locator(S.password).inputValue()).resolves.toBe('');
    await expect(page.locator(S.username).inputValue()).resolves.toBe('zhang.min');
    await expect(page.locator(S.password).getAttribute('type')).resolves.toBe('password');
    await fullPageScreenshot(page, join(SCREENSHOTS, 'staff-login-error-360.png'));

    await submit(page, 'Zhang.Min', PASSWORD);
    await page.locator(S.home).waitFor({ state: 'visible', timeout: 30_000 });
    await expect(page.locator(S.displayName).innerText()).resolves.toBe('张敏');
    await expect(page.locator(S.role).innerText()).resolves.toBe('窗口工作人员');
    await expect(page.locator(S.hall).innerText()).resolves.toBe('济南市市中区政务服务中心');
    await expect(page.locator(S.zones).innerText()).resolves.toBe('民生服务区');
    await expect(page.locator(S.windows).innerText()).resolves.toBe('25号窗口、26号窗口');
    await expectAccessible(page, 'staff home, normal');
    await fullPageScreenshot(page, join(SCREENSHOTS, 'staff-home-360.png'));

    // Stored like a citizen's session: a reload keeps the staff signed in.
    expect(await storedSession(page)).not.toBeNull();
    await page.reload();
    await page.locator(S.hall).waitFor({ state: 'visible', timeout: 30_000 });
    await expect(page.locator(S.hall).innerText()).resolves.toBe('济南市市中区政务服务中心');

    await page.locator(S.logout).click();
    await page.locator(S.loginForm).waitFor({ state: 'visible', timeout: 30_000 });
    expect(await storedSession(page)).toBeNull();
  });

  it('a locked account names the minutes left, in 长辈版 too', async () => {
    const page = await newPage(true);
    await openLoginFromMe(page);
    await page.locator(SELECTORS.carePage).first().waitFor({ state: 'visible' });
    await submit(page, 'locked.out', PASSWORD);
    const message = await page.locator(S.loginError).innerText({ timeout: 15_000 });
    expect(message).toMatch(/^密码错误次数过多，账号已锁定，请 1[45] 分钟后再试或联系管理员解锁$/);
    await expectAccessible(page, 'login locked, care');
    await fullPageScreenshot(page, join(SCREENSHOTS, 'staff-login-locked-care-360.png'));

    // The right password of the other account still works in care mode.
    await submit(page, 'zhang.min', PASSWORD);
    await page.locator(S.home).waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator('.staff-home.page--care:visible').waitFor({ state: 'visible' });
    await expectAccessible(page, 'staff home, care');
  });
});
