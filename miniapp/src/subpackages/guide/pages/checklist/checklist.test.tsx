import { act, fireEvent, render, screen } from '@testing-library/react';
import { getSessionStore } from '@/auth';
import type { ChecklistAccount, AccountChecklistState } from './checklist-account';
import type { ChecklistTemplateData } from './checklist-model';
import { checklistAsText } from './checklist-model';
import { loadProgress, progressKey, type KeyValueStorage } from './checklist-progress';
import { ChecklistView } from './checklist-view';

const mockStore = new Map<string, unknown>();

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: (key: string) => (mockStore.has(key) ? mockStore.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void mockStore.set(key, value),
    removeStorageSync: (key: string) => void mockStore.delete(key),
    setClipboardData: jest.fn(() => Promise.resolve()),
    showToast: jest.fn(() => Promise.resolve()),
    setNavigationBarTitle: jest.fn(() => Promise.resolve()),
    navigateTo: jest.fn(() => Promise.resolve()),
    switchTab: jest.fn(() => Promise.resolve()),
  },
  useRouter: () => ({ params: {} }),
  useShareAppMessage: jest.fn(),
  useDidHide: jest.fn(),
}));

// Imported after the mock: the page module reads Taro at import time.
import { OwnChecklist, SharedChecklist, deviceStorage } from './index';

const forms = { original: true, copy: false, electronic: false };
const template: ChecklistTemplateData = {
  kind: 'THEME',
  code: 'YJS-KFD',
  title: '我要开饭店',
  questions: [{ id: 'q-lease', text: '经营场所是租赁的吗？' }],
  materials: [
    {
      code: 'ID',
      name: '身份证',
      required: true,
      forms,
      originalCopies: 1,
      copyCopies: 0,
      source: '本人持有',
      usedBy: [],
    },
    {
      code: 'FORM',
      name: '申请书',
      required: true,
      forms,
      originalCopies: 1,
      copyCopies: 0,
      source: '窗口领取或网上下载',
      usedBy: [],
    },
    {
      code: 'PLAN',
      name: '平面图',
      required: true,
      forms,
      originalCopies: 1,
      copyCopies: 0,
      source: '自行绘制',
      usedBy: [],
    },
    {
      code: 'LEASE',
      name: '租赁合同',
      required: false,
      questionId: 'q-lease',
      forms,
      originalCopies: 1,
      copyCopies: 0,
      source: '与房东签订',
      usedBy: [],
    },
  ],
};

function summaryText(container: HTMLElement): string {
  return container.querySelector('[data-testid="checklist-summary"]')?.textContent ?? '';
}

beforeEach(() => mockStore.clear());

describe('<ChecklistView> summary', () => {
  it('says how many are missing and names each one with where to get it', () => {
    const { container } = render(
      <ChecklistView
        template={template}
        answers={[{ questionId: 'q-lease', yes: true }]}
        heldCodes={['ID', 'FORM']}
      />,
    );
    const summary = summaryText(container);
    expect(summary).toContain('还缺 2 项');
    expect(summary).toContain('平面图（来源：自行绘制）');
    expect(summary).toContain('租赁合同（来源：与房东签订）');
    expect(summary).not.toContain('身份证');
  });

  it('says the materials are complete when every needed one is ticked', () => {
    const { container } = render(
      <ChecklistView
        template={template}
        answers={[{ questionId: 'q-lease', yes: false }]}
        heldCodes={['ID', 'FORM', 'PLAN']}
      />,
    );
    expect(summaryText(container)).toContain('材料已备齐，可以预约办理');
    expect(container.querySelectorAll('[data-testid="missing-material"]')).toHaveLength(0);
    // 租赁合同 is not needed when the premises are not rented.
    expect(screen.queryByText('租赁合同')).toBeNull();
  });

  it('asks for the unanswered question before calling the list complete', () => {
    const { container } = render(
      <ChecklistView template={template} answers={[]} heldCodes={['ID', 'FORM', 'PLAN']} />,
    );
    expect(summaryText(container)).toContain('还有 1 个问题没回答');
    expect(summaryText(container)).not.toContain('材料已备齐');
  });
});

