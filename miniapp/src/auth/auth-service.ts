import { toUserFacingError, type UserFacingError } from '@/api/errors';
import type { DemoPersona } from '@/gql/graphql';
import {
  DemoLoginMutation,
  LoginWithWechatMutation,
  LogoutMutation,
  SetCareModeMutation,
  StaffLoginMutation,
} from './auth.graphql';
import { sessionFromPayload, type AuthPayloadLike, type SessionStore } from './session-store';

/** A GraphQL document as the generated code types it (documentMode 'string'). */
export interface TypedDocument<TData, TVariables> {
  toString(): string;
  __apiType?: (variables: TVariables) => TData;
}

/** One mutation through the app's request layer: data, or the error urql reports. */
export type MutateFn = <TData, TVariables extends Record<string, unknown>>(
  document: TypedDocument<TData, TVariables>,
  variables: TVariables,
) => Promise<{ data?: TData | null; error?: unknown }>;

export interface AuthServiceDeps {
  /** `weapp` logs in with WeChat; every other target (H5) with a demo account. */
  platform: string;
  sessions: SessionStore;
  careMode: { getSnapshot(): boolean; set(careMode: boolean): void };
  mutate: MutateFn;
  /** `Taro.login()` → its code. */
  wechatCode(): Promise<string>;
}

export type LoginResult = { ok: true } | { ok: false; error: UserFacingError };

export interface AuthService {
  /** WeChat login in weapp; the demo account `persona` elsewhere. */
  login(persona?: DemoPersona): Promise<LoginResult>;
  /**
   * Staff login with username and password (H5 on the hall's desktops); the session is kept like
   * a citizen's. The error carries the server's code and Chinese message (wrong password, locked
   * with the minutes left, disabled).
   */
  staffLogin(username: string, password: string): Promise<LoginResult>;
  /** Ends the session on the server when it can, and always on the device. */
  logout(): Promise<void>;
  /** Switches 长辈版 on the device at once and, when logged in, on the account in the background. */
  setCareMode(enabled: boolean): void;
}

export function createAuthService(deps: AuthServiceDeps): AuthService {
  const start = (payload: AuthPayloadLike & { user: { careMode: boolean } }): void => {
    deps.sessions.set(sessionFromPayload(payload));
    if (payload.user.careMode) {
      // The account's preference follows the user to this device.
      deps.careMode.set(true);
    } else if (deps.careMode.getSnapshot()) {
      // 长辈版 was switched on here before logging in (a new account starts without it): an
      // older user must not see large type vanish at login, so the account takes the device's.
      deps.mutate(SetCareModeMutation, { enabled: true }).catch(() => undefined);
    }
  };

  return {
    async login(persona = 'CITIZEN_A') {
      try {
        if (deps.platform === 'weapp') {
          const code = await deps.wechatCode();
          const { data, error } = await deps.mutate(LoginWithWechatMutation, { code });
          if (!data?.loginWithWechat) return { ok: false, error: toUserFacingError(error) };
          start(data.loginWithWechat);
        } else {
          const { data, error } = await deps.mutate(DemoLoginMutation, { persona });
          if (!data?.demoLogin) return { ok: false, error: toUserFacingError(error) };
          start(data.demoLogin);
        }
        return { ok: true };
      } catch (error) {
        return { ok: false, error: toUserFacingError(error) };
      }
    },

    async staffLogin(username, password) {
      try {
        const { data, error } = await deps.mutate(StaffLoginMutation, { username, password });
        if (!data?.staffLogin) return { ok: false, error: toUserFacingError(error) };
        start(data.staffLogin);
        return { ok: true };
      } catch (error) {
        return { ok: false, error: toUserFacingError(error) };
      }
    },

    async logout() {
      if (!deps.sessions.getSnapshot()) return;
      try {
        await deps.mutate(LogoutMutation, {});
      } catch {
        // The device forgets the session anyway; the server's expires on its own.
      } finally {
        deps.sessions.clear();
      }
    },

    setCareMode(enabled) {
      deps.careMode.set(enabled);
      if (!deps.sessions.getSnapshot()) return;
      // Background: a failure keeps the device's choice (it is sent again on the next switch).
      deps.mutate(SetCareModeMutation, { enabled }).catch(() => undefined);
    },
  };
}
