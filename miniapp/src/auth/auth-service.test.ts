import { createCareModeStore } from '@/theme/care-mode-store';
import { createAuthService, type MutateFn } from './auth-service';
import { createSessionStore } from './session-store';

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }));

const payload = (careMode: boolean) => ({
  accessToken: 'access-1',
  refreshToken: 'refresh-1',
  expiresIn: 900,
  user: { id: 'u1', role: 'CITIZEN' as const, careMode },
});

function memory() {
  const data = new Map<string, unknown>();
  return {
    get: (key: string) => data.get(key),
    set: (key: string, value: unknown) => void data.set(key, value),
    remove: (key: string) => void data.delete(key),
  };
}

function setup(platform: string, answer: (operation: string, variables: unknown) => unknown) {
  const sessions = createSessionStore(memory());
  const careMode = createCareModeStore(memory());
  const calls: Array<{ operation: string; variables: unknown }> = [];
  const mutate = jest.fn((document: { toString(): string }, variables: unknown) => {
    const operation = /mutation (\w+)/.exec(document.toString())?.[1] ?? '?';
    calls.push({ operation, variables });
    return Promise.resolve(answer(operation, variables));
  }) as unknown as MutateFn;
  const wechatCode = jest.fn(() => Promise.resolve('wx-code'));
  const service = createAuthService({ platform, sessions, careMode, mutate, wechatCode });
  return { service, sessions, careMode, calls, wechatCode };
}

describe('login', () => {
  it('logs in with a demo account in H5 and applies the account care mode to the device', async () => {
    const { service, sessions, careMode, calls } = setup('h5', () => ({
      data: { demoLogin: payload(true) },
    }));
    await expect(service.login('CITIZEN_B')).resolves.toEqual({ ok: true });
    expect(calls).toEqual([{ operation: 'DemoLogin', variables: { persona: 'CITIZEN_B' } }]);
    expect(sessions.getSnapshot()).toEqual(
      expect.objectContaining({ accessToken: 'access-1', refreshToken: 'refresh-1' }),
    );
    expect(careMode.getSnapshot()).toBe(true);
  });

  it('keeps 长辈版 switched on before logging in, and saves it to a new account', async () => {
    const { service, careMode, calls } = setup('h5', (operation) =>
      operation === 'DemoLogin' ? { data: { demoLogin: payload(false) } } : { data: {} },
    );
    careMode.set(true);
    await expect(service.login('CITIZEN_A')).resolves.toEqual({ ok: true });
    expect(careMode.getSnapshot()).toBe(true);
    expect(calls).toEqual([
      { operation: 'DemoLogin', variables: { persona: 'CITIZEN_A' } },
      { operation: 'SetCareMode', variables: { enabled: true } },
    ]);
  });

  it('logs in with the Taro.login code in weapp', async () => {
    const { service, calls, wechatCode, sessions } = setup('weapp', () => ({
      data: { loginWithWechat: payload(false) },
    }));
    await expect(service.login()).resolves.toEqual({ ok: true });
    expect(wechatCode).toHaveBeenCalled();
    expect(calls).toEqual([{ operation: 'LoginWithWechat', variables: { code: 'wx-code' } }]);
    expect(sessions.getSnapshot()?.user).toEqual({ id: 'u1', role: 'CITIZEN' });
  });

  it("returns the server's Chinese message when demo login is forbidden", async () => {
    const { service, sessions } = setup('h5', () => ({
      data: null,
      error: {
        graphQLErrors: [
          { message: '演示登录仅用于开发和测试环境', extensions: { code: 'FORBIDDEN' } },
        ],
      },
    }));
    await expect(service.login('CITIZEN_A')).resolves.toEqual({
      ok: false,
      error: { kind: 'graphql', message: '演示登录仅用于开发和测试环境', code: 'FORBIDDEN' },
    });
    expect(sessions.getSnapshot()).toBeNull();
  });
});

describe('logout', () => {
  it('clears the session even when the server cannot be reached', async () => {
    const { service, sessions, calls } = setup('h5', (operation) => {
      if (operation === 'Logout') throw new Error('offline');
      return { data: { demoLogin: payload(false) } };
    });
    await service.login('CITIZEN_A');
    await service.logout();
    expect(calls.map((c) => c.operation)).toEqual(['DemoLogin', 'Logout']);
    expect(sessions.getSnapshot()).toBeNull();
  });
});

describe('care mode and the account', () => {
  it('switches the device at once and the account in the background while logged in', async () => {
    let failSetCareMode: (error: Error) => void = () => undefined;
    const { service, careMode, calls } = setup('h5', (operation) => {
      if (operation === 'SetCareMode')
        return new Promise((_, reject) => {
          failSetCareMode = reject;
        });
      return { data: { demoLogin: payload(false) } };
    });

    service.setCareMode(true);
    expect(careMode.getSnapshot()).toBe(true);
    expect(calls).toEqual([]); // logged out: the device only

    await service.login('CITIZEN_A');
    expect(careMode.getSnapshot()).toBe(true); // kept: switched on before login
    service.setCareMode(false);
    expect(careMode.getSnapshot()).toBe(false); // before the server answers
    expect(calls.at(-1)).toEqual({ operation: 'SetCareMode', variables: { enabled: false } });

    failSetCareMode(new Error('offline'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(careMode.getSnapshot()).toBe(false); // a failure does not flip it back
  });
});

describe('staff login', () => {
  it('keeps the staff session like a citizen session, on every platform', async () => {
    for (const platform of ['h5', 'weapp']) {
      const { service, sessions, calls } = setup(platform, () => ({
        data: {
          staffLogin: { ...payload(false), user: { id: 's1', role: 'STAFF', careMode: false } },
        },
      }));
      await expect(service.staffLogin('zhang.min', 'Window-2026-a')).resolves.toEqual({
        ok: true,
      });
      expect(calls).toEqual([
        {
          operation: 'StaffLogin',
          variables: { username: 'zhang.min', password: 'Window-2026-a' },
        },
      ]);
      expect(sessions.getSnapshot()?.user).toEqual({ id: 's1', role: 'STAFF' });
    }
  });

  it('returns the lockout message with its minutes and keeps no session', async () => {
    const message = '密码错误次数过多，账号已锁定，请 15 分钟后再试或联系管理员解锁';
    const { service, sessions } = setup('h5', () => ({
      data: null,
      error: { graphQLErrors: [{ message, extensions: { code: 'STAFF_ACCOUNT_LOCKED' } }] },
    }));
    await expect(service.staffLogin('zhang.min', 'wrong')).resolves.toEqual({
      ok: false,
      error: { kind: 'graphql', message, code: 'STAFF_ACCOUNT_LOCKED' },
    });
    expect(sessions.getSnapshot()).toBeNull();
  });
});
