import decodeQR from '@paulmillr/qr/decode.js';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  BOOKING_SELECTORS as B,
  ME_PATH,
  ME_SELECTORS as M,
  newPhoneContext,
  storedSession,
  useCareModeIn,
  useSessionIn,
} from '../support/app';
import { launchBrowser, requireChromium } from '../support/browser';
import { withCheckCharacter } from '../support/id-number';
import { NARROW, checkPage, toastGone } from '../support/page-checks';
import { startStack, type RunningStack } from '../support/stack';
import {
  demoSession,
  setStackClock,
  stackGraphql,
  submitRealName,
  type AppSession,
} from '../support/stack-graphql';

/**
 * 签到 by scanning the hall's QR code (issue 6), in Chromium at 360 px. With the BFF's test clock
 * at 2026-10-10 08:40 (Shanghai), inside the check-in window of A's 09:00 booking: the hall's
 * staff open 签到二维码 from their home page and see today's code — big, scannable (the
 * screenshot of it decodes to the text printed under it) — and the citizen, in 我的预约, taps
 * 扫码签到; H5 has no camera, so they enter the text from the staff page. A code that is not a
 * check-in code and a forged one are refused with their Chinese messages; the real one checks the
 * booking in (已签到). axe and the 360-px width on every view, normal and care mode.
 */

const chromium = requireChromium();
const describeIfChromium = chromium ? describe : describe.skip;
const BOOKING_DAY = '2026-09-28T09:00:00+08:00';
const IN_WINDOW = '2026-10-10T08:40:00+08:00';

const Q = {
  staffLink: 'taro-button-core[data-testid="staff-check-in-qr"]:visible',
  qr: '[data-testid="check-in-qr"]:visible',
  qrImage: '[data-testid="check-in-qr-image"]:visible',
  qrContent: '[data-testid="check-in-qr-content"]:visible',
  qrDay: '[data-testid="check-in-qr-day"]:visible',
  qrValid: '[data-testid="check-in-qr-valid"]:visible',
  scan: 'taro-button-core[data-testid="appointment-scan-check-in"]:visible',
  checkInError: '[data-testid="appointment-check-in-error"]:visible',
  entry: '[data-testid="scan-code-entry"]:visible',
  entryInput: '[data-testid="scan-code-input"]:visible input',
  entrySubmit: 'taro-button-core[data-testid="scan-code-submit"]:visible',
  entryCancel: 'taro-button-core[data-testid="scan-code-cancel"]:visible',
} as const;

const A_PERSON = { name: '王建华', idNumber: withCheckCharacter('37010319800214131') };

/**
 * What a camera sees: the element's screenshot (device pixels), turned into RGBA by the page's
 * own canvas and decoded with a QR reader that shares no code with the app's encoder.
 */
