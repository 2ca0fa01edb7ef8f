import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { getSessionStore } from '@/auth';
import { answerGraphql } from '@/subpackages/queue/test-support/fakes';
import { pushTo } from '@/subpackages/queue/test-support/subscriptions';
import WindowConsolePage from './index';

jest.mock('@/services/realtime/use-subscription', () =>
  jest.requireActual('@/subpackages/queue/test-support/subscriptions'),
);

jest.mock('@tarojs/taro', () => {
  const storage = new Map<string, unknown>();
  return {
    __esModule: true,
    useRouter: () => ({ params: { window: 'SZ-HALL-W001' } }),
    default: {
      getStorageSync: (key: string) => storage.get(key) ?? '',
      setStorageSync: (key: string, value: unknown) => storage.set(key, value),
      removeStorageSync: (key: string) => storage.delete(key),
      showToast: jest.fn(() => Promise.resolve()),
      redirectTo: jest.fn(() => Promise.resolve()),
      request: jest.fn(),
      getSystemInfoSync: () => ({ fontSizeScaleFactor: 1 }),
    },
  };
});

const WAITING = [
  {
    code: 'A',
    name: '综合受理',
    waitingCount: 3,
    openWindowCount: 0,
    paused: false,
    pausedReason: null,
  },
];

const CLOSED = {
  code: 'SZ-HALL-W001',
  hallCode: 'SZ-HALL',
  number: 1,
  label: '1号窗口',
  zoneName: '综合受理区',
  status: 'CLOSED',
  categoryCodes: [],
  allowedCategoryCodes: ['A'],
  currentTicket: null,
  heldTickets: [],
  waiting: WAITING,
  servedToday: 0,
};

const OPEN = { ...CLOSED, status: 'OPEN', categoryCodes: ['A'] };

const A001 = {
  id: 't1',
  number: 'A001',
  categoryCode: 'A',
  categoryName: '综合受理',
  status: 'CALLED',
  priority: 'ELDERLY',
  source: 'REMOTE',
  takenAt: '2026-09-28T01:00:00.000Z',
  calledAt: '2026-09-28T01:20:00.000Z',
  requeued: false,
  subjectName: '王**',
};

const HALL = {
  data: {
    serviceWindows: [
      {
        code: 'SZ-HALL-W001',
        number: 1,
        label: '1号窗口',
        zoneName: '综合受理区',
        status: 'OPEN',
        categoryCodes: ['A'],
        allowedCategoryCodes: ['A'],
      },
      {
        code: 'SZ-HALL-W002',
        number: 2,
        label: '2号窗口',
        zoneName: '综合受理区',
        status: 'OPEN',
        categoryCodes: ['A'],
        allowedCategoryCodes: ['A'],
      },
    ],
    queueCategories: [
      { code: 'A', name: '综合受理', paused: false },
      { code: 'B', name: '开办企业', paused: false },
    ],
  },
};

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

function button(testId: string): HTMLElement {
  return document.querySelector(`[data-testid="${testId}"]`) as HTMLElement;
}