describe('read-only (shared) list', () => {
  it('shows ticks as ✓/✗ with no checkboxes or answer buttons', () => {
    const { container } = render(
      <SharedChecklist
        template={template}
        answers={[{ questionId: 'q-lease', yes: true }]}
        heldCodes={['ID']}
      />,
    );
    expect(screen.getByText('这是家人分享给您的材料清单')).toBeTruthy();
    expect(container.querySelectorAll('[role="checkbox"]')).toHaveLength(0);
    expect(container.querySelectorAll('[role="radio"]')).toHaveLength(0);
    expect(container.querySelectorAll('[data-testid="answer-yes"]')).toHaveLength(0);
    const rows = container.querySelectorAll('[data-testid="checklist-material"]');
    expect(rows).toHaveLength(4);
    fireEvent.click(rows[1]);
    expect(rows[1].getAttribute('data-held')).toBe('false');
    expect(summaryText(container)).toContain('还缺 3 项');
  });

  it('copies a plain-text list with ✓/✗ and sources', () => {
    const text = checklistAsText(template, [{ questionId: 'q-lease', yes: true }], ['ID']);
    expect(text.split('\n')).toEqual([
      '我要开饭店 — 材料清单',
      '经营场所是租赁的吗？是',
      '✓ 身份证，原件1份（来源：本人持有）',
      '✗ 申请书，原件1份（来源：窗口领取或网上下载）',
      '✗ 平面图，原件1份（来源：自行绘制）',
      '✗ 租赁合同，原件1份（来源：与房东签订）',
      '还缺 3 项',
    ]);
  });
});

describe('saved on the device', () => {
  const subject = { kind: 'THEME' as const, code: 'YJS-KFD' };

  it('restores answers and ticks when the list is opened again', () => {
    const first = render(
      <OwnChecklist subject={subject} template={template} storage={deviceStorage} />,
    );
    const yes = first.container.querySelector('[data-testid="answer-yes"]') as HTMLElement;
    act(() => void fireEvent.click(yes));
    const tick = (code: string) =>
      fireEvent.click(
        first.container.querySelector(
          `[data-testid="checklist-material"][data-code="${code}"]`,
        ) as HTMLElement,
      );
    act(() => void tick('ID'));
    act(() => void tick('LEASE'));
    expect(summaryText(first.container)).toContain('还缺 2 项');
    first.unmount();

    expect(mockStore.has(progressKey(subject))).toBe(true);
    const again = render(
      <OwnChecklist subject={subject} template={template} storage={deviceStorage} />,
    );
    expect(
      again.container.querySelector('[data-testid="answer-yes"]')?.getAttribute('aria-checked'),
    ).toBe('true');
    const held = Array.from(
      again.container.querySelectorAll('[data-testid="checklist-material"][data-held="true"]'),
    ).map((row) => row.getAttribute('data-code'));
    expect(held.sort()).toEqual(['ID', 'LEASE']);
    expect(summaryText(again.container)).toContain('还缺 2 项');
  });

  it('treats unreadable saved data as nothing saved', () => {
    const storage: KeyValueStorage = {
      get: () => ({ answers: 'x', heldCodes: [1, 'ID'] }),
      set: jest.fn(),
    };
    expect(loadProgress(storage, subject)).toEqual({ answers: [], heldCodes: ['ID'] });
    const broken: KeyValueStorage = {
      get: () => {
        throw new Error('quota');
      },
      set: jest.fn(),
    };
    expect(loadProgress(broken, subject)).toEqual({ answers: [], heldCodes: [] });
  });
});

