import type { FetchLike } from '@/api/auth-fetch';
import { TransportError } from '@/api/errors';
import { RefreshSessionMutation } from './auth.graphql';
import type { AuthPayloadLike } from './session-store';

/** The refresh token was refused (expired, revoked or already used). */
export class RefreshRefusedError extends Error {
  constructor() {
    super('refresh refused');
    this.name = 'RefreshRefusedError';
  }
}

/**
 * Calls `refreshSession` with the plain fetch (never through the auth wrapper, which would try to
 * refresh again). Network failures reject with the fetch's TransportError.
 */
export async function refreshSession(
  fetchFn: FetchLike,
  url: string,
  refreshToken: string,
): Promise<AuthPayloadLike> {
  const res = await fetchFn(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      query: RefreshSessionMutation.toString(),
      variables: { refreshToken },
    }),
  });
  // A server that is down says nothing about the refresh token: keep the session.
  if (res.status >= 500) throw new TransportError('network', `HTTP ${res.status}`);
  let payload: AuthPayloadLike | undefined;
  try {
    const parsed = JSON.parse(await res.text()) as {
      data?: { refreshSession?: AuthPayloadLike | null } | null;
    };
    payload = parsed.data?.refreshSession ?? undefined;
  } catch {
    payload = undefined;
  }
  if (!payload) throw new RefreshRefusedError();
  return payload;
}
