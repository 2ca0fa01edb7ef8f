import { signAccessToken } from '../../src/auth/access-token';
import { FakeWechatAuthAdapter } from '../../src/auth/wechat/fake-wechat-auth.adapter';
import { ENTITIES } from '../../src/database/entities';
import {
  createTestDatabase,
  startTestApp,
  type GraphqlBody,
  type TestApp,
} from '../support/test-app';
import type { TestDatabase } from '../support/test-database';

const PAYLOAD = 'accessToken refreshToken expiresIn user { id role careMode }';
const LOGIN = `mutation Login($code: String!) { loginWithWechat(code: $code) { ${PAYLOAD} } }`;
const REFRESH = `mutation Refresh($token: String!) { refreshSession(refreshToken: $token) { ${PAYLOAD} } }`;
const DEMO = `mutation Demo($persona: DemoPersona!) { demoLogin(persona: $persona) { ${PAYLOAD} } }`;
const ME = 'query { me { id role careMode } }';
const LOGOUT = 'mutation { logout }';
const SET_CARE_MODE =
  'mutation Care($enabled: Boolean!) { setCareMode(enabled: $enabled) { id careMode } }';

interface Payload {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: { id: string; role: string; careMode: boolean };
}
interface Me {
  me: Payload['user'] | null;
}

