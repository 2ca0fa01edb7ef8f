import { TransportError } from '@/api/errors';
import type { FetchLike } from '@/api/auth-fetch';
import { refreshSession, RefreshRefusedError } from './refresh-session';

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }));

function answering(status: number, body: unknown): jest.Mock & FetchLike {
  return jest.fn(() =>
    Promise.resolve({
      ok: status < 300,
      status,
      statusText: '',
      headers: { get: () => null },
      text: () => Promise.resolve(JSON.stringify(body)),
      json: () => Promise.resolve(body),
    }),
  ) as unknown as jest.Mock & FetchLike;
}

describe('refreshSession', () => {
  it('posts the refresh token without an Authorization header and returns the new tokens', async () => {
    const payload = {
      accessToken: 'a2',
      refreshToken: 'r2',
      expiresIn: 900,
      user: { id: 'u1', role: 'CITIZEN', careMode: false },
    };
    const fetchFn = answering(200, { data: { refreshSession: payload } });
    await expect(refreshSession(fetchFn, '/graphql', 'r1')).resolves.toEqual(payload);
    const init = fetchFn.mock.calls[0][1] as { headers: Record<string, string>; body: string };
    expect(init.headers.authorization).toBeUndefined();
    expect(JSON.parse(init.body)).toEqual(
      expect.objectContaining({ variables: { refreshToken: 'r1' } }),
    );
  });

  it('rejects as refused when the server says no, and as a transport failure when it is down', async () => {
    const refused = answering(200, {
      data: null,
      errors: [{ message: '登录已失效，请重新登录', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    await expect(refreshSession(refused, '/graphql', 'r1')).rejects.toBeInstanceOf(
      RefreshRefusedError,
    );
    await expect(refreshSession(answering(502, {}), '/graphql', 'r1')).rejects.toBeInstanceOf(
      TransportError,
    );
  });
});
