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

/** Search, 一件事 theme and self-check checklist pages (H5 hooks, see miniapp/README.md). */
export const GUIDE_SELECTORS = {
  homeSearchInput: '[data-testid="home-search-input"]:visible input',
  searchHit: '[data-testid="search-hit"]:visible',
  themeSaving: '[data-testid="theme-saving"]:visible',
  mergedMaterial: '[data-testid="merged-material-row"]:visible',
  themeItem: '[data-testid="theme-item-row"]:visible',
  flowStage: '[data-testid="flow-stage"]:visible',
  startChecklist: 'taro-button-core[data-testid="start-checklist"]:visible',
  question: '[data-testid="question"]:visible',
  answerYes: '[data-testid="answer-yes"]:visible',
  checklistMaterial: '[data-testid="checklist-material"]:visible',
  checkbox: '[role="checkbox"]:visible',
  summary: '[data-testid="checklist-summary"]:visible',
  missingMaterial: '[data-testid="missing-material"]:visible',
  shareButton: 'taro-button-core[data-testid="share-checklist"]:visible',
  shareLink: '[data-testid="share-link"]:visible',
  sharedNote: '[data-testid="shared-note"]:visible',
  copyChecklist: 'taro-button-core[data-testid="copy-checklist"]:visible',
  stateEmpty: '[data-testid="state-empty"]:visible',
  stateError: '[data-testid="state-error"]:visible',
} as const;

/** Pages opened straight by URL (H5 hash router). */
export const GUIDE_PATHS = {
  search: (query: string) =>
    `#/subpackages/search/pages/index/index?q=${encodeURIComponent(query)}`,
  item: (code: string) => `#/subpackages/guide/pages/item/index?code=${encodeURIComponent(code)}`,
  theme: (code: string) => `#/subpackages/guide/pages/theme/index?code=${encodeURIComponent(code)}`,
  checklist: (kind: 'ITEM' | 'THEME', code: string) =>
    `#/subpackages/guide/pages/checklist/index?kind=${kind}&code=${encodeURIComponent(code)}`,
} as const;

/** Starts every page of `context` in care mode (长辈版), as if the user had switched it on. */
export async function useCareModeIn(context: BrowserContext): Promise<void> {
  // Taro's H5 storage keeps `{ data }` as JSON under the key (miniapp theme/care-mode-store.ts).
  await context.addInitScript(() => {
    window.localStorage.setItem('careMode', JSON.stringify({ data: true }));
  });
}

/**
 * Starts every page of `context` signed in with `session`, as if the user had logged in: Taro's
 * H5 storage keeps `{ data }` as JSON under `session` (see `storedSession`).
 */
export async function useSessionIn(context: BrowserContext, session: object): Promise<void> {
  await context.addInitScript((value) => {
    window.localStorage.setItem('session', JSON.stringify({ data: value }));
  }, session);
}

/** 我的: login, account, care-mode row, coming-soon rows, logout (H5 hooks, see miniapp/README.md). */
export const ME_SELECTORS = {
  loginCard: '[data-testid="login-card"]:visible',
  demoLoginA: 'taro-button-core[data-testid="demo-login-a"]:visible',
  demoLoginB: 'taro-button-core[data-testid="demo-login-b"]:visible',
  loginError: '[data-testid="login-error"]:visible',
  accountCard: '[data-testid="account-card"]:visible',
  accountRole: '[data-testid="account-role"]:visible',
  featureRow: '[data-testid="me-feature-row"]:visible',
  logout: 'taro-button-core[data-testid="logout"]:visible',
  /** Taro H5's showModal buttons. */
  modalConfirm: '.taro__modal .taro-model__confirm',
} as const;

export const ME_PATH = '#/pages/me/index';

/** The login session Taro H5 keeps in localStorage (`{ data }` JSON under `session`). */
export async function storedSession(
  page: Page,
): Promise<{ accessToken: string; refreshToken: string; expiresAt: number } | null> {
  return page.evaluate(() => {
    const raw = window.localStorage.getItem('session');
    if (!raw) return null;
    const parsed = JSON.parse(raw) as {
      data?: { accessToken: string; refreshToken: string; expiresAt: number } | '';
    };
    return parsed.data ? parsed.data : null;
  });
}

