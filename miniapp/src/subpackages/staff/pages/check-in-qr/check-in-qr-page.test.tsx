import { act, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { getSessionStore } from '@/auth';
import CheckInQrPage from './index';

jest.mock('@tarojs/taro', () => {
  const storage = new Map<string, unknown>();
  return {
    __esModule: true,
    default: {
      getStorageSync: (key: string) => storage.get(key) ?? '',
      setStorageSync: (key: string, value: unknown) => storage.set(key, value),
      removeStorageSync: (key: string) => storage.delete(key),
      showToast: jest.fn(() => Promise.resolve()),
      redirectTo: jest.fn(() => Promise.resolve()),
      request: jest.fn(),
      getSystemInfoSync: () => ({ fontSizeScaleFactor: 1, windowWidth: 360, windowHeight: 800 }),
    },
  };
});

const request = Taro.request as unknown as jest.Mock;

const TODAY = {
  hallCode: 'SZ-HALL',
  content: 'SZHB:CHECKIN:SZ-HALL.20261010.aB3_-x9QzK0pLm7nVw2yTe',
  validOn: '2026-10-10',
  validUntil: '2026-10-10T16:00:00.000Z',
};
const TOMORROW = {
  hallCode: 'SZ-HALL',
  content: 'SZHB:CHECKIN:SZ-HALL.20261011.Qw7_-p2LzM0nKj5hVb8xRt',
  validOn: '2026-10-11',
  validUntil: '2026-10-11T16:00:00.000Z',
};
const HALL = {
  data: {
    me: { id: 's1', staff: { hall: { code: 'SZ-HALL', name: '济南市市中区政务服务中心' } } },
  },
};

/** Answers StaffHall, and HallCheckInQr with the next of `codes` (the last one again). */
function answer(codes: unknown[]): { qrRequests: Record<string, unknown>[] } {
  const qrRequests: Record<string, unknown>[] = [];
  request.mockImplementation((options: { data: string }) => {
    const { query, variables } = JSON.parse(options.data) as {
      query: string;
      variables: Record<string, unknown>;
    };
    let body: unknown = { data: null };
    if (query.includes('query StaffHall')) body = HALL;
    if (query.includes('query HallCheckInQr')) {
      qrRequests.push(variables);
      body = codes[Math.min(qrRequests.length, codes.length) - 1];
    }
    return Promise.resolve({
      statusCode: 200,
      header: { 'content-type': 'application/json' },
      data: JSON.stringify(body),
    });
  });
  return { qrRequests };
}

async function flush() {
  await act(async () => {
    for (let i = 0; i < 10; i += 1) await Promise.resolve();
  });
}

describe('签到二维码', () => {
  beforeEach(() => {
    request.mockReset();
    act(() =>
      getSessionStore().set({
        accessToken: 'a',
        refreshToken: 'r',
        expiresAt: Date.now() + 3_600_000,
        user: { id: 's1', role: 'STAFF' },
      }),
    );
  });
  afterEach(() => {
    jest.useRealTimers();
    act(() => getSessionStore().clear());
  });

  it('shows today’s code of the staff member’s hall, big, with its text and validity', async () => {
    const { qrRequests } = answer([{ data: { hallCheckInQr: TODAY } }]);
    render(<CheckInQrPage />);
    const image = await screen.findByRole('img', {
      name: '济南市市中区政务服务中心 10月10日 周六 预约签到二维码',
    });
    expect(image.getAttribute('data-modules')).toBe('33');
    // 360 px wide less the margins: 7 px per module, 41 modules with the quiet zone.
    expect(image.style.width).toBe('287px');
    expect(screen.getByTestId('check-in-qr-content').textContent).toBe(TODAY.content);
    expect(screen.getByText('仅限 10月10日 周六 当天有效，过零点自动换新')).toBeTruthy();
    expect(qrRequests).toEqual([{ hallCode: 'SZ-HALL' }]);
  });

  it('asks again just after midnight and shows the new day’s code', async () => {
    jest.useFakeTimers({ now: new Date('2026-10-10T15:59:30.000Z') });
    const { qrRequests } = answer([
      { data: { hallCheckInQr: TODAY } },
      { data: { hallCheckInQr: TOMORROW } },
    ]);
    render(<CheckInQrPage />);
    await flush();
    expect(screen.getByTestId('check-in-qr-content').textContent).toBe(TODAY.content);
    await act(async () => {
      jest.advanceTimersByTime(31_000);
    });
    await flush();
    expect(qrRequests).toHaveLength(1);
    await act(async () => {
      jest.advanceTimersByTime(2_000);
    });
    await flush();
    expect(qrRequests).toHaveLength(2);
    expect(screen.getByTestId('check-in-qr-content').textContent).toBe(TOMORROW.content);
    expect(screen.getByTestId('check-in-qr-day').getAttribute('data-valid-on')).toBe('2026-10-11');
  });

  it('says why when the code cannot be had, and tries again later', async () => {
    jest.useFakeTimers({ now: new Date('2026-10-10T09:00:00.000Z') });
    const { qrRequests } = answer([
      {
        data: null,
        errors: [{ message: '只能查看本大厅的信息', extensions: { code: 'FORBIDDEN' } }],
      },
      { data: { hallCheckInQr: TODAY } },
    ]);
    render(<CheckInQrPage />);
    await flush();
    expect(screen.getByText('只能查看本大厅的信息')).toBeTruthy();
    await act(async () => {
      jest.advanceTimersByTime(5 * 60_000);
    });
    await flush();
    expect(qrRequests).toHaveLength(2);
    expect(screen.getByTestId('check-in-qr-content').textContent).toBe(TODAY.content);
  });

  it('asks a citizen or a signed-out visitor to sign in as staff', () => {
    act(() => getSessionStore().clear());
    answer([]);
    render(<CheckInQrPage />);
    expect(screen.getByText('请先登录工作人员账号')).toBeTruthy();
    expect(request).not.toHaveBeenCalled();
  });
});
