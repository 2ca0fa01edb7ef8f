import Taro from '@tarojs/taro';
import { getClient } from '@/api/client';
import { getCareModeStore } from '@/theme/care-mode';
import {
  createAuthService,
  type AuthService,
  type MutateFn,
  type TypedDocument,
} from './auth-service';
import { getSessionStore } from './session';

export { useSession, getSessionStore } from './session';
export type { LoginResult } from './auth-service';

const mutate: MutateFn = async <TData, TVariables extends Record<string, unknown>>(
  document: TypedDocument<TData, TVariables>,
  variables: TVariables,
) => {
  const result = await getClient()
    .mutation<TData, TVariables>(document.toString(), variables)
    .toPromise();
  return { data: result.data, error: result.error };
};

let service: AuthService | undefined;

/** The app's login, logout and account-aware care-mode switch. */
export function getAuthService(): AuthService {
  service ??= createAuthService({
    platform: process.env.TARO_ENV ?? 'h5',
    sessions: getSessionStore(),
    careMode: getCareModeStore(),
    mutate,
    wechatCode: async () => (await Taro.login()).code,
  });
  return service;
}
