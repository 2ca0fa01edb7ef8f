import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import {
  BOOKING_SELECTORS as B,
  GUIDE_PATHS,
  ME_PATH,
  ME_SELECTORS as M,
  SELECTORS,
  newPhoneContext,
  storedSession,
  useCareModeIn,
  useSessionIn,
} from '../support/app';
import { launchBrowser, requireChromium } from '../support/browser';
import { startStack, waitUntil, type RunningStack } from '../support/stack';
import { demoSession, setStackClock, stackGraphql, submitRealName } from '../support/stack-graphql';
import { withCheckCharacter } from '../support/id-number';
import { NARROW, checkPage, toastGone } from '../support/page-checks';

/**
 * 预约 (issue 6) in Chromium at 360 px. With the BFF's test clock at 2026-09-28 09:00 (Shanghai):
 * 国庆 10-01…10-07 are holidays and Saturday 10-10 a working day; A books 10-10 09:00 for
 * themself (the first answer is lost on the way back: the retry sends the same idempotency key
 * and gets the same booking), sees it under 我的 → 我的预约, cancels it (the place is back), and
 * in 长辈版 books from an item's 预约办理 for a family member without an account (王** 代 张**
 * 办理), whose check-in code shows in the check-in window. With the real clock,
 * the horizon from today has a bookable day. axe and the 360 px width on every view, both modes.
 */

const chromium = requireChromium();
const describeIfChromium = chromium ? describe : describe.skip;
const TEST_NOW = '2026-09-28T09:00:00+08:00';
const START_BOOKING = 'taro-button-core[data-testid="start-booking"]:visible';

const A_PERSON = { name: '王建华', idNumber: withCheckCharacter('37010319800214131') };
const B_PERSON = { name: '赵丽', idNumber: withCheckCharacter('37010219850606262') };
/** A parent of A's without an account of their own (NO_ACCOUNT: A may act for them at once). */
const PARENT = { name: '张秀英', idNumber: withCheckCharacter('37010319520903242') };