/** 实名信息 and 家人代办 (subpackages/account; H5 hooks, see miniapp/README.md). */
export const ACCOUNT_SELECTORS = {
  realNameRow: '[data-testid="me-feature-row"][data-name="实名信息"]:visible',
  familyRow: '[data-testid="me-feature-row"][data-name="家人代办"]:visible',
  realNameForm: '[data-testid="real-name-form"]:visible',
  nameInput: '[data-testid="real-name-name-input"]:visible input',
  idInput: '[data-testid="real-name-id-input"]:visible input',
  nameError: '[data-testid="real-name-name-error"]:visible',
  idError: '[data-testid="real-name-id-error"]:visible',
  realNameSubmit: 'taro-button-core[data-testid="real-name-submit"]:visible',
  realNameDone: '[data-testid="real-name-done"]:visible',
  maskedName: '[data-testid="masked-name"]:visible',
  maskedIdNumber: '[data-testid="masked-id-number"]:visible',
  phoneInput: '[data-testid="phone-input"]:visible input',
  requestCode: 'taro-button-core[data-testid="request-code"]:visible',
  codeInput: '[data-testid="sms-code-input"]:visible input',
  verifyPhone: 'taro-button-core[data-testid="verify-phone"]:visible',
  phoneVerified: '[data-testid="phone-verified"]:visible',
  maskedPhone: '[data-testid="masked-phone"]:visible',
  careSuggestion: '[data-testid="care-suggestion"]:visible',
  familyEmpty: '[data-testid="family-empty"]:visible',
  familyAdd: 'taro-button-core[data-testid="family-add"]:visible',
  familyNameInput: '[data-testid="family-name-input"]:visible input',
  familyIdInput: '[data-testid="family-id-input"]:visible input',
  familyPhoneInput: '[data-testid="family-phone-input"]:visible input',
  relationOption: (relation: string) =>
    `[data-testid="relation-option"][data-relation="${relation}"]:visible`,
  relationChecked: (relation: string) =>
    `[data-testid="relation-option"][data-relation="${relation}"][aria-checked="true"]:visible`,
  familySave: 'taro-button-core[data-testid="family-save"]:visible',
  familyMember: '[data-testid="family-member"]:visible',
  familyMemberName: '[data-testid="family-member-name"]:visible',
  familyMemberRelation: '[data-testid="family-member-relation"]:visible',
  familyMemberId: '[data-testid="family-member-id"]:visible',
} as const;

export const ACCOUNT_PATHS = {
  realName: '#/subpackages/account/pages/real-name/index',
  family: '#/subpackages/account/pages/family/index',
} as const;

/** Family links and the address card (issue 5: 家人请求 on 我的, statuses on 家人代办, 收件地址). */
export const FAMILY_LINK_SELECTORS = {
  memberStatus: '[data-testid="family-member-status"]:visible',
  memberHint: '[data-testid="family-member-hint"]:visible',
  memberRemove: 'taro-button-core[data-testid="family-member-remove"]:visible',
  requests: '[data-testid="family-requests"]:visible',
  link: '[data-testid="family-link"]:visible',
  linkText: '[data-testid="family-link-text"]:visible',
  linkStatus: '[data-testid="family-link-status"]:visible',
  linkRelation: '[data-testid="family-link-relation"]:visible',
  accept: 'taro-button-core[data-testid="family-link-accept"]:visible',
  decline: 'taro-button-core[data-testid="family-link-decline"]:visible',
  revoke: 'taro-button-core[data-testid="family-link-revoke"]:visible',
  addressCard: '[data-testid="address-card"]:visible',
  addressAdd: 'taro-button-core[data-testid="address-add"]:visible',
  addressChange: 'taro-button-core[data-testid="address-change"]:visible',
  addressRegionInput: '[data-testid="address-region-input"]:visible input',
  addressDetailInput: '[data-testid="address-detail-input"]:visible input',
  addressDetailError: '[data-testid="address-detail-error"]:visible',
  addressSave: 'taro-button-core[data-testid="address-save"]:visible',
  maskedAddress: '[data-testid="masked-address"]:visible',
} as const;

/** 已存清单 (subpackages/account) and the checklist page's account note (H5 hooks). */
export const SAVED_CHECKLIST_SELECTORS = {
  meRow: '[data-testid="me-feature-row"][data-name="已存清单"]:visible',
  saveNote: '[data-testid="checklist-save-note"]:visible',
  saveNoteIn: (state: string) =>
    `[data-testid="checklist-save-note"][data-state="${state}"]:visible`,
  loginToSave: 'taro-button-core[data-testid="login-to-save"]:visible',
  row: '[data-testid="saved-checklist"]:visible',
  title: '[data-testid="saved-checklist-title"]:visible',
  status: '[data-testid="saved-checklist-status"]:visible',
  date: '[data-testid="saved-checklist-date"]:visible',
  open: 'taro-button-core[data-testid="saved-checklist-open"]:visible',
  remove: 'taro-button-core[data-testid="saved-checklist-delete"]:visible',
  empty: '[data-testid="saved-checklists-empty"]:visible',
  path: '#/subpackages/account/pages/checklists/index',
} as const;

