import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { getSessionStore } from '@/auth';
import MyAppointmentsPage from './index';

jest.mock('@tarojs/taro', () => {
  const storage = new Map<string, unknown>();
  return {
    __esModule: true,
    useDidShow: jest.fn(),
    useDidHide: jest.fn(),
    default: {
      getStorageSync: (key: string) => storage.get(key) ?? '',
      setStorageSync: (key: string, value: unknown) => storage.set(key, value),
      removeStorageSync: (key: string) => storage.delete(key),
      showToast: jest.fn(() => Promise.resolve()),
      showModal: jest.fn(() => Promise.resolve({ confirm: true, cancel: false })),
      navigateTo: jest.fn(() => Promise.resolve()),
      request: jest.fn(),
      getSystemInfoSync: () => ({ fontSizeScaleFactor: 1 }),
    },
  };
});

const request = Taro.request as unknown as jest.Mock;

const BASE = {
  hallName: '济南市市中区政务服务中心',
  categoryCode: 'A',
  categoryName: '综合受理',
  zoneName: '综合受理区',
  date: '2026-10-10',
  startTime: '09:00',
  endTime: '09:30',
  startsAt: '2026-10-10T01:00:00.000Z',
  status: 'BOOKED',
  statusLabel: '待签到',
  cancelDeadline: '2026-10-10T00:00:00.000Z',
  checkInOpensAt: '2026-10-10T00:30:00.000Z',
  checkInClosesAt: '2026-10-10T01:15:00.000Z',
  canCheckIn: false,
  checkInCode: 'CS5LW4UN',
};

const PAST_CUTOFF = {
  ...BASE,
  id: 'a1',
  actedBy: {
    summary: '王** 本人办理',
    forSelf: true,
    actorMaskedName: '王**',
    subjectMaskedName: '王**',
    relation: null,
  },
  bookedByMe: true,
  canCancel: false,
};

const BOOKED_FOR_ME = {
  ...BASE,
  id: 'a2',
  startTime: '10:00',
  endTime: '10:30',
  actedBy: {
    summary: '张** 代 王** 办理',
    forSelf: false,
    actorMaskedName: '张**',
    subjectMaskedName: '王**',
    relation: 'CHILD',
  },
  bookedByMe: false,
  canCancel: false,
};

const BANNED = {
  forSelf: true,
  subjectMaskedName: '王**',
  canBook: false,
  reason: '您90天内有3次预约未到，2026年10月28日 09:30前不能预约',
  banned: true,
  bannedUntil: '2026-10-28T01:30:00.000Z',
  activeCount: 2,
  activeLimit: 3,
};

/** Answers each GraphQL operation by its name; records the operations sent. */
function answer(byOperation: Record<string, unknown>): string[] {
  const sent: string[] = [];
  request.mockImplementation((options: { data: string }) => {
    const { query } = JSON.parse(options.data) as { query: string };
    const name = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '';
    sent.push(name);
    const body = byOperation[name];
    return Promise.resolve({
      statusCode: 200,
      header: { 'content-type': 'application/json' },
      data: JSON.stringify(body ?? { data: null }),
    });
  });
  return sent;
}

describe('我的预约', () => {
  beforeEach(() => {
    request.mockReset();
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

  it('shows the ban with its reason and end, and why each booking cannot be cancelled', async () => {
    answer({
      MyBookingStatus: { data: { myBookingStatus: BANNED } },
      MyAppointments: { data: { myAppointments: [PAST_CUTOFF, BOOKED_FOR_ME] } },
    });
    render(<MyAppointmentsPage />);

    expect(await screen.findByText('暂停预约')).toBeTruthy();
    expect(screen.getByText(BANNED.reason)).toBeTruthy();
    expect(screen.getByText('10月28日 09:30 后可以重新预约')).toBeTruthy();

    expect(await screen.findByText('张** 代 王** 办理')).toBeTruthy();
    expect(screen.getByText('已过取消截止时间（10月10日 08:00），不能取消')).toBeTruthy();
    expect(screen.getByText('这个预约由家人替您预约，只有预约人可以取消')).toBeTruthy();
    const cancels = document.querySelectorAll('[data-testid="appointment-cancel"]');
    expect(cancels).toHaveLength(2);
    for (const button of Array.from(cancels)) {
      expect(button.getAttribute('aria-disabled')).toBe('true');
    }
    // Outside the check-in window: when it opens, not the code.
    expect(screen.queryByText('CS5L W4UN')).toBeNull();
    expect(screen.getAllByText('10月10日 08:30—09:15')).toHaveLength(2);
  });

  it('shows the check-in code, big, in the check-in window', async () => {
    answer({
      MyBookingStatus: {
        data: {
          myBookingStatus: {
            ...BANNED,
            canBook: true,
            banned: false,
            reason: null,
            bannedUntil: null,
          },
        },
      },
      MyAppointments: { data: { myAppointments: [{ ...PAST_CUTOFF, canCheckIn: true }] } },
    });
    render(<MyAppointmentsPage />);
    expect(await screen.findByText('CS5L W4UN')).toBeTruthy();
    expect(screen.getByText('现在可以签到')).toBeTruthy();
    expect(screen.queryByText('暂停预约')).toBeNull();
  });

  it('asks before cancelling and shows a refusal on the booking it is about', async () => {
    const sent = answer({
      MyBookingStatus: {
        data: {
          myBookingStatus: {
            ...BANNED,
            canBook: true,
            banned: false,
            reason: null,
            bannedUntil: null,
          },
        },
      },
      MyAppointments: { data: { myAppointments: [{ ...PAST_CUTOFF, canCancel: true }] } },
      CancelAppointment: {
        data: null,
        errors: [
          {
            message: '预约开始前60分钟内不能取消（截止时间为2026年10月10日 08:00）',
            extensions: { code: 'CANCEL_TOO_LATE' },
          },
        ],
      },
    });
    render(<MyAppointmentsPage />);
    const cancel = await screen.findByText('取消预约');
    await act(async () => {
      fireEvent.click(cancel);
      await Promise.resolve();
    });
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '取消预约' }));
    expect(
      await screen.findByText('预约开始前60分钟内不能取消（截止时间为2026年10月10日 08:00）'),
    ).toBeTruthy();
    expect(sent).toContain('CancelAppointment');
  });
});
