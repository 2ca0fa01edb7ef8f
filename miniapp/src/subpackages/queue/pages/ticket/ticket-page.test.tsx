import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { getSessionStore } from '@/auth';
import { answerGraphql } from '../../test-support/fakes';
import { pushTo } from '../../test-support/subscriptions';
import MyTicketsPage from './index';

jest.mock('@/services/realtime/use-subscription', () =>
  jest.requireActual('../../test-support/subscriptions'),
);

jest.mock('@tarojs/taro', () => {
  const storage = new Map<string, unknown>();
  return {
    __esModule: true,
    useDidShow: jest.fn(),
    useDidHide: jest.fn(),
    useRouter: () => ({ params: { id: 't1' } }),
    default: {
      getStorageSync: (key: string) => storage.get(key) ?? '',
      setStorageSync: (key: string, value: unknown) => storage.set(key, value),
      removeStorageSync: (key: string) => storage.delete(key),
      showToast: jest.fn(() => Promise.resolve()),
      showModal: jest.fn(() => Promise.resolve({ confirm: true, cancel: false })),
      navigateTo: jest.fn(() => Promise.resolve()),
      vibrateLong: jest.fn(() => Promise.resolve()),
      request: jest.fn(),
      getSystemInfoSync: () => ({ fontSizeScaleFactor: 1 }),
    },
  };
});

const WAITING = {
  id: 't1',
  hallCode: 'SZ-HALL',
  categoryCode: 'A',
  categoryName: '综合受理',
  number: 'A007',
  serviceDate: '2026-09-28',
  priority: 'NORMAL',
  status: 'WAITING',
  source: 'REMOTE',
  ahead: 3,
  estimatedWait: { minMinutes: 12, maxMinutes: 20 },
  windowCode: null,
  windowNumber: null,
  windowLabel: null,
  zoneName: '综合受理区',
  takenAt: '2026-09-28T01:12:00.000Z',
  calledAt: null,
  completedAt: null,
  requeued: false,
  canCancel: true,
  canRequeue: false,
  actedBy: { summary: '王** 本人办理', forSelf: true },
};

describe('我的排队', () => {
  beforeEach(() => {
    (Taro.request as unknown as jest.Mock).mockReset();
    act(() =>
      getSessionStore().set({
        accessToken: 'a',
        refreshToken: 'r',
        expiresAt: Date.now() + 60_000,
        user: { id: 'u1', role: 'CITIZEN' },
      }),
    );
  });
  afterEach(() => act(() => getSessionStore().clear()));

  it('shows the number, the people ahead and the wait, and the window once called — pushed, no reload', async () => {
    const sent = answerGraphql({ MyQueueTickets: { data: { myQueueTickets: [WAITING] } } });
    render(<MyTicketsPage />);

    expect(await screen.findByText('A007')).toBeTruthy();
    expect(screen.getByText('前面还有 3 人')).toBeTruthy();
    expect(screen.getByText('预计等待 约 12–20 分钟')).toBeTruthy();
    expect(screen.getByText('实时更新中')).toBeTruthy();
    expect(screen.getByText('09:12')).toBeTruthy();

    act(() => {
      expect(pushTo({ id: 't1' }, { queueTicketChanged: { ...WAITING, ahead: 1 } })).toBe(true);
    });
    expect(screen.getByText('前面还有 1 人')).toBeTruthy();

    act(() => {
      pushTo(
        { id: 't1' },
        {
          queueTicketChanged: {
            ...WAITING,
            status: 'CALLED',
            ahead: null,
            estimatedWait: null,
            windowCode: 'SZ-HALL-W012',
            windowNumber: 12,
            windowLabel: '12号窗口',
            calledAt: '2026-09-28T01:40:00.000Z',
            canCancel: false,
          },
        },
      );
    });
    expect(screen.getByText('请到 12 号窗口')).toBeTruthy();
    expect(screen.getByText('综合受理区，请尽快前往')).toBeTruthy();
    expect(screen.getByText('已叫号')).toBeTruthy();
    expect(screen.queryByText('取消排队')).toBeNull();
    // The lines are a live region, so a screen reader says the change too.
    expect(screen.getByText('请到 12 号窗口').parentElement?.getAttribute('role')).toBe('status');
    // One request for the list; everything after came over the subscription.
    expect(sent.map((s) => s.operation)).toEqual(['MyQueueTickets']);
  });

  it('asks before cancelling, then shows the ticket cancelled', async () => {
    const sent = answerGraphql({
      MyQueueTickets: { data: { myQueueTickets: [WAITING] } },
      CancelQueueTicket: {
        data: {
          cancelQueueTicket: { ...WAITING, status: 'CANCELLED', ahead: null, canCancel: false },
        },
      },
    });
    render(<MyTicketsPage />);
    const cancel = await screen.findByText('取消排队');
    await act(async () => {
      fireEvent.click(cancel);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(Taro.showModal).toHaveBeenCalledWith(
      expect.objectContaining({
        content: '确定取消 综合受理 的排队号 A007 吗？取消后需要重新取号。',
      }),
    );
    expect(await screen.findByText('这个号已取消')).toBeTruthy();
    expect(sent.find((s) => s.operation === 'CancelQueueTicket')?.variables).toEqual({ id: 't1' });
  });

  it('a skipped ticket may queue again once', async () => {
    const skipped = {
      ...WAITING,
      status: 'SKIPPED',
      ahead: null,
      canCancel: true,
      canRequeue: true,
    };
    const sent = answerGraphql({
      MyQueueTickets: { data: { myQueueTickets: [skipped] } },
      RequeueQueueTicket: {
        data: { requeueQueueTicket: { ...WAITING, requeued: true, ahead: 4 } },
      },
    });
    render(<MyTicketsPage />);
    expect(await screen.findByText('错过了叫号？可以重新排队一次')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('重新排队'));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(await screen.findByText('前面还有 4 人')).toBeTruthy();
    expect(screen.queryByText('重新排队')).toBeNull();
    expect(sent.map((s) => s.operation)).toContain('RequeueQueueTicket');
  });
});