describe('窗口叫号台', () => {
  beforeEach(() => {
    (Taro.request as unknown as jest.Mock).mockReset();
    act(() =>
      getSessionStore().set({
        accessToken: 'a',
        refreshToken: 'r',
        expiresAt: Date.now() + 60_000,
        user: { id: 's1', role: 'STAFF' },
      }),
    );
  });
  afterEach(() => act(() => getSessionStore().clear()));

  it('opens the window, calls the next ticket and completes it; refusals in Chinese', async () => {
    let calls = 0;
    const sent = answerGraphql({
      ServiceWindowConsole: { data: { serviceWindowConsole: CLOSED } },
      HallWindows: HALL,
      OpenServiceWindow: { data: { openServiceWindow: OPEN } },
      CallNextTicket: () => {
        calls += 1;
        if (calls === 1) {
          return {
            data: null,
            errors: [
              {
                message: '1号窗口：当前没有排队等候的号',
                extensions: { code: 'QUEUE_NO_TICKET_WAITING' },
              },
            ],
          };
        }
        return { data: { callNextTicket: { ...OPEN, currentTicket: A001 } } };
      },
      CompleteTicket: { data: { completeTicket: { ...OPEN, servedToday: 1 } } },
    });
    render(<WindowConsolePage />);
    expect(await screen.findByText('1号窗口 · 综合受理区')).toBeTruthy();
    expect(screen.getByText('已关闭')).toBeTruthy();
    // Closed: call next says why (in its name too).
    expect(button('wc-call-next').getAttribute('aria-disabled')).toBe('true');
    expect(button('wc-call-next').getAttribute('aria-label')).toBe(
      '叫下一位，窗口未开启，请先开启窗口',
    );
    const chip = document.querySelector(
      '[data-testid="wc-category"][data-code="A"]',
    ) as HTMLElement;
    expect(chip.getAttribute('aria-checked')).toBe('true');
    expect(chip.getAttribute('tabindex')).toBe('0');

    fireEvent.click(button('wc-open'));
    await settle();
    expect(button('wc-done').textContent).toBe('窗口已开启');
    expect(sent.find((s) => s.operation === 'OpenServiceWindow')?.variables).toEqual({
      windowCode: 'SZ-HALL-W001',
      categoryCodes: ['A'],
    });

    fireEvent.click(button('wc-call-next'));
    await settle();
    expect(screen.getByText('1号窗口：当前没有排队等候的号')).toBeTruthy();
    fireEvent.click(button('wc-call-next'));
    await settle();
    expect(button('wc-done').textContent).toBe('已叫号 A001');
    expect(button('wc-current-number').textContent).toBe('A001');
    expect(screen.getByText(/综合受理 · 长者优先 · 办事人 王\*\* · 09:20 叫号/)).toBeTruthy();
    expect(button('wc-call-next').getAttribute('aria-disabled')).toBe('true');
    expect(button('wc-complete').getAttribute('aria-label')).toBe('办结 A001');

    fireEvent.click(button('wc-complete'));
    await settle();
    expect(button('wc-done').textContent).toBe('已办结');
    expect(screen.getByText('今日已办 1')).toBeTruthy();
    expect(screen.getByText('当前没有正在办理的号')).toBeTruthy();
  });

  it('follows changes made elsewhere (serviceWindowChanged) and transfers to a window by number', async () => {
    const sent = answerGraphql({
      ServiceWindowConsole: { data: { serviceWindowConsole: OPEN } },
      HallWindows: HALL,
      TransferTicket: { data: { transferTicket: OPEN } },
    });
    render(<WindowConsolePage />);
    expect(await screen.findByText('已开启')).toBeTruthy();
    act(() => {
      expect(
        pushTo(
          { windowCode: 'SZ-HALL-W001' },
          { serviceWindowChanged: { ...OPEN, currentTicket: A001, servedToday: 4 } },
        ),
      ).toBe(true);
    });
    expect(button('wc-current-number').textContent).toBe('A001');
    expect(screen.getByText('今日已办 4')).toBeTruthy();
    expect(screen.getByText('实时更新中')).toBeTruthy();

    fireEvent.click(button('wc-transfer-open'));
    await settle();
    // An unknown window number is refused here; a quick chip picks an open window of the category.
    // Taro's Input renders its native <input> a moment after the panel (a web component).
    const input = await waitFor(
      () => {
        const found = document.querySelector('[data-testid="wc-transfer-window"] input');
        expect(found).not.toBeNull();
        return found as HTMLInputElement;
      },
      { timeout: 5000 },
    );
    fireEvent.input(input, { target: { value: '999' } });
    fireEvent.click(button('wc-transfer-confirm'));
    expect(screen.getByText('本大厅没有 999 号窗口')).toBeTruthy();
    fireEvent.click(
      document.querySelector(
        '[data-testid="wc-transfer-window-chip"][data-code="SZ-HALL-W002"]',
      ) as HTMLElement,
    );
    fireEvent.click(button('wc-transfer-confirm'));
    await settle();
    expect(sent.find((s) => s.operation === 'TransferTicket')?.variables).toEqual({
      windowCode: 'SZ-HALL-W001',
      input: { ticketId: 't1', toWindowCode: 'SZ-HALL-W002' },
    });
    expect(button('wc-done').textContent).toBe('已转移');
  });
});
