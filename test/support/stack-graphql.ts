/**
 * GraphQL over HTTP against a running stack (test/support/stack.ts), for what an e2e spec sets up
 * or checks beside the browser: sessions, the app's test clock, data another person made.
 */

export interface GraphqlAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Sends one operation to `${appUrl}graphql`, signed in with `token` when given. */
export async function stackGraphql<T>(
  appUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphqlAnswer<T>> {
  const response = await fetch(`${appUrl}graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlAnswer<T>;
}

/**
 * Sets the running app's clock (allowed only when the stack started with TEST_CLOCK_ALLOWED=1)
 * to `at`, ticking on from there; null returns it to the real time.
 */
export async function setStackClock(appUrl: string, at: string | null): Promise<void> {
  const answer = await stackGraphql<{ setTestClock: { shanghai: string } }>(
    appUrl,
    'mutation C($at: String) { setTestClock(at: $at, frozen: false) { shanghai } }',
    { at },
  );
  expect(answer.errors).toBeUndefined();
}

/** The login session as the app keeps it in storage (see `storedSession` in app.ts). */
export interface AppSession {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
  user?: { id: string; role: string };
}

/** The fields of a login answer the app keeps; select them as `{ ${SESSION_FIELDS} }`. */
export const SESSION_FIELDS = 'accessToken refreshToken expiresIn user { id role }';

export interface SessionPayload {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: { id: string; role: string };
}

/** A login answer turned into the session the app would store after it. */
export function appSession(payload: SessionPayload): AppSession {
  return {
    accessToken: payload.accessToken,
    refreshToken: payload.refreshToken,
    expiresAt: Date.now() + payload.expiresIn * 1000,
    user: payload.user,
  };
}

/** Signs in as a demo persona (e.g. STAFF_SZ) through the API: the session the app would keep. */
export async function demoSession(appUrl: string, persona: string): Promise<AppSession> {
  const login = await stackGraphql<{ demoLogin: SessionPayload }>(
    appUrl,
    `mutation { demoLogin(persona: ${persona}) { ${SESSION_FIELDS} } }`,
  );
  const payload = login.data?.demoLogin;
  if (!payload) throw new Error(`demo login ${persona}: ${JSON.stringify(login.errors)}`);
  return appSession(payload);
}

/** 实名: submits `person` (name + ID number) for the signed-in user, as the 实名信息 form does. */
export async function submitRealName(
  appUrl: string,
  token: string | undefined,
  person: { name: string; idNumber: string },
): Promise<void> {
  const answer = await stackGraphql(
    appUrl,
    'mutation R($input: RealNameInput!) { submitRealName(input: $input) { id } }',
    { input: person },
    token,
  );
  expect(answer.errors).toBeUndefined();
}
