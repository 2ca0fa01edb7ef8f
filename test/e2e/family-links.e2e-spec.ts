import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  ACCOUNT_PATHS,
  ACCOUNT_SELECTORS as A,
  FAMILY_LINK_SELECTORS as F,
  ME_PATH,
  ME_SELECTORS as M,
  SELECTORS,
  newPhoneContext,
  storedSession,
} from '../support/app';
import { launchBrowser, requireChromium } from '../support/browser';
import { startStack, type RunningStack } from '../support/stack';
import { submitRealName } from '../support/stack-graphql';
import { withCheckCharacter } from '../support/id-number';
import { NARROW, checkPage, toastGone } from '../support/page-checks';

/**
 * Family links (issue 5, item 3) with two citizens in two browser contexts: A adds B, who has a
 * real-name profile; A's 家人代办 shows 待对方确认; B confirms under 我的 → 家人请求; A sees 已确认;
 * B revokes (with a confirmation); A sees 对方已撤销. Also B's 收件地址 on 实名信息. Every new view
 * at 360 px in normal and care mode, with axe.
 */

const chromium = requireChromium();
const describeIfChromium = chromium ? describe : describe.skip;

const A_PERSON = { name: '王建华', idNumber: withCheckCharacter('37010319800214131') };
const B_PERSON = { name: '张秀英', idNumber: withCheckCharacter('37010319520903242') };