describe('auth: WeChat login, sessions, refresh rotation, logout, demo login', () => {
  let database: TestDatabase;
  let app: TestApp;
  /** Every raw response body, to prove session_key never leaves the BFF. */
  const responses: string[] = [];

  async function gql<T>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
    target: TestApp = app,
  ): Promise<GraphqlBody<T>> {
    const response = await fetch(`${target.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    responses.push(text);
    return JSON.parse(text) as GraphqlBody<T>;
  }

  async function login(code: string): Promise<Payload> {
    const body = await gql<{ loginWithWechat: Payload }>(LOGIN, { code });
    expect(body.errors).toBeUndefined();
    return body.data!.loginWithWechat;
  }

  function codeOf(body: GraphqlBody<unknown>): unknown {
    return body.errors?.[0]?.extensions?.code;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp({ database });
  });

  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('creates the account on the first login and finds the same one on the next', async () => {
    const first = await login('wx-code-first-login');
    expect(first.user).toMatchObject({ role: 'CITIZEN', careMode: false });
    expect(first.expiresIn).toBe(15 * 60);
    expect(first.refreshToken).not.toBe(first.accessToken);
    const second = await login('wx-code-first-login');
    expect(second.user.id).toBe(first.user.id);
    expect(second.accessToken).not.toBe(first.accessToken);
    const other = await login('wx-code-someone-else');
    expect(other.user.id).not.toBe(first.user.id);

    const { openid } = await new FakeWechatAuthAdapter().code2Session('wx-code-first-login');
    const rows = await app.dataSource.query<unknown[]>('SELECT id FROM app_user WHERE openid = ?', [
      openid,
    ]);
    expect(rows).toHaveLength(1);
  });

  it('answers me with the account for a valid access token and null when anonymous', async () => {
    const session = await login('wx-code-me');
    const mine = await gql<Me>(ME, {}, session.accessToken);
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.me).toEqual(session.user);
    const anonymous = await gql<Me>(ME);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.me).toBeNull();
  });

  it('refuses garbage, forged and expired access tokens with UNAUTHENTICATED', async () => {
    const session = await login('wx-code-tokens');
    const garbage = await gql<Me>(ME, {}, 'not-a-token');
    expect(codeOf(garbage)).toBe('UNAUTHENTICATED');
    expect(garbage.errors?.[0]?.message).toMatch(/登录/);

    const [header, payload] = session.accessToken.split('.');
    const forged = await gql<Me>(ME, {}, `${header}.${payload}.AAAA`);
    expect(codeOf(forged)).toBe('UNAUTHENTICATED');

    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as {
      sub: string;
      sid: string;
    };
    const issuedAt = Math.floor(Date.now() / 1000) - 3600;
    const expired = signAccessToken(
      app.config.SESSION_SECRET,
      { userId: claims.sub, sessionId: claims.sid, role: 'CITIZEN', expiresAt: issuedAt + 900 },
      issuedAt,
    );
    expect(codeOf(await gql<Me>(ME, {}, expired))).toBe('UNAUTHENTICATED');

    const otherSecret = signAccessToken(
      'someone-elses-secret-of-at-least-32-chars',
      {
        userId: claims.sub,
        sessionId: claims.sid,
        role: 'SYSTEM_ADMIN',
        expiresAt: issuedAt + 9e6,
      },
      issuedAt,
    );
    expect(codeOf(await gql<Me>(ME, {}, otherSecret))).toBe('UNAUTHENTICATED');
  });

  it('rotates the refresh token; reusing an old one revokes the whole session', async () => {
    const session = await login('wx-code-refresh');
    const refreshed = await gql<{ refreshSession: Payload }>(REFRESH, {
      token: session.refreshToken,
    });
    expect(refreshed.errors).toBeUndefined();
    const next = refreshed.data!.refreshSession;
    expect(next.user.id).toBe(session.user.id);
    expect(next.refreshToken).not.toBe(session.refreshToken);
    expect((await gql<Me>(ME, {}, next.accessToken)).data?.me?.id).toBe(session.user.id);

    // The old refresh token is spent: presenting it again is treated as theft.
    const reused = await gql(REFRESH, { token: session.refreshToken });
    expect(codeOf(reused)).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(REFRESH, { token: next.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql<Me>(ME, {}, next.accessToken))).toBe('UNAUTHENTICATED');

    expect(codeOf(await gql(REFRESH, { token: 'never-issued' }))).toBe('UNAUTHENTICATED');
  });

  it('logout ends the session at once: its access and refresh tokens stop working', async () => {
    const session = await login('wx-code-logout');
    const other = await login('wx-code-logout');
    expect((await gql<Me>(ME, {}, session.accessToken)).data?.me?.id).toBe(session.user.id);

    const out = await gql<{ logout: boolean }>(LOGOUT, {}, session.accessToken);
    expect(out.errors).toBeUndefined();
    expect(out.data?.logout).toBe(true);
    expect(codeOf(await gql<Me>(ME, {}, session.accessToken))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(REFRESH, { token: session.refreshToken }))).toBe('UNAUTHENTICATED');
    // The same user's other device stays signed in.
    expect((await gql<Me>(ME, {}, other.accessToken)).data?.me?.id).toBe(session.user.id);

    const anonymous = await gql(LOGOUT);
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.errors?.[0]?.message).toBe('请先登录');
  });

  it('stores the care-mode preference on the account', async () => {
    const session = await login('wx-code-care');
    const anonymous = await gql(SET_CARE_MODE, { enabled: true });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    const set = await gql<{ setCareMode: { careMode: boolean } }>(
      SET_CARE_MODE,
      { enabled: true },
      session.accessToken,
    );
    expect(set.data?.setCareMode.careMode).toBe(true);
    const again = await login('wx-code-care');
    expect(again.user.careMode).toBe(true);
    expect((await gql<Me>(ME, {}, again.accessToken)).data?.me?.careMode).toBe(true);
  });

  it('refuses an invalid code with WECHAT_LOGIN_FAILED and a Chinese message', async () => {
    const body = await gql(LOGIN, { code: 'invalid-code-1' });
    expect(codeOf(body)).toBe('WECHAT_LOGIN_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/微信登录失败/);
    expect(body.data).toBeNull();

    const malformed = await gql(LOGIN, { code: 'has spaces <script>' });
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.message).toBe('登录凭证格式不正确');
  });

  it('logs in demo personas as fixed, distinct citizens outside production', async () => {
    const a = await gql<{ demoLogin: Payload }>(DEMO, { persona: 'CITIZEN_A' });
    const b = await gql<{ demoLogin: Payload }>(DEMO, { persona: 'CITIZEN_B' });
    const a2 = await gql<{ demoLogin: Payload }>(DEMO, { persona: 'CITIZEN_A' });
    expect(a.errors).toBeUndefined();
    expect(a.data!.demoLogin.user.id).toBe(a2.data!.demoLogin.user.id);
    expect(a.data!.demoLogin.user.id).not.toBe(b.data!.demoLogin.user.id);
    const me = await gql<Me>(ME, {}, b.data!.demoLogin.accessToken);
    expect(me.data?.me?.id).toBe(b.data!.demoLogin.user.id);
  });

  it('refuses the demo login in production', async () => {
    const production = await startTestApp({
      database,
      env: {
        NODE_ENV: 'production',
        PII_ENCRYPTION_KEY: 'ab'.repeat(32),
        SESSION_SECRET: 'a-production-secret-of-at-least-32-characters',
      },
    });
    try {
      const body = await gql(DEMO, { persona: 'CITIZEN_A' }, undefined, production);
      expect(codeOf(body)).toBe('FORBIDDEN');
      expect(body.errors?.[0]?.message).toMatch(/演示登录/);
      expect(body.data).toBeNull();
      // Tokens signed with the development secret mean nothing there.
      const dev = await login('wx-code-prod-check');
      expect(codeOf(await gql<Me>(ME, {}, dev.accessToken, production))).toBe('UNAUTHENTICATED');
    } finally {
      await production.stop();
    }
  });

  it('limits logins per code to 10 a minute with RATE_LIMITED', async () => {
    const codes: unknown[] = [];
    for (let i = 0; i < 11; i += 1) {
      codes.push(codeOf(await gql(LOGIN, { code: 'wx-code-hammered' })));
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill(undefined));
    expect(codes[10]).toBe('RATE_LIMITED');
    const limited = await gql(LOGIN, { code: 'wx-code-hammered' });
    expect(limited.errors?.[0]?.message).toBe('操作过于频繁，请稍后再试');
    expect(limited.errors?.[0]?.extensions?.retryAfterSeconds).toEqual(expect.any(Number));
  });

  it('limits logins per IP address', async () => {
    const limitedApp = await startTestApp({ database, env: { AUTH_RATE_LIMIT_PER_IP: '3' } });
    try {
      const codes: unknown[] = [];
      for (let i = 0; i < 4; i += 1) {
        codes.push(codeOf(await gql(DEMO, { persona: 'CITIZEN_A' }, undefined, limitedApp)));
      }
      expect(codes).toEqual([undefined, undefined, undefined, 'RATE_LIMITED']);
      const refresh = await gql(REFRESH, { token: 'x' }, undefined, limitedApp);
      expect(codeOf(refresh)).toBe('UNAUTHENTICATED');
    } finally {
      await limitedApp.stop();
    }
  });

  it('never lets session_key out: not in any response, not in any table', async () => {
    const adapter = new FakeWechatAuthAdapter();
    const codes = ['wx-code-first-login', 'wx-code-me', 'wx-code-refresh', 'wx-code-logout'];
    const sessionKeys = await Promise.all(
      codes.map(async (code) => (await adapter.code2Session(code)).sessionKey),
    );
    const tables = ENTITIES.map((entity) => app.dataSource.getMetadata(entity).tableName);
    const dump: string[] = [];
    for (const table of tables) {
      dump.push(JSON.stringify(await app.dataSource.query(`SELECT * FROM ${table}`)));
    }
    const everything = [...responses, ...dump].join('\n');
    expect(everything).toContain('fake-openid-'); // the dump did read the accounts
    for (const key of sessionKeys) expect(everything).not.toContain(key);
    expect(everything).not.toMatch(/session_?key/i);
  });
});
