import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { getSessionStore } from '@/auth';
import MePage from './index';

jest.mock('@tarojs/taro', () => {
  const storage = new Map<string, unknown>();
  return {
    __esModule: true,
    useDidShow: jest.fn(),
    default: {
      getStorageSync: (key: string) => storage.get(key) ?? '',
      setStorageSync: (key: string, value: unknown) => storage.set(key, value),
      removeStorageSync: (key: string) => storage.delete(key),
      showToast: jest.fn(() => Promise.resolve()),
      showModal: jest.fn(() => Promise.resolve({ confirm: false, cancel: true })),
      navigateTo: jest.fn(() => Promise.resolve()),
      request: jest.fn(),
      getSystemInfoSync: () => ({ fontSizeScaleFactor: 1 }),
    },
  };
});

describe('我的', () => {
  afterEach(() => act(() => getSessionStore().clear()));

  it('offers the clearly marked demo login while logged out, and no personal rows', () => {
    render(<MePage />);
    expect(screen.getByText('演示账号 A / B（仅测试环境）')).toBeTruthy();
    expect(screen.getByText('演示账号 A')).toBeTruthy();
    expect(screen.getByText('演示账号 B')).toBeTruthy();
    expect(screen.queryByText('退出登录')).toBeNull();
    expect(screen.queryByText('我的预约')).toBeNull();
  });

  it("shows the BFF's Chinese message when the demo login is refused", async () => {
    (Taro.request as unknown as jest.Mock).mockImplementation(() =>
      Promise.resolve({
        statusCode: 200,
        header: { 'content-type': 'application/json' },
        data: JSON.stringify({
          data: null,
          errors: [{ message: '演示登录仅用于开发和测试环境', extensions: { code: 'FORBIDDEN' } }],
        }),
      }),
    );
    render(<MePage />);
    fireEvent.click(screen.getByText('演示账号 A'));
    expect(await screen.findByText('演示登录仅用于开发和测试环境')).toBeTruthy();
    expect(getSessionStore().getSnapshot()).toBeNull();
  });

  it('shows the account as 市民, the coming-soon rows (a toast, no data) and a confirmed logout', async () => {
    act(() =>
      getSessionStore().set({
        accessToken: 'a',
        refreshToken: 'r',
        expiresAt: Date.now() + 60_000,
        user: { id: 'u1', role: 'CITIZEN' },
      }),
    );
    const { container } = render(<MePage />);
    expect(screen.getByText('市民')).toBeTruthy();
    const rows = container.querySelectorAll('[data-testid="me-feature-row"]');
    expect(Array.from(rows).map((row) => row.getAttribute('data-name'))).toEqual([
      '我的预约',
      '我的排队',
      '我的办件',
      '我的咨询',
      '我的评价',
      '已存清单',
      '家人代办',
      '实名信息',
    ]);
    expect(rows[0].getAttribute('aria-label')).toBe('我的预约，查看、取消预约，签到码');
    fireEvent.click(rows[0]);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/subpackages/booking/pages/mine/index' });

    expect(rows[1].getAttribute('aria-label')).toBe('我的排队，排队进度、叫号窗口');
    fireEvent.click(rows[1]);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/subpackages/queue/pages/ticket/index' });

    expect(rows[2].getAttribute('aria-label')).toBe('我的办件，即将上线');
    fireEvent.click(rows[2]);
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '「我的办件」即将上线' }),
    );

    // Cancelled: still logged in.
    await act(async () => {
      fireEvent.click(screen.getByText('退出登录'));
      await Promise.resolve();
    });
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '退出登录' }));
    expect(getSessionStore().getSnapshot()).not.toBeNull();
  });
});
