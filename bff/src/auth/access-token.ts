import { createHmac, timingSafeEqual } from 'node:crypto';
import { isUserRole, type UserRole } from '../users/user-role';

/** What an access token says: who, on which session, as what. */
export interface AccessTokenClaims {
  userId: string;
  sessionId: string;
  role: UserRole;
  /** Seconds since the epoch. */
  expiresAt: number;
}

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

function sign(secret: string, data: string): Buffer {
  return createHmac('sha256', secret).update(data).digest();
}

/**
 * Signs a compact JWT (HS256) with node:crypto. One fixed algorithm, no `alg` negotiation and no
 * dependency: the BFF both issues and checks these tokens, so a JWT library buys nothing.
 */
export function signAccessToken(
  secret: string,
  claims: AccessTokenClaims,
  issuedAt: number,
): string {
  const payload = base64url(
    JSON.stringify({
      sub: claims.userId,
      sid: claims.sessionId,
      role: claims.role,
      iat: issuedAt,
      exp: claims.expiresAt,
    }),
  );
  const signature = sign(secret, `${HEADER}.${payload}`).toString('base64url');
  return `${HEADER}.${payload}.${signature}`;
}

/** The claims of a well-signed, unexpired token; null for anything else. Never throws. */
export function verifyAccessToken(
  secret: string,
  token: string,
  nowSeconds: number,
): AccessTokenClaims | null {
  if (token.length > 2048) return null;
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [header, payload, signature] = parts as [string, string, string];
  if (header !== HEADER) return null;
  const expected = sign(secret, `${header}.${payload}`);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof body !== 'object' || body === null) return null;
  const { sub, sid, role, exp } = body as Record<string, unknown>;
  if (typeof sub !== 'string' || typeof sid !== 'string' || !isUserRole(role)) return null;
  if (typeof exp !== 'number' || exp <= nowSeconds) return null;
  return { userId: sub, sessionId: sid, role, expiresAt: exp };
}