/** 预约办事, 预约成功 and 我的预约 (subpackages/booking; H5 hooks, see miniapp/README.md). */
export const BOOKING_SELECTORS = {
  visitBooking: '[data-testid="visit-booking"]:visible',
  meRow: '[data-testid="me-feature-row"][data-name="我的预约"]:visible',
  step: (step: string) => `[data-testid="booking-step"][data-step="${step}"]:visible`,
  back: 'taro-button-core[data-testid="booking-back"]:visible',
  notice: '[data-testid="booking-notice"]:visible',
  origin: '[data-testid="booking-origin"]:visible',
  category: (code: string) => `[data-testid="booking-category"][data-code="${code}"]:visible`,
  calendar: '[data-testid="booking-calendar"]:visible',
  grid: '[data-testid="booking-grid"]:visible',
  dayList: '[data-testid="booking-day-list"]:visible',
  day: (date: string) => `[data-testid="booking-day"][data-date="${date}"]:visible`,
  openDay: '[data-testid="booking-day"][data-selectable="true"]:visible',
  dayHint: '[data-testid="booking-day-hint"]:visible',
  specialDay: '[data-testid="booking-special-day"]:visible',
  slot: (start: string) => `[data-testid="booking-slot"][data-start="${start}"]:visible`,
  slotLeft: (start: string) =>
    `[data-testid="booking-slot"][data-start="${start}"] [data-testid="booking-slot-left"]:visible`,
  person: (who: string) => `[data-testid="booking-person"][data-person="${who}"]:visible`,
  familyPerson: '[data-testid="booking-person"]:not([data-person="self"]):visible',
  summaryDate: '[data-testid="booking-summary-date"]:visible',
  summaryTime: '[data-testid="booking-summary-time"]:visible',
  summaryPerson: '[data-testid="booking-summary-person"]:visible',
  checklistLink: '[data-testid="booking-checklist-link"]:visible',
  submit: 'taro-button-core[data-testid="booking-submit"]:visible',
  done: '[data-testid="booking-done"]:visible',
  doneDate: '[data-testid="booking-done-date"]:visible',
  doneTime: '[data-testid="booking-done-time"]:visible',
  doneZone: '[data-testid="booking-done-zone"]:visible',
  doneActedBy: '[data-testid="booking-done-acted-by"]:visible',
  checkInCode: '[data-testid="booking-check-in-code"]:visible',
  subscribe: 'taro-button-core[data-testid="booking-subscribe-button"]:visible',
  subscribeNote: '[data-testid="booking-subscribe-note"]:visible',
  toMine: 'taro-button-core[data-testid="booking-to-mine"]:visible',
  tab: (scope: 'upcoming' | 'past') => `[data-testid="appointments-tab-${scope}"]:visible`,
  appointment: '[data-testid="appointment"]:visible',
  appointmentStatus: '[data-testid="appointment-status"]:visible',
  appointmentActedBy: '[data-testid="appointment-acted-by"]:visible',
  appointmentDate: '[data-testid="appointment-date"]:visible',
  appointmentCancel: 'taro-button-core[data-testid="appointment-cancel"]:visible',
  appointmentCancelReason: '[data-testid="appointment-cancel-reason"]:visible',
  appointmentCheckInWindow: '[data-testid="appointment-check-in-window"]:visible',
  appointmentsEmpty: '[data-testid="appointments-empty"]:visible',
  path: '#/subpackages/booking/pages/book/index',
  minePath: '#/subpackages/booking/pages/mine/index',
  hallPath: '#/subpackages/booking/pages/hall/index',
  hallDate: '[data-testid="hall-date"]:visible',
  hallBooking: '[data-testid="hall-booking"]:visible',
  hallBookingPerson: '[data-testid="hall-booking-person"]:visible',
  hallBookingStatus: '[data-testid="hall-booking-status"]:visible',
  hallCheckInInput: '[data-testid="hall-check-in-input"]:visible input',
  hallCheckInSubmit: 'taro-button-core[data-testid="hall-check-in-submit"]:visible',
  hallCheckInResult: '[data-testid="hall-check-in-result"]:visible',
} as const;