describe('saved on the account when signed in', () => {
  const subject = { kind: 'THEME' as const, code: 'YJS-KFD' };
  const T0 = Date.parse('2026-11-03T06:00:00.000Z');

  function fakeAccount(stored: AccountChecklistState | null) {
    const saves: { answers: unknown[]; heldCodes: string[] }[] = [];
    let fail = false;
    const account: ChecklistAccount = {
      load: jest.fn(() => Promise.resolve(stored)),
      save: jest.fn((_subject, progress) => {
        if (fail) return Promise.reject(new Error('network'));
        saves.push({ answers: progress.answers, heldCodes: progress.heldCodes });
        return Promise.resolve({ updatedAt: Date.now() });
      }),
    };
    return { account, saves, failNext: (value: boolean) => (fail = value) };
  }

  function signIn() {
    act(() =>
      getSessionStore().set({
        accessToken: 'a',
        refreshToken: 'r',
        expiresAt: Date.now() + 600_000,
        user: { id: 'u1', role: 'CITIZEN' },
      }),
    );
  }

  function noteOf(container: HTMLElement): Element | null {
    return container.querySelector('[data-testid="checklist-save-note"]');
  }

  function heldOf(container: HTMLElement): string[] {
    return Array.from(
      container.querySelectorAll('[data-testid="checklist-material"][data-held="true"]'),
    )
      .map((row) => row.getAttribute('data-code') ?? '')
      .sort();
  }

  async function flushPromises() {
    await act(async () => {
      for (let i = 0; i < 5; i += 1) await Promise.resolve();
    });
  }

  beforeEach(() => jest.useFakeTimers({ now: T0 }));
  afterEach(() => {
    jest.useRealTimers();
    act(() => getSessionStore().clear());
  });

  it('says the list is kept on this device and offers 登录后保存 when not signed in', () => {
    const { account } = fakeAccount(null);
    const { container } = render(
      <OwnChecklist
        subject={subject}
        template={template}
        storage={deviceStorage}
        account={account}
      />,
    );
    expect(noteOf(container)?.textContent).toBe('勾选会自动保存在本机');
    expect(screen.getByText('登录后保存')).toBeTruthy();
    expect(account.load).not.toHaveBeenCalled();
  });

  it("opens with the account's copy when it is newer than the device's", async () => {
    mockStore.set(progressKey(subject), {
      answers: [],
      heldCodes: ['ID'],
      savedAt: new Date(T0 - 60_000).toISOString(),
    });
    signIn();
    const { account, saves } = fakeAccount({
      answers: [{ questionId: 'q-lease', yes: true }],
      heldCodes: ['FORM', 'LEASE'],
      updatedAt: T0 - 1_000,
    });
    const { container } = render(
      <OwnChecklist
        subject={subject}
        template={template}
        storage={deviceStorage}
        account={account}
      />,
    );
    await flushPromises();
    expect(heldOf(container)).toEqual(['FORM', 'LEASE']);
    expect(noteOf(container)?.textContent).toBe('已保存到我的账号');
    expect(screen.queryByText('登录后保存')).toBeNull();
    // The device keeps the account's copy now.
    expect(loadProgress(deviceStorage, subject).heldCodes).toEqual(['FORM', 'LEASE']);
    expect(saves).toEqual([]);
  });

  it("sends the device's copy up when it is newer, without codes the checklist no longer has", async () => {
    mockStore.set(progressKey(subject), {
      answers: [],
      heldCodes: ['ID', 'GONE'],
      savedAt: new Date(T0 - 1_000).toISOString(),
    });
    signIn();
    const { account, saves } = fakeAccount({
      answers: [],
      heldCodes: ['FORM'],
      updatedAt: T0 - 60_000,
    });
    const { container } = render(
      <OwnChecklist
        subject={subject}
        template={template}
        storage={deviceStorage}
        account={account}
      />,
    );
    await flushPromises();
    expect(heldOf(container)).toEqual(['ID']);
    expect(saves).toEqual([{ answers: [], heldCodes: ['ID'] }]);
    expect(noteOf(container)?.textContent).toBe('已保存到我的账号');
  });

  it('saves ticks to the account once the taps stop, and offers a retry when that fails', async () => {
    signIn();
    const { account, saves, failNext } = fakeAccount(null);
    const { container } = render(
      <OwnChecklist
        subject={subject}
        template={template}
        storage={deviceStorage}
        account={account}
      />,
    );
    await flushPromises();
    expect(noteOf(container)?.textContent).toBe('勾选会自动保存到我的账号');
    const tick = (code: string) =>
      fireEvent.click(
        container.querySelector(
          `[data-testid="checklist-material"][data-code="${code}"]`,
        ) as HTMLElement,
      );
    act(() => void tick('ID'));
    act(() => void tick('FORM'));
    expect(noteOf(container)?.textContent).toBe('正在保存到我的账号…');
    act(() => void jest.advanceTimersByTime(500));
    expect(saves).toEqual([]);
    act(() => void jest.advanceTimersByTime(800));
    await flushPromises();
    expect(saves).toEqual([{ answers: [], heldCodes: ['ID', 'FORM'] }]);
    expect(noteOf(container)?.textContent).toBe('已保存到我的账号');

    failNext(true);
    act(() => void tick('PLAN'));
    act(() => void jest.advanceTimersByTime(800));
    await flushPromises();
    expect(noteOf(container)?.getAttribute('data-state')).toBe('failed');
    expect(noteOf(container)?.textContent).toContain('已先保存在本机');
    failNext(false);
    act(() => void fireEvent.click(screen.getByText('重新保存')));
    await flushPromises();
    expect(saves.at(-1)).toEqual({ answers: [], heldCodes: ['ID', 'FORM', 'PLAN'] });
    expect(noteOf(container)?.textContent).toBe('已保存到我的账号');
  });
});
