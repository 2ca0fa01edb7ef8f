import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { getSessionStore } from '@/auth';
import { FamilyRequests } from './family-requests';

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
      request: jest.fn(),
      getSystemInfoSync: () => ({ fontSizeScaleFactor: 1 }),
    },
  };
});

const request = Taro.request as unknown as jest.Mock;
const showModal = Taro.showModal as unknown as jest.Mock;

const LINK = {
  id: 'link-1',
  ownerMaskedName: '王**',
  relation: 'PARENT',
  createdAt: '2026-11-20T02:00:00.000Z',
};

/** Answers GraphQL requests in order with `data` bodies; records the operations sent. */
function answer(...bodies: unknown[]): string[] {
  const sent: string[] = [];
  let next = 0;
  request.mockImplementation((options: { data: string }) => {
    sent.push((JSON.parse(options.data) as { query: string }).query);
    const data = bodies[Math.min(next, bodies.length - 1)];
    next += 1;
    return Promise.resolve({
      statusCode: 200,
      header: { 'content-type': 'application/json' },
      data: JSON.stringify({ data }),
    });
  });
  return sent;
}

describe('我的 → 家人请求', () => {
  beforeEach(() => {
    request.mockReset();
    showModal.mockClear();
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

  it('loads only once 我的 is shown, and shows nothing without requests', async () => {
    answer({ familyLinksToMe: [] });
    const { rerender, container } = render(<FamilyRequests refreshKey={0} userId="u1" />);
    expect(request).not.toHaveBeenCalled();
    rerender(<FamilyRequests refreshKey={1} userId="u1" />);
    await waitFor(() => expect(request).toHaveBeenCalledTimes(1));
    expect(container.textContent).toBe('');
  });

  it('shows a pending request with the adder and the relation, and asks before declining', async () => {
    const sent = answer({ familyLinksToMe: [{ ...LINK, status: 'PENDING' }] });
    render(<FamilyRequests refreshKey={1} userId="u1" />);
    expect(await screen.findByText('王** 想替您办事')).toBeTruthy();
    expect(screen.getByText('待您确认')).toBeTruthy();
    expect(screen.getByText('对方填写的关系：您是他（她）的父母')).toBeTruthy();
    expect(screen.getByText('2026-11-20 添加')).toBeTruthy();
    expect(screen.getByText('同意').closest('[aria-label]')?.getAttribute('aria-label')).toBe(
      '同意王**替您办事',
    );

    await act(async () => {
      fireEvent.click(screen.getByText('拒绝'));
      await Promise.resolve();
    });
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '拒绝家人请求' }));
    // Cancelled: nothing sent.
    expect(sent).toHaveLength(1);
  });

  it('revokes a confirmed link only after the confirmation, then hides it', async () => {
    const sent = answer(
      { familyLinksToMe: [{ ...LINK, status: 'CONFIRMED' }] },
      { revokeFamilyLink: { ...LINK, status: 'REVOKED' } },
    );
    showModal.mockResolvedValueOnce({ confirm: true, cancel: false });
    render(<FamilyRequests refreshKey={1} userId="u1" />);
    expect(await screen.findByText('王** 可以替您办事')).toBeTruthy();
    expect(screen.getByText('已授权')).toBeTruthy();
    fireEvent.click(screen.getByText('撤销授权'));
    await waitFor(() => expect(screen.queryByText('家人请求')).toBeNull());
    expect(showModal).toHaveBeenCalledWith(
      expect.objectContaining({
        title: '撤销授权',
        content: expect.stringContaining('王**') as string,
      }),
    );
    expect(sent).toHaveLength(2);
    expect(sent[1]).toContain('revokeFamilyLink');
  });
});