describeIfChromium('家人代办: consent, 家人请求 and 收件地址 (H5, two citizens)', () => {
  let stack: RunningStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  });

  afterAll(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    await browser?.close();
    await stack?.stop();
  });

  async function newPage(): Promise<Page> {
    const context = await newPhoneContext(browser, NARROW);
    contexts.push(context);
    return context.newPage();
  }

  async function demoLogin(page: Page, who: 'a' | 'b'): Promise<void> {
    await page.goto(`${stack.appUrl}${ME_PATH}`);
    await page.locator(who === 'a' ? M.demoLoginA : M.demoLoginB).tap({ timeout: 30_000 });
    await page.locator(M.accountCard).waitFor({ state: 'visible', timeout: 15_000 });
  }

  /** Real-name through the API with the page's own session (what the 实名信息 form sends). */
  async function realNameByApi(page: Page, person: { name: string; idNumber: string }) {
    const session = await storedSession(page);
    if (!session) throw new Error('not logged in');
    await submitRealName(stack.appUrl, session.accessToken, person);
  }

  /** 家人代办, loaded afresh (a reload: nothing from this tab's cache). */
  async function openFamily(page: Page): Promise<void> {
    await page.goto(`${stack.appUrl}${ACCOUNT_PATHS.family}`);
    await page.reload();
    try {
      await page.locator(A.familyMember).first().waitFor({ state: 'visible', timeout: 30_000 });
    } catch (error) {
      await page.screenshot({ path: '/tmp/family-debug.png' });
      console.log(page.url(), await page.evaluate(() => document.body.innerText));
      throw error;
    }
  }

  async function expectMemberStatus(page: Page, label: string): Promise<void> {
    await page.locator(F.memberStatus, { hasText: label }).waitFor({ timeout: 15_000 });
    await expect(page.locator(F.memberStatus).innerText()).resolves.toBe(label);
  }

  async function switchCareMode(page: Page): Promise<void> {
    await page.goto(`${stack.appUrl}${ME_PATH}`);
    await page.locator(M.accountCard).waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator(SELECTORS.careToggle).click();
    await page.locator('.me.page--care:visible').waitFor({ state: 'visible' });
    await toastGone(page);
  }

  it('A adds B → 待对方确认; B confirms under 我的 → 已确认; B revokes → 对方已撤销', async () => {
    const [pageA, pageB] = await Promise.all([newPage(), newPage()]);

    // B: real-name through the UI, then a 收件地址 (a wrong one first).
    await demoLogin(pageB, 'b');
    await pageB.locator(A.realNameRow).click();
    await pageB.locator(A.realNameForm).waitFor({ state: 'visible', timeout: 30_000 });
    await pageB.locator(A.nameInput).fill(B_PERSON.name);
    await pageB.locator(A.idInput).fill(B_PERSON.idNumber);
    await pageB.locator(A.realNameSubmit).click();
    await pageB.locator(A.realNameDone).waitFor({ state: 'visible', timeout: 15_000 });
    await pageB.locator(F.addressCard).waitFor({ state: 'visible' });
    await pageB.locator(F.addressAdd).click();
    await expect(pageB.locator(F.addressRegionInput).inputValue()).resolves.toBe(
      '山东省济南市市中区',
    );
    await pageB.locator(F.addressDetailInput).fill('<b>1号</b>');
    await pageB.locator(F.addressSave).click();
    await expect(pageB.locator(F.addressDetailError).innerText()).resolves.toBe(
      '地址不能包含 < > 等符号',
    );
    await checkPage(pageB, '收件地址 form with an error', 'real-name-address-form');
    await pageB.locator(F.addressDetailInput).fill('杏林雅苑7号楼东单元302室');
    await pageB.locator(F.addressSave).click();
    await pageB.locator(F.maskedAddress).waitFor({ state: 'visible', timeout: 15_000 });
    await expect(pageB.locator(F.maskedAddress).innerText()).resolves.toBe(
      '山东省济南市市中区杏林雅苑****',
    );
    await toastGone(pageB);
    await checkPage(pageB, '实名信息 with address', 'real-name-address');
    // Still masked after a reload (read from the BFF).
    await pageB.reload();
    await pageB.locator(F.maskedAddress).waitFor({ state: 'visible', timeout: 30_000 });
    await expect(pageB.locator(F.maskedAddress).innerText()).resolves.toBe(
      '山东省济南市市中区杏林雅苑****',
    );

    // A: real-name (API), then adds B as a parent on 家人代办.
    await demoLogin(pageA, 'a');
    await realNameByApi(pageA, A_PERSON);
    await pageA.locator(A.familyRow).click();
    await pageA.locator(A.familyEmpty).waitFor({ state: 'visible', timeout: 30_000 });
    await pageA.locator(A.familyAdd).click();
    await pageA.locator(A.familyNameInput).fill(B_PERSON.name);
    await pageA.locator(A.familyIdInput).fill(B_PERSON.idNumber);
    await pageA.locator(A.relationOption('PARENT')).click();
    await pageA.locator(A.familySave).click();
    await pageA.locator(A.familyMember).first().waitFor({ state: 'visible', timeout: 15_000 });
    await expectMemberStatus(pageA, '待对方确认');
    await expect(pageA.locator(F.memberHint).innerText()).resolves.toContain('同意后');
    await toastGone(pageA);
    await checkPage(pageA, '家人代办 pending', 'family-status-pending');

    // B: 我的 shows the request with A's masked name and the relation A stated.
    await pageB.goto(`${stack.appUrl}${ME_PATH}`);
    await pageB.locator(F.requests).waitFor({ state: 'visible', timeout: 30_000 });
    await expect(pageB.locator(F.link).count()).resolves.toBe(1);
    await expect(pageB.locator(F.linkText).innerText()).resolves.toBe('王** 想替您办事');
    await expect(pageB.locator(F.linkStatus).innerText()).resolves.toBe('待您确认');
    await expect(pageB.locator(F.linkRelation).innerText()).resolves.toContain('父母');
    await expect(pageB.locator(F.accept).getAttribute('aria-label')).resolves.toBe(
      '同意王**替您办事',
    );
    await checkPage(pageB, '我的 with a family request', 'me-family-request');
    await pageB.locator(F.accept).click();
    await pageB.locator(F.revoke).waitFor({ state: 'visible', timeout: 15_000 });
    await expect(pageB.locator(F.linkStatus).innerText()).resolves.toBe('已授权');
    await expect(pageB.locator(F.linkText).innerText()).resolves.toBe('王** 可以替您办事');
    await toastGone(pageB);
    await checkPage(pageB, '我的 with a confirmed link', 'me-family-confirmed');

    // A: after a reload, 已确认.
    await openFamily(pageA);
    await expectMemberStatus(pageA, '已确认');
    await expect(pageA.locator(F.memberHint).count()).resolves.toBe(0);

    // B: 撤销授权 asks first; cancelled, nothing changes; confirmed, the link is gone.
    await pageB.locator(F.revoke).click();
    await pageB.locator('.taro__modal .taro-model__cancel:visible').waitFor({ state: 'visible' });
    await expect(pageB.locator('.taro-modal__text:visible').innerText()).resolves.toContain('王**');
    await pageB.locator('.taro__modal .taro-model__cancel:visible').click();
    await pageB.locator('.taro-modal__text:visible').waitFor({ state: 'hidden' });
    await expect(pageB.locator(F.linkStatus).innerText()).resolves.toBe('已授权');
    await pageB.locator(F.revoke).click();
    await pageB.locator(M.modalConfirm).waitFor({ state: 'visible' });
    await pageB.locator(M.modalConfirm).click();
    await pageB.locator(F.requests).waitFor({ state: 'hidden', timeout: 15_000 });

    // A: 对方已撤销, with what it means.
    await openFamily(pageA);
    await expectMemberStatus(pageA, '对方已撤销');
    await expect(pageA.locator(F.memberHint).innerText()).resolves.toContain('撤销了授权');
    await checkPage(pageA, '家人代办 revoked', 'family-status-revoked');

    // Care mode: A removes B and adds B again (asked again); both see it in 长辈版.
    await pageA.locator(F.memberRemove).click();
    await pageA.locator(M.modalConfirm).waitFor({ state: 'visible' });
    await pageA.locator(M.modalConfirm).click();
    await pageA.locator(A.familyEmpty).waitFor({ state: 'visible', timeout: 15_000 });
    await toastGone(pageA);
    await pageA.locator(A.familyAdd).click();
    await pageA.locator(A.familyNameInput).fill(B_PERSON.name);
    await pageA.locator(A.familyIdInput).fill(B_PERSON.idNumber);
    await pageA.locator(A.relationOption('PARENT')).click();
    await pageA.locator(A.familySave).click();
    await expectMemberStatus(pageA, '待对方确认');
    await switchCareMode(pageA);
    await openFamily(pageA);
    await pageA.locator('.family.page--care:visible').waitFor({ state: 'visible' });
    await expectMemberStatus(pageA, '待对方确认');
    await checkPage(pageA, '家人代办 pending', 'family-status-pending');

    await switchCareMode(pageB);
    // 我的 asks again each time it is shown (here: opened afresh).
    await pageB.reload();
    await pageB.locator(F.requests).waitFor({ state: 'visible', timeout: 30_000 });
    await expect(pageB.locator(F.linkStatus).innerText()).resolves.toBe('待您确认');
    await checkPage(pageB, '我的 with a family request', 'me-family-request');
    await pageB.goto(`${stack.appUrl}${ACCOUNT_PATHS.realName}`);
    await pageB.locator(F.maskedAddress).waitFor({ state: 'visible', timeout: 30_000 });
    await pageB.locator('.real-name.page--care:visible').waitFor({ state: 'visible' });
    await checkPage(pageB, '实名信息 with address', 'real-name-address');
  });
});
