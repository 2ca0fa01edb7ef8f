import { signAccessToken, verifyAccessToken } from './access-token';

const SECRET = 'a-test-secret-that-is-long-enough-123';
const claims = { userId: 'u1', sessionId: 's1', role: 'CITIZEN' as const, expiresAt: 1_000 };

describe('access tokens', () => {
  it('verifies what it signed until it expires', () => {
    const token = signAccessToken(SECRET, claims, 100);
    expect(verifyAccessToken(SECRET, token, 999)).toEqual(claims);
    expect(verifyAccessToken(SECRET, token, 1_000)).toBeNull();
  });

  it('refuses another secret, a changed payload, alg none and garbage', () => {
    const token = signAccessToken(SECRET, claims, 100);
    expect(verifyAccessToken(`${SECRET}x`, token, 500)).toBeNull();
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ sub: 'u2', sid: 's1', role: 'SYSTEM_ADMIN', exp: 9e9 }),
    ).toString('base64url');
    expect(verifyAccessToken(SECRET, `${header}.${forged}.${signature}`, 500)).toBeNull();
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(verifyAccessToken(SECRET, `${none}.${forged}.`, 500)).toBeNull();
    expect(verifyAccessToken(SECRET, 'garbage', 500)).toBeNull();
    expect(verifyAccessToken(SECRET, 'a.b.c', 500)).toBeNull();
  });
});
