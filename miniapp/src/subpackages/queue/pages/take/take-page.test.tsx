import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { getSessionStore } from '@/auth';
import { answerGraphql } from '../../test-support/fakes';
import TakePage from './index';

jest.mock('@/services/realtime/use-subscription', () =>
  jest.requireActual('../../test-support/subscriptions'),
);

jest.mock('@tarojs/taro', () => {
  const storage = new Map<string, unknown>();
  return {
    __esModule: true,
    useDidShow: jest.fn(),
    useDidHide: jest.fn(),
    useRouter: () => ({ params: {} }),
    default: {
      getStorageSync: (key: string) => storage.get(key) ?? '',
      setStorageSync: (key: string, value: unknown) => storage.set(key, value),
      removeStorageSync: (key: string) => storage.delete(key),
      showToast: jest.fn(() => Promise.resolve()),
      navigateTo: jest.fn(() => Promise.resolve()),
      redirectTo: jest.fn(() => Promise.resolve()),
      switchTab: jest.fn(() => Promise.resolve()),
      getLocation: jest.fn(),
      request: jest.fn(),
      getSystemInfoSync: () => ({ fontSizeScaleFactor: 1 }),
    },
  };
});

const getLocation = Taro.getLocation as unknown as jest.Mock;

function category(code: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    hallCode: 'SZ-HALL',
    code,
    name,
    zoneName: '综合受理区',
    waitingCount: 4,
    openWindowCount: 2,
    estimatedWait: { minMinutes: 10, maxMinutes: 16 },
    paused: false,
    pausedReason: null,
    ...extra,
  };
}

const HALL = {
  data: {
    queueOpenState: {
      open: true,
      reason: null,
      opensAt: '2026-09-28T01:00:00.000Z',
      closesAt: '2026-09-28T04:00:00.000Z',
    },
    queueCategories: [
      category('A', '综合受理'),
      category('C', '社保医保', { paused: true, pausedReason: '系统维护' }),
    ],
  },
};