async function scanScreenshot(page: Page, element: Locator): Promise<string> {
  const png = (await element.screenshot()).toString('base64');
  const image = await page.evaluate(async (base64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${base64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.drawImage(img, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000) {
      binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    }
    return { width: canvas.width, height: canvas.height, rgba: btoa(binary) };
  }, png);
  return decodeQR({
    width: image.width,
    height: image.height,
    data: new Uint8Array(Buffer.from(image.rgba, 'base64')),
  });
}

describeIfChromium('签到 by the hall’s QR code (H5)', () => {
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

  const setClock = (at: string | null) => setStackClock(stack.appUrl, at);

  /** A phone page whose app starts with `session` signed in (as Taro H5 keeps it). */
  async function pageWithSession(session: AppSession, care: boolean): Promise<Page> {
    const context = await newPhoneContext(browser, NARROW);
    contexts.push(context);
    if (care) await useCareModeIn(context);
    await useSessionIn(context, session);
    return context.newPage();
  }

  const staffSession = () => demoSession(stack.appUrl, 'STAFF_SZ');

  /** Citizen A signs in on 我的 (demo account), is named, and books 10-10 09:00 of category A. */
  async function citizenWithBooking(): Promise<AppSession> {
    const context = await newPhoneContext(browser, NARROW);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${stack.appUrl}${ME_PATH}`);
    await page.locator(M.demoLoginA).tap({ timeout: 30_000 });
    await page.locator(M.accountCard).waitFor({ state: 'visible', timeout: 15_000 });
    const session = await storedSession(page);
    expect(session).not.toBeNull();
    if (!session) throw new Error('not logged in');
    const token = session.accessToken;
    await submitRealName(stack.appUrl, token, A_PERSON);
    const slots = await graphql<{ bookingSlots: { slots: { id: string; startTime: string }[] } }>(
      '{ bookingSlots(hallCode: "SZ-HALL", categoryCode: "A", date: "2026-10-10") { slots { id startTime } } }',
    );
    const slotId = slots.data?.bookingSlots.slots.find((s) => s.startTime === '09:00')?.id;
    expect(slotId).toBeTruthy();
    const booked = await graphql<{ bookAppointment: { appointment: { id: string } } }>(
      'mutation B($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id } } }',
      { input: { slotId, idempotencyKey: `check-in-e2e-${Date.now()}` } },
      token,
    );
    expect(booked.errors).toBeUndefined();
    await context.close();
    contexts.splice(contexts.indexOf(context), 1);
    return session;
  }

  /** 扫码签到 on the booking, then the H5 entry box: `content` and 确定. */
  async function scanAndEnter(page: Page, content: string): Promise<void> {
    await page.locator(Q.scan).click();
    await page.locator(Q.entry).waitFor({ state: 'visible' });
    await page.locator(Q.entryInput).fill(content);
    await page.locator(Q.entrySubmit).click();
    await page.locator(Q.entry).waitFor({ state: 'detached' });
  }

  it('staff show today’s code at the entrance; the citizen scans it (enters it, in H5) and is checked in', async () => {
    await setClock(BOOKING_DAY);
    const citizen = await citizenWithBooking();
    await setClock(IN_WINDOW);

    // 工作人员主页 → 签到二维码: today's code, big, with its text and validity.
    const staff = await staffSession();
    const desk = await pageWithSession(staff, false);
    await desk.goto(`${stack.appUrl}#/subpackages/staff/pages/home/index`);
    await desk.locator(Q.staffLink).click({ timeout: 30_000 });
    await desk.locator(Q.qrImage).waitFor({ state: 'visible', timeout: 30_000 });
    await expect(desk.locator(Q.qrDay).innerText()).resolves.toBe('10月10日 周六 签到二维码');
    await expect(desk.locator(Q.qrValid).innerText()).resolves.toBe(
      '仅限 10月10日 周六 当天有效，过零点自动换新',
    );
    const content = (await desk.locator(Q.qrContent).innerText()).trim();
    expect(content).toMatch(/^SZHB:CHECKIN:SZ-HALL\.20261010\.[A-Za-z0-9_-]{22}$/);
    await expect(desk.locator(Q.qrImage).getAttribute('aria-label')).resolves.toMatch(
      /10月10日 周六 预约签到二维码$/,
    );
    // Big: the code fills the 360-px phone's width less the margins (≥ 280 px).
    const box = await desk.locator(Q.qrImage).boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(280);
    expect(box?.height).toBeCloseTo(box?.width ?? 0, 2);
    // And it scans: a QR reader finds the same text in the screenshot.
    expect(await scanScreenshot(desk, desk.locator(Q.qrImage))).toBe(content);
    await checkPage(desk, '签到二维码', 'check-in-qr');
    const careDesk = await pageWithSession(staff, true);
    await careDesk.goto(`${stack.appUrl}#/subpackages/staff/pages/check-in-qr/index`);
    await careDesk.locator(Q.qrImage).waitFor({ state: 'visible', timeout: 30_000 });
    await expect(careDesk.locator(Q.qrContent).innerText()).resolves.toBe(content);
    expect(await scanScreenshot(careDesk, careDesk.locator(Q.qrImage))).toBe(content);
    await checkPage(careDesk, '签到二维码 (care)', 'check-in-qr');

    // 我的预约: the booking is open for check-in; 扫码签到 in H5 asks for the code's text.
    const phone = await pageWithSession(citizen, false);
    await phone.goto(`${stack.appUrl}${B.minePath}`);
    await phone.locator(B.appointment).first().waitFor({ state: 'visible', timeout: 30_000 });
    await expect(phone.locator(B.appointmentStatus).innerText()).resolves.toBe('待签到');
    await phone.locator(Q.scan).click();
    await phone.locator(Q.entry).waitFor({ state: 'visible' });
    await expect(phone.locator(Q.entry).getAttribute('aria-label')).resolves.toBe('输入签到码');
    await checkPage(phone, '扫码签到: the entry box', 'check-in-entry');
    await phone.locator(Q.entryCancel).click();
    await phone.locator(Q.entry).waitFor({ state: 'detached' });

    // Not a check-in code: the queue's door code, or anything else — said at once.
    await scanAndEnter(phone, 'SZHB:DOOR:SZ-HALL.5922710.Zq8-Lk_3mN0pQr5sTu7vWx');
    await expect(phone.locator(Q.checkInError).innerText()).resolves.toBe(
      '这是取号二维码，不能用来签到。请扫描大厅入口处的签到二维码',
    );
    await scanAndEnter(phone, 'https://example.com/not-ours');
    await expect(phone.locator(Q.checkInError).innerText()).resolves.toBe(
      '这不是签到二维码，请扫描大厅入口处的签到二维码',
    );
    await checkPage(phone, '我的预约: not a check-in code', 'check-in-wrong-code');

    // In 长辈版: a forged code is refused by the BFF; the hall's code checks the booking in.
    const carePhone = await pageWithSession(citizen, true);
    await carePhone.goto(`${stack.appUrl}${B.minePath}`);
    await carePhone.locator(Q.scan).waitFor({ state: 'visible', timeout: 30_000 });
    const forged = `${content.slice(0, -1)}${content.endsWith('A') ? 'B' : 'A'}`;
    await scanAndEnter(carePhone, forged);
    await expect(carePhone.locator(Q.checkInError).innerText()).resolves.toBe(
      '签到二维码无效或已过期，请扫描大厅现场的签到码',
    );
    await checkPage(carePhone, '我的预约: forged code (care)', 'check-in-wrong-code');
    await carePhone.locator(Q.scan).click();
    await carePhone.locator(Q.entry).waitFor({ state: 'visible' });
    // Big targets in 长辈版: 扫码签到, the box and its buttons are at least 60 px high.
    for (const selector of [Q.scan, Q.entryInput, Q.entrySubmit, Q.entryCancel]) {
      const target = await carePhone.locator(selector).boundingBox();
      expect(target?.height).toBeGreaterThanOrEqual(60);
    }
    await checkPage(carePhone, '扫码签到: the entry box (care)', 'check-in-entry');
    // Pasted as copied from the staff page, with spaces around it.
    await carePhone.locator(Q.entryInput).fill(`  ${content} `);
    await carePhone.locator(Q.entrySubmit).click();
    await carePhone.locator(`${B.appointmentStatus}:text("已签到")`).waitFor({ timeout: 15_000 });
    await expect(carePhone.locator(Q.scan).count()).resolves.toBe(0);
    await expect(carePhone.locator(Q.checkInError).count()).resolves.toBe(0);
    await toastGone(carePhone);
    await checkPage(carePhone, '我的预约: checked in (care)', 'check-in-done');

    // The other phone sees it checked in too.
    await phone.reload();
    await phone.locator(B.appointment).first().waitFor({ state: 'visible', timeout: 30_000 });
    await expect(phone.locator(B.appointmentStatus).innerText()).resolves.toBe('已签到');
    await checkPage(phone, '我的预约: checked in', 'check-in-done');
  });
});
