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
function answer(
  byOperation: Record<string, unknown>,
  variables: Record<string, unknown>[] = [],
): string[] {
  const sent: string[] = [];
  request.mockImplementation((options: { data: string }) => {
    const body0 = JSON.parse(options.data) as {
      query: string;
      variables?: Record<string, unknown>;
    };
    const { query } = body0;
    const name = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '';
    sent.push(name);
    variables.push({ operation: name, ...body0.variables });
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

  describe('扫码签到', () => {
    const QR_TOKEN = 'SZ-HALL.20261010.aB3_-x9QzK0pLm7nVw2yTe';
    const CAN_BOOK = {
      ...BANNED,
      canBook: true,
      banned: false,
      reason: null,
      bannedUntil: null,
    };
    const OPEN = { ...PAST_CUTOFF, canCheckIn: true };

    /** 扫码签到 on the card; in H5 the entry box asks for the text under the hall's code. */
    async function scanAndEnter(content: string) {
      const scan = await screen.findByText('扫码签到');
      await act(async () => {
        fireEvent.click(scan);
        await Promise.resolve();
      });
      expect(screen.getByRole('dialog', { name: '输入签到码' })).toBeTruthy();
      act(() => {
        fireEvent(
          screen.getByTestId('scan-code-input'),
          new CustomEvent('input', { detail: { value: content } }),
        );
      });
      await act(async () => {
        fireEvent.click(screen.getByTestId('scan-code-submit'));
        await Promise.resolve();
      });
    }

    it('checks this booking in with the hall’s code and shows it checked in', async () => {
      const variables: Record<string, unknown>[] = [];
      let checkedIn = false;
      const checkedInView = {
        ...OPEN,
        status: 'CHECKED_IN',
        statusLabel: '已签到',
        canCheckIn: false,
      };
      answer(
        {
          MyBookingStatus: { data: { myBookingStatus: CAN_BOOK } },
          get MyAppointments() {
            return { data: { myAppointments: [checkedIn ? checkedInView : OPEN] } };
          },
          get CheckInAppointment() {
            checkedIn = true;
            return { data: { checkInAppointment: [checkedInView] } };
          },
        },
        variables,
      );
      render(<MyAppointmentsPage />);
      expect(await screen.findByText('现在可以签到')).toBeTruthy();
      await scanAndEnter(`SZHB:CHECKIN:${QR_TOKEN}\n`);
      expect(await screen.findByText('已签到')).toBeTruthy();
      expect(variables.find((v) => v.operation === 'CheckInAppointment')).toEqual({
        operation: 'CheckInAppointment',
        hallCode: 'SZ-HALL',
        qrToken: QR_TOKEN,
        appointmentId: 'a1',
      });
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '签到成功' }));
      expect(screen.queryByText('扫码签到')).toBeNull();
      expect(screen.queryByTestId('scan-code-entry')).toBeNull();
    });

    it('says a code that is not a check-in code is not one, without asking the BFF', async () => {
      const sent = answer({
        MyBookingStatus: { data: { myBookingStatus: CAN_BOOK } },
        MyAppointments: { data: { myAppointments: [OPEN] } },
      });
      render(<MyAppointmentsPage />);
      await scanAndEnter(`SZHB:DOOR:${QR_TOKEN}`);
      expect(
        await screen.findByText('这是取号二维码，不能用来签到。请扫描大厅入口处的签到二维码'),
      ).toBeTruthy();
      await scanAndEnter('CS5LW4UN');
      expect(
        await screen.findByText('这不是签到二维码，请扫描大厅入口处的签到二维码'),
      ).toBeTruthy();
      expect(sent).not.toContain('CheckInAppointment');
    });

    it.each([
      ['CHECK_IN_QR_INVALID', '签到二维码无效或已过期，请扫描大厅现场的签到码'],
      ['CHECK_IN_TOO_EARLY', '还没到签到时间，请在10月10日 08:30至09:15之间签到'],
      ['CHECK_IN_TOO_LATE', '已超过签到时间（09:15），请现场取号办理或重新预约'],
      ['NO_APPOINTMENT_TO_CHECK_IN', '您今天在本大厅没有待签到的预约'],
    ])('shows the BFF’s refusal %s on the booking', async (code, message) => {
      answer({
        MyBookingStatus: { data: { myBookingStatus: CAN_BOOK } },
        MyAppointments: { data: { myAppointments: [OPEN] } },
        CheckInAppointment: { data: null, errors: [{ message, extensions: { code } }] },
      });
      render(<MyAppointmentsPage />);
      await scanAndEnter(`SZHB:CHECKIN:${QR_TOKEN}`);
      const shown = await screen.findByText(message);
      expect(shown.getAttribute('data-testid')).toBe('appointment-check-in-error');
      expect(screen.getByText('扫码签到')).toBeTruthy();
    });

    it('does nothing when the entry is cancelled', async () => {
      const sent = answer({
        MyBookingStatus: { data: { myBookingStatus: CAN_BOOK } },
        MyAppointments: { data: { myAppointments: [OPEN] } },
      });
      render(<MyAppointmentsPage />);
      const scan = await screen.findByText('扫码签到');
      await act(async () => {
        fireEvent.click(scan);
        await Promise.resolve();
      });
      await act(async () => {
        fireEvent.click(screen.getByTestId('scan-code-cancel'));
        await Promise.resolve();
      });
      expect(screen.queryByTestId('scan-code-entry')).toBeNull();
      expect(screen.queryByTestId('appointment-check-in-error')).toBeNull();
      expect(sent).not.toContain('CheckInAppointment');
    });

    it('offers no 扫码签到 outside the check-in window', async () => {
      answer({
        MyBookingStatus: { data: { myBookingStatus: CAN_BOOK } },
        MyAppointments: { data: { myAppointments: [PAST_CUTOFF] } },
      });
      render(<MyAppointmentsPage />);
      expect(await screen.findByText('10月10日 08:30—09:15')).toBeTruthy();
      expect(screen.queryByText('扫码签到')).toBeNull();
    });
  });
});