describeIfChromium('预约办事 and 我的预约 (H5)', () => {
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

  async function newPage(care = false): Promise<Page> {
    const context = await newPhoneContext(browser, NARROW);
    if (care) await useCareModeIn(context);
    contexts.push(context);
    return context.newPage();
  }

  /** In care mode every tappable thing of the view is at least 60 × 60 px. */
  async function expectCareTapTargets(page: Page, selector: string): Promise<void> {
    const sizes = await page.locator(selector).evaluateAll((els) =>
      els.map((el) => ({
        w: el.getBoundingClientRect().width,
        h: el.getBoundingClientRect().height,
      })),
    );
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) {
      expect(size.h).toBeGreaterThanOrEqual(60);
      expect(size.w).toBeGreaterThanOrEqual(60);
    }
  }

  async function demoLoginA(page: Page): Promise<string> {
    await page.goto(`${stack.appUrl}${ME_PATH}`);
    await page.locator(M.demoLoginA).tap({ timeout: 30_000 });
    await page.locator(M.accountCard).waitFor({ state: 'visible', timeout: 15_000 });
    const session = await storedSession(page);
    if (!session) throw new Error('not logged in');
    return session.accessToken;
  }

  /** 预约取号 tab → 预约办事 → a category → the calendar. */
  async function openCalendar(page: Page, category = 'A'): Promise<void> {
    await page.goto(`${stack.appUrl}#/pages/visit/index`);
    await page.locator(B.visitBooking).click({ timeout: 30_000 });
    await page.locator(B.category(category)).click({ timeout: 30_000 });
    await page.locator(B.calendar).waitFor({ state: 'visible', timeout: 30_000 });
  }

  async function openSlots(page: Page, date: string): Promise<void> {
    await page.locator(B.day(date)).click();
    await page.locator(B.step('slot')).waitFor({ state: 'visible', timeout: 15_000 });
    await page.locator('[data-testid="booking-slot"]:visible').first().waitFor({ timeout: 15_000 });
  }

  async function dayLabel(page: Page, date: string): Promise<string | null> {
    // The cell's screen-reader name (a visually hidden text in H5; aria-label in WeChat).
    return page.locator(B.day(date)).getAttribute('data-label');
  }

  /** A page signed in as a demo staff member (the session as the app keeps it). */
  async function staffPage(persona: 'STAFF_SZ'): Promise<Page> {
    const session = await demoSession(stack.appUrl, persona);
    const context = await newPhoneContext(browser, NARROW);
    contexts.push(context);
    await useSessionIn(context, session);
    return context.newPage();
  }

  /** A service item whose page offers 预约办理 (it names a booking category). */
  async function bookableItem(): Promise<{ code: string; name: string; category: string }> {
    let codes: string[] = [];
    await waitUntil('the catalogue', async () => {
      const hot = await graphql<{ hotServiceItems: { items: { code: string }[] } }>(
        '{ hotServiceItems(limit: 20) { items { code } } }',
      );
      codes = hot.data?.hotServiceItems.items.map((i) => i.code) ?? [];
      return codes.length > 0;
    });
    for (const code of codes) {
      const answer = await graphql<{
        serviceItem: { code: string; name: string; bookingCategoryCode: string | null } | null;
      }>('query I($code: String!) { serviceItem(code: $code) { code name bookingCategoryCode } }', {
        code,
      });
      const found = answer.data?.serviceItem;
      if (found?.bookingCategoryCode) {
        return { code: found.code, name: found.name, category: found.bookingCategoryCode };
      }
    }
    throw new Error('no hot item names a booking category');
  }

  /** The idempotency keys of the bookAppointment requests the page sends. */
  function recordBookingKeys(page: Page): string[] {
    const keys: string[] = [];
    page.on('request', (request: Request) => {
      const body = request.postData();
      if (!request.url().endsWith('/graphql') || !body?.includes('bookAppointment')) return;
      const parsed = JSON.parse(body) as { variables: { input: { idempotencyKey: string } } };
      keys.push(parsed.variables.input.idempotencyKey);
    });
    return keys;
  }

  it('books, lists, cancels and books for a family member on the 2026 National Day calendar', async () => {
    await setClock(TEST_NOW);
    const page = await newPage();
    const keys = recordBookingKeys(page);
    const token = await demoLoginA(page);
    await submitRealName(stack.appUrl, token, A_PERSON);
    const added = await graphql<{ addFamilyMember: { linkStatus: string; canActFor: boolean } }>(
      'mutation F($input: FamilyMemberInput!) { addFamilyMember(input: $input) { linkStatus canActFor } }',
      { input: { ...PARENT, relation: 'PARENT' } },
      token,
    );
    expect(added.data?.addFamilyMember).toEqual({ linkStatus: 'NO_ACCOUNT', canActFor: true });
    const categories = await graphql<{ bookingCategories: { code: string; zoneName: string }[] }>(
      '{ bookingCategories(hallCode: "SZ-HALL") { code zoneName } }',
    );
    const zoneA = categories.data?.bookingCategories.find((c) => c.code === 'A')?.zoneName;
    expect(zoneA).toBeTruthy();

    // 预约取号 → 预约办事: the categories.
    await page.goto(`${stack.appUrl}#/pages/visit/index`);
    await page.locator(B.visitBooking).click({ timeout: 30_000 });
    await page.locator(B.category('A')).waitFor({ state: 'visible', timeout: 30_000 });
    await checkPage(page, 'categories', 'booking-categories');

    // The calendar of 综合受理 on 2026-09-28: 国庆 off, the 调休 Saturday open.
    await page.locator(B.category('A')).click();
    await page.locator(B.calendar).waitFor({ state: 'visible', timeout: 30_000 });
    await expect(page.locator(B.calendar).getAttribute('data-today')).resolves.toBe('2026-09-28');
    await page.locator(B.grid).waitFor({ state: 'visible' });
    const weekdays = ['四', '五', '六', '日', '一', '二', '三'];
    for (let day = 1; day <= 7; day += 1) {
      await expect(dayLabel(page, `2026-10-0${day}`)).resolves.toBe(
        `10月${day}日 周${weekdays[day - 1]} 国庆节 休息`,
      );
      await expect(
        page.locator(B.day(`2026-10-0${day}`)).getAttribute('data-selectable'),
      ).resolves.toBe('false');
    }
    await expect(dayLabel(page, '2026-10-10')).resolves.toMatch(
      /^10月10日 周六 调休上班 可约 剩余\d+个$/,
    );
    await expect(page.locator(B.day('2026-10-10')).innerText()).resolves.toContain('班');
    await expect(dayLabel(page, '2026-10-11')).resolves.toBe('10月11日 周日 休息');
    await expect(page.locator(B.specialDay).allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([
        '10月1日—10月7日 国庆节，大厅休息',
        '10月10日 周六 国庆节调休上班，大厅正常办公',
      ]),
    );
    // Days after the horizon are not released yet.
    await expect(page.locator(B.day('2026-10-16')).innerText()).resolves.toContain('未放号');
    // A day off says why it cannot be chosen.
    // (aria-disabled: Playwright would not tap it; a finger does.)
    await page.locator(B.day('2026-10-01')).click({ force: true });
    await expect(page.locator(B.dayHint).innerText()).resolves.toBe(
      '10月1日 周四：国庆节，大厅休息',
    );
    await checkPage(page, 'calendar', 'booking-calendar');

    // 10-10 09:00 for myself.
    await openSlots(page, '2026-10-10');
    const placesBefore = await page.locator(B.slotLeft('09:00')).innerText();
    expect(placesBefore).toMatch(/^剩余\d+个$/);
    await checkPage(page, 'slots', 'booking-slots');
    await page.locator(B.slot('09:00')).click();
    await page.locator(B.person('self')).waitFor({ state: 'visible', timeout: 15_000 });
    await expect(page.locator(B.familyPerson).getAttribute('data-label')).resolves.toBe(
      '张**，父母',
    );
    await checkPage(page, 'for whom', 'booking-person');
    await page.locator(B.person('self')).click();
    await page.locator(B.step('confirm')).waitFor({ state: 'visible' });
    await expect(page.locator(B.summaryDate).innerText()).resolves.toBe('10月10日 周六');
    await expect(page.locator(B.summaryTime).innerText()).resolves.toBe('09:00—09:30');
    await expect(page.locator(B.summaryPerson).innerText()).resolves.toBe('本人 王**');
    await checkPage(page, 'confirm', 'booking-confirm');

    // The first answer is lost on its way back (the BFF did book): 确认预约 again sends the same
    // key and gets the same booking, once.
    let lost = false;
    await page.route('**/graphql', async (route) => {
      if (!lost && route.request().postData()?.includes('bookAppointment')) {
        lost = true;
        await route.fetch();
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    await page.locator(B.submit).click();
    await expect(page.locator(B.notice).innerText()).resolves.toContain('不会重复预约');
    await page.unroute('**/graphql');
    await page.locator(B.submit).click();
    await page.locator(B.done).waitFor({ state: 'visible', timeout: 15_000 });
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    await expect(page.locator(B.doneDate).innerText()).resolves.toBe('2026年10月10日 周六');
    await expect(page.locator(B.doneTime).innerText()).resolves.toBe('09:00—09:30');
    await expect(page.locator(B.doneZone).innerText()).resolves.toBe(zoneA);
    await expect(page.locator(B.doneActedBy).innerText()).resolves.toContain('本人办理');
    await expect(page.locator(B.checkInCode).innerText()).resolves.toMatch(/^[A-Z0-9 ]{6,14}$/);
    await page.locator(B.subscribe).click();
    await expect(page.locator(B.subscribeNote).innerText()).resolves.toContain('微信小程序');
    await checkPage(page, 'done', 'booking-done');

    // 我的 → 我的预约: the booking, once; cancel it (asked first).
    await page.goto(`${stack.appUrl}${ME_PATH}`);
    await page.locator(B.meRow).click({ timeout: 30_000 });
    await page.locator(B.appointment).first().waitFor({ state: 'visible', timeout: 30_000 });
    await expect(page.locator(B.appointment).count()).resolves.toBe(1);
    await expect(page.locator(B.appointmentStatus).innerText()).resolves.toBe('待签到');
    await expect(page.locator(B.appointmentDate).innerText()).resolves.toBe('10月10日 周六');
    await expect(page.locator(B.appointmentActedBy).innerText()).resolves.toContain('本人办理');
    await checkPage(page, '我的预约', 'my-appointments');
    await page.locator(B.appointmentCancel).click();
    await page.locator(M.modalConfirm).waitFor({ state: 'visible' });
    await page.locator(M.modalConfirm).click();
    await page.locator(B.appointmentsEmpty).waitFor({ state: 'visible', timeout: 15_000 });
    await toastGone(page);
    await page.locator(B.tab('past')).click();
    await page.locator(B.appointment).first().waitFor({ state: 'visible', timeout: 15_000 });
    await expect(page.locator(B.appointmentStatus).innerText()).resolves.toBe('已取消');
    await expect(page.locator(B.appointmentCancel).count()).resolves.toBe(0);

    // The place is back.
    await openCalendar(page);
    await openSlots(page, '2026-10-10');
    await expect(page.locator(B.slotLeft('09:00')).innerText()).resolves.toBe(placesBefore);

    // 长辈版: the same flow for the parent, a list of days with big rows.
    await page.goto(`${stack.appUrl}${ME_PATH}`);
    await page.locator(M.accountCard).waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator(SELECTORS.careToggle).click();
    await page.locator('.me.page--care:visible').waitFor({ state: 'visible' });
    await toastGone(page);
    // This time from an item's 办事指南: 预约办理 opens the flow with its category chosen.
    const item = await bookableItem();
    await page.goto(`${stack.appUrl}${GUIDE_PATHS.item(item.code)}`);
    await page.locator(START_BOOKING).click({ timeout: 30_000 });
    await page.locator(B.step('date')).waitFor({ state: 'visible', timeout: 15_000 });
    await expect(page.locator(B.origin).innerText()).resolves.toBe(`事项：${item.name}`);
    await page.locator(B.dayList).waitFor({ state: 'visible', timeout: 30_000 });
    // 国庆 is one row; 10-10 says it is a 调休 working day, with the places left.
    await expect(dayLabel(page, '2026-10-01')).resolves.toBe('10月1日—10月7日 国庆节 休息');
    await expect(page.locator(B.day('2026-10-02')).count()).resolves.toBe(0);
    await expect(page.locator(B.day('2026-10-10')).innerText()).resolves.toMatch(
      /10月10日 周六\s+调休上班\s+剩余\d+个\s+可约/,
    );
    await expectCareTapTargets(page, '[data-testid="booking-day"]:visible');
    await checkPage(page, 'calendar (care)', 'booking-calendar');
    await openSlots(page, '2026-10-10');
    await expectCareTapTargets(page, '[data-testid="booking-slot"]:visible');
    await checkPage(page, 'slots (care)', 'booking-slots');
    await page.locator(B.slot('09:00')).click();
    await page.locator(B.familyPerson).first().click({ timeout: 15_000 });
    await page.locator(B.step('confirm')).waitFor({ state: 'visible' });
    await expect(page.locator(B.summaryPerson).innerText()).resolves.toBe('张**（父母）');
    // What to bring: the item's own checklist.
    await expect(page.locator(B.checklistLink).innerText()).resolves.toContain('对照材料清单自查');
    await checkPage(page, 'confirm (care)', 'booking-confirm');
    await page.locator(B.submit).click();
    await page.locator(B.done).waitFor({ state: 'visible', timeout: 15_000 });
    expect(keys).toHaveLength(3);
    expect(keys[2]).not.toBe(keys[0]);
    await expect(page.locator(B.doneActedBy).innerText()).resolves.toBe('王** 代 张** 办理');
    await checkPage(page, 'done (care)', 'booking-done');
    await page.locator(B.toMine).click();
    await page.locator(B.appointment).first().waitFor({ state: 'visible', timeout: 30_000 });
    await expect(page.locator(B.appointmentActedBy).innerText()).resolves.toBe('王** 代 张** 办理');
    await expect(page.locator(B.appointmentStatus).innerText()).resolves.toBe('待签到');
    await expect(page.locator(B.appointmentCheckInWindow).innerText()).resolves.toBe(
      '10月10日 08:30—09:15',
    );
    await expectCareTapTargets(
      page,
      `${B.appointmentCancel}, [data-testid^="appointments-tab-"]:visible`,
    );
    await checkPage(page, '我的预约 (care)', 'my-appointments');

    // On the day, in the check-in window: the check-in code, big, for the staff console; too
    // late to cancel, and it says why.
    await setClock('2026-10-10T08:40:00+08:00');
    await page.reload();
    await page.locator(B.checkInCode).waitFor({ state: 'visible', timeout: 30_000 });
    await expect(page.locator(B.checkInCode).innerText()).resolves.toMatch(/^[A-Z0-9 ]{6,14}$/);
    const codeSize = await page
      .locator(B.checkInCode)
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(codeSize).toBeGreaterThanOrEqual(36);
    await expect(page.locator(B.appointmentCancel).getAttribute('aria-disabled')).resolves.toBe(
      'true',
    );
    await expect(page.locator(B.appointmentCancelReason).innerText()).resolves.toBe(
      '已过取消截止时间（10月10日 08:00），不能取消',
    );
    await checkPage(page, '我的预约 in the check-in window (care)', 'my-appointments-check-in');
    const code = await page.locator(B.checkInCode).innerText();

    // At the desk: the hall's staff see the day's bookings (names masked) and check the parent in
    // with the code as the citizen reads it out (lower case, with its space).
    const desk = await staffPage('STAFF_SZ');
    await desk.goto(`${stack.appUrl}${B.hallPath}`);
    await desk.locator(B.hallBooking).first().waitFor({ state: 'visible', timeout: 30_000 });
    await expect(desk.locator(B.hallDate).getAttribute('data-date')).resolves.toBe('2026-10-10');
    await expect(desk.locator(B.hallBooking).count()).resolves.toBe(1);
    await expect(desk.locator(B.hallBookingPerson).innerText()).resolves.toMatch(
      /^张\*\* 370\*+\d{3}[\dX]$/,
    );
    await expect(desk.locator(B.hallBookingStatus).innerText()).resolves.toBe('待签到');
    await desk.locator(B.hallCheckInInput).fill(code.toLowerCase());
    await desk.locator(B.hallCheckInSubmit).click();
    await expect(desk.locator(B.hallCheckInResult).innerText()).resolves.toMatch(
      /^已签到：张\*\*，09:00 /,
    );
    await desk.locator(`${B.hallBookingStatus}:text("已签到")`).waitFor({ timeout: 15_000 });
    await checkPage(desk, '预约名单', 'hall-bookings');
    // The same code again: the BFF's refusal, where it was typed.
    await desk.locator(B.hallCheckInInput).fill(code);
    await desk.locator(B.hallCheckInSubmit).click();
    await expect(desk.locator(B.hallCheckInResult).innerText()).resolves.toMatch(/已于08:4\d签到/);

    // The citizen sees it checked in.
    await page.reload();
    await page.locator(B.appointment).first().waitFor({ state: 'visible', timeout: 30_000 });
    await expect(page.locator(B.appointmentStatus).innerText()).resolves.toBe('已签到');
  });

  it('a place taken meanwhile: SLOT_FULL brings the citizen back to the slots, refreshed', async () => {
    await setClock(TEST_NOW);
    const page = await newPage();
    await page.goto(`${stack.appUrl}${ME_PATH}`);
    await page.locator(M.demoLoginB).tap({ timeout: 30_000 });
    await page.locator(M.accountCard).waitFor({ state: 'visible', timeout: 15_000 });
    const session = await storedSession(page);
    await submitRealName(stack.appUrl, session?.accessToken, B_PERSON);

    // B chooses G on 10-12 at 09:00 and gets to the summary …
    await page.goto(`${stack.appUrl}${B.path}`);
    await page.locator(B.category('G')).click({ timeout: 30_000 });
    await page.locator(B.calendar).waitFor({ state: 'visible', timeout: 30_000 });
    await openSlots(page, '2026-10-12');
    const left = Number((await page.locator(B.slotLeft('09:00')).innerText()).replace(/\D/g, ''));
    expect(left).toBeGreaterThan(0);
    await page.locator(B.slot('09:00')).click();
    await page.locator(B.person('self')).click({ timeout: 15_000 });
    await page.locator(B.step('confirm')).waitFor({ state: 'visible' });

    // … while other citizens take every place left.
    const slots = await graphql<{ bookingSlots: { slots: { id: string; startTime: string }[] } }>(
      '{ bookingSlots(hallCode: "SZ-HALL", categoryCode: "G", date: "2026-10-12") { slots { id startTime } } }',
    );
    const slotId = slots.data?.bookingSlots.slots.find((s) => s.startTime === '09:00')?.id;
    expect(slotId).toBeTruthy();
    for (let i = 0; i < left; i += 1) {
      const login = await graphql<{ loginWithWechat: { accessToken: string } }>(
        'mutation L($code: String!) { loginWithWechat(code: $code) { accessToken } }',
        { code: `booking-e2e-rush-${i}` },
      );
      const other = login.data?.loginWithWechat.accessToken;
      const person = {
        name: '李明',
        idNumber: withCheckCharacter(`3701031990010${String(100 + i).slice(-3)}1`),
      };
      await submitRealName(stack.appUrl, other, person);
      const booked = await graphql(
        'mutation B($input: BookAppointmentInput!) { bookAppointment(input: $input) { replayed } }',
        { input: { slotId, idempotencyKey: `rush-${i}-${Date.now()}` } },
        other,
      );
      expect(booked.errors).toBeUndefined();
    }

    await page.locator(B.submit).click();
    await page.locator(B.step('slot')).waitFor({ state: 'visible', timeout: 15_000 });
    await expect(page.locator(B.notice).innerText()).resolves.toContain('已约满');
    await expect(page.locator(B.slotLeft('09:00')).innerText()).resolves.toBe('已约满');
    await expect(page.locator(B.slot('09:00')).getAttribute('data-disabled')).resolves.toBe('true');
    await checkPage(page, 'slots after SLOT_FULL', 'booking-slot-full');
  });

  it('with the real clock, the horizon from today has a bookable day (both modes)', async () => {
    await setClock(null);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    for (const care of [false, true]) {
      const page = await newPage(care);
      await page.goto(`${stack.appUrl}${B.path}`);
      await page.locator(B.category('A')).click({ timeout: 30_000 });
      await page.locator(B.calendar).waitFor({ state: 'visible', timeout: 30_000 });
      await expect(page.locator(B.calendar).getAttribute('data-today')).resolves.toBe(today);
      await expect(page.locator(B.openDay).count()).resolves.toBeGreaterThan(0);
      await checkPage(page, `calendar today${care ? ' (care)' : ''}`, 'booking-calendar-today');
      await page.locator(B.openDay).first().click();
      await page
        .locator('[data-testid="booking-slot"][data-disabled="false"]:visible')
        .first()
        .waitFor({
          timeout: 15_000,
        });
    }
  });
});