const TICKET = {
  id: 't9',
  hallCode: 'SZ-HALL',
  categoryCode: 'A',
  categoryName: '综合受理',
  number: 'A005',
  serviceDate: '2026-09-28',
  priority: 'ELDERLY',
  status: 'WAITING',
  source: 'REMOTE',
  ahead: 0,
  estimatedWait: null,
  windowCode: null,
  windowNumber: null,
  windowLabel: null,
  zoneName: '综合受理区',
  takenAt: '2026-09-28T01:30:00.000Z',
  calledAt: null,
  completedAt: null,
  requeued: false,
  canCancel: true,
  canRequeue: false,
  actedBy: null,
};

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('取号', () => {
  beforeEach(() => {
    (Taro.request as unknown as jest.Mock).mockReset();
    getLocation.mockReset();
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

  it('lists the categories with who waits and the wait; a paused one says why', async () => {
    answerGraphql({
      QueueTake: HALL,
      QueueAccount: { data: { me: { id: 'u1', profile: { age: 40 } }, myQueueTickets: [] } },
    });
    render(<TakePage />);
    expect(await screen.findByText('今天取号时间 09:00—12:00')).toBeTruthy();
    const rows = document.querySelectorAll('[data-testid="queue-category"]');
    expect(Array.from(rows).map((row) => row.getAttribute('data-label'))).toEqual([
      'A 综合受理，4 人等候，预计等待约 10–16 分钟',
      'C 社保医保，暂停取号：系统维护，4 人等候，预计等待约 10–16 分钟',
    ]);
    expect(rows[1].getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(rows[1]);
    expect(screen.getAllByText('暂停取号：系统维护').length).toBeGreaterThan(0);
    expect(document.querySelector('[data-testid="queue-take-panel"]')).toBeNull();
    fireEvent.click(rows[0]);
    expect(document.querySelector('[data-testid="queue-take-panel"]')).not.toBeNull();
    // Under 70: no 长者优先.
    expect(document.querySelector('[data-testid="queue-elderly"]')).toBeNull();
  });

  it('远程取号: a refused location says so; a lost answer is retried with the same key; then 我的排队', async () => {
    let takes = 0;
    const sent = answerGraphql({
      QueueTake: HALL,
      QueueAccount: { data: { me: { id: 'u1', profile: { age: 72 } }, myQueueTickets: [] } },
      TakeQueueTicket: () => {
        takes += 1;
        if (takes === 1) throw { errMsg: 'request:fail' };
        return { data: { takeQueueTicket: TICKET } };
      },
    });
    render(<TakePage />);
    const row = await screen.findByText('A 综合受理');
    fireEvent.click(row);
    // 70 and over: 长者优先 may be chosen.
    const elderly = document.querySelector('[data-testid="queue-elderly"]') as HTMLElement;
    expect(elderly.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(elderly);
    expect(elderly.getAttribute('aria-checked')).toBe('true');

    getLocation.mockRejectedValueOnce({ errMsg: 'getLocation:fail auth deny' });
    fireEvent.click(screen.getByText('远程取号'));
    await settle();
    expect(screen.getByText(/您没有允许使用位置信息，不能远程取号/)).toBeTruthy();
    expect(sent.some((s) => s.operation === 'TakeQueueTicket')).toBe(false);

    getLocation.mockResolvedValue({ latitude: 36.6369, longitude: 117.0064 });
    fireEvent.click(screen.getByText('远程取号'));
    await settle();
    await settle();
    expect(screen.getByText(/不会重复取号/)).toBeTruthy();
    fireEvent.click(screen.getByText('远程取号'));
    await settle();
    await settle();

    const inputs = sent
      .filter((s) => s.operation === 'TakeQueueTicket')
      .map((s) => s.variables.input as Record<string, unknown>);
    expect(inputs).toHaveLength(2);
    expect(inputs[0]).toMatchObject({
      hallCode: 'SZ-HALL',
      categoryCode: 'A',
      latitude: 36.6369,
      longitude: 117.0064,
      elderlyPriority: true,
    });
    expect(inputs[0].doorCode).toBeUndefined();
    expect(inputs[1].idempotencyKey).toBe(inputs[0].idempotencyKey);
    expect(Taro.getLocation).toHaveBeenCalledWith({ type: 'wgs84' });
    expect(Taro.redirectTo).toHaveBeenCalledWith({
      url: '/subpackages/queue/pages/ticket/index?id=t9',
    });
  });

  it('a second ticket in the category: the BFF’s message and the way to 我的排队', async () => {
    answerGraphql({
      QueueTake: HALL,
      QueueAccount: { data: { me: { id: 'u1', profile: null }, myQueueTickets: [] } },
      TakeQueueTicket: {
        data: null,
        errors: [
          {
            message: '您在该业务类别已有一张排队中的号，不能重复取号',
            extensions: { code: 'QUEUE_TICKET_ACTIVE_EXISTS' },
          },
        ],
      },
    });
    getLocation.mockResolvedValue({ latitude: 36.6369, longitude: 117.0064 });
    render(<TakePage />);
    fireEvent.click(await screen.findByText('A 综合受理'));
    fireEvent.click(screen.getByText('远程取号'));
    await settle();
    await settle();
    expect(screen.getByText('您在该业务类别已有一张排队中的号，不能重复取号')).toBeTruthy();
    fireEvent.click(screen.getByText('查看我的排队'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/subpackages/queue/pages/ticket/index' });
  });

  it('a category with my active ticket opens it instead of taking another', async () => {
    answerGraphql({
      QueueTake: HALL,
      QueueAccount: {
        data: { me: { id: 'u1', profile: null }, myQueueTickets: [{ ...TICKET, ahead: 2 }] },
      },
    });
    render(<TakePage />);
    expect(await screen.findByText('您正在排队')).toBeTruthy();
    const row = document.querySelector('[data-testid="queue-category"][data-code="A"]');
    expect(row?.getAttribute('data-label')).toContain('已取号 A005');
    fireEvent.click(row as Element);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/subpackages/queue/pages/ticket/index?id=t9',
    });
  });
});
