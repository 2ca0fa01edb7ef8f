import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, In, IsNull } from 'typeorm';
import { AppError } from '../common/errors/app.error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { StaffAccountEntity } from '../staff/staff-account.entity';
import { AppUserEntity } from '../users/app-user.entity';
import { isUserRole, type UserRole } from '../users/user-role';
import { signAccessToken, verifyAccessToken } from './access-token';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  newRefreshToken,
  REFRESH_TOKEN_TTL_MS,
  tokenHash,
  type AuthTokens,
} from './auth-tokens';
import type { AuthUser } from './auth-user';
import { RetiredRefreshTokenEntity } from './retired-refresh-token.entity';
import { UserSessionEntity } from './user-session.entity';
import { inTransaction } from '../database/transaction';

/** How long this instance trusts its last look at a session (logout here clears it at once). */
const SESSION_CHECK_CACHE_MS = 2000;
const SESSION_CHECK_CACHE_MAX = 10_000;

interface OpenSession {
  userId: string;
  role: UserRole;
  hallCode: string | null;
}

interface CachedCheck {
  until: number;
  result: OpenSession | null;
}

/**
 * Sessions: opens them on login, rotates their refresh token, revokes them on logout or reuse of
 * an old refresh token, and checks on every authenticated request that the session is still open.
 */
@Injectable()
export class SessionService {
  private readonly checks = new Map<string, CachedCheck>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Opens a session for a user who just logged in. */
  async open(user: Pick<AppUserEntity, 'id' | 'role'>, now = new Date()): Promise<AuthTokens> {
    const refreshToken = newRefreshToken();
    const session: UserSessionEntity = {
      id: randomUUID(),
      userId: user.id,
      refreshTokenHash: tokenHash(refreshToken),
      createdAt: now,
      expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_MS),
      revokedAt: null,
    };
    await this.dataSource.getRepository(UserSessionEntity).insert(session);
    return this.tokens(user.id, session.id, user.role, refreshToken, now);
  }

  /**
   * Exchanges a refresh token for new tokens; the old refresh token stops working. Presenting a
   * refresh token that was already exchanged revokes the whole session.
   */
  async rotate(
    refreshToken: string,
    now = new Date(),
  ): Promise<{ userId: string; tokens: AuthTokens }> {
    const oldHash = tokenHash(refreshToken);
    const outcome = await inTransaction(this.dataSource, async (manager) => {
      const sessions = manager.getRepository(UserSessionEntity);
      const session = await sessions.findOneBy({ refreshTokenHash: oldHash });
      if (!session) {
        const retired = await manager
          .getRepository(RetiredRefreshTokenEntity)
          .findOneBy({ tokenHash: oldHash });
        if (retired) {
          await sessions.update({ id: retired.sessionId, revokedAt: IsNull() }, { revokedAt: now });
          return { kind: 'reused', sessionId: retired.sessionId } as const;
        }
        return null;
      }
      if (session.revokedAt || session.expiresAt.getTime() <= now.getTime()) return null;
      const user = await manager.getRepository(AppUserEntity).findOneBy({ id: session.userId });
      if (!user) return null;
      const nextToken = newRefreshToken();
      const updated = await sessions.update(
        { id: session.id, refreshTokenHash: oldHash, revokedAt: IsNull() },
        {
          refreshTokenHash: tokenHash(nextToken),
          expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_MS),
        },
      );
      if (updated.affected !== 1) return null;
      await manager
        .getRepository(RetiredRefreshTokenEntity)
        .insert({ tokenHash: oldHash, sessionId: session.id, retiredAt: now });
      return { kind: 'rotated', user, sessionId: session.id, nextToken } as const;
    });
    if (outcome?.kind === 'reused') this.checks.delete(outcome.sessionId);
    if (outcome?.kind !== 'rotated') {
      throw new AppError('UNAUTHENTICATED', '登录已失效，请重新登录');
    }
    return {
      userId: outcome.user.id,
      tokens: this.tokens(
        outcome.user.id,
        outcome.sessionId,
        outcome.user.role,
        outcome.nextToken,
        now,
      ),
    };
  }

  /** Ends a session: its refresh token and its access tokens stop working at once. */
  async revoke(sessionId: string, now = new Date()): Promise<void> {
    await this.dataSource
      .getRepository(UserSessionEntity)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: now });
    this.checks.delete(sessionId);
  }

  /**
   * The caller of a bearer token: a valid signature, not expired, and its session still open.
   * Null for anything else.
   */
  async authenticate(accessToken: string, now = Date.now()): Promise<AuthUser | null> {
    const claims = verifyAccessToken(
      this.config.SESSION_SECRET,
      accessToken,
      Math.floor(now / 1000),
    );
    return claims ? this.sessionUser(claims.userId, claims.sessionId, now) : null;
  }

  /**
   * The caller of a long-lived connection (a GraphQL WebSocket), looked at again: the same
   * session check as `authenticate` (open, not expired, account not disabled; role and hall read
   * anew) without the access token, whose expiry only matters when the connection opens.
   */
  recheck(user: AuthUser, now = Date.now()): Promise<AuthUser | null> {
    return this.sessionUser(user.userId, user.sessionId, now);
  }

  /** The user of an open session (role and hall as of now), if it is still `userId`'s. */
  private async sessionUser(
    userId: string,
    sessionId: string,
    now: number,
  ): Promise<AuthUser | null> {
    const session = await this.openSession(sessionId, now);
    if (!session || session.userId !== userId) return null;
    return { userId, sessionId, role: session.role, hallCode: session.hallCode };
  }

  /**
   * Ends every open session of an account (a disabled staff account, a changed password), except
   * `exceptSessionId`. Other instances notice within SESSION_CHECK_CACHE_MS.
   */
  async revokeAllOf(userId: string, exceptSessionId?: string, now = new Date()): Promise<void> {
    const sessions = this.dataSource.getRepository(UserSessionEntity);
    const open = await sessions.find({
      where: { userId, revokedAt: IsNull() },
      select: { id: true },
    });
    const ids = open.map((session) => session.id).filter((id) => id !== exceptSessionId);
    if (ids.length === 0) return;
    await sessions.update({ id: In(ids), revokedAt: IsNull() }, { revokedAt: now });
    for (const id of ids) this.checks.delete(id);
  }

  private async openSession(sessionId: string, now: number): Promise<OpenSession | null> {
    const cached = this.checks.get(sessionId);
    if (cached && cached.until > now) return cached.result;
    const session = await this.dataSource
      .getRepository(UserSessionEntity)
      .findOneBy({ id: sessionId, revokedAt: IsNull() });
    const user =
      session && session.expiresAt.getTime() > now
        ? await this.dataSource
            .getRepository(AppUserEntity)
            .createQueryBuilder('user')
            .leftJoin(StaffAccountEntity, 'staff', 'staff.userId = user.id')
            .select('user.id', 'id')
            .addSelect('user.role', 'role')
            .addSelect('staff.hallCode', 'hallCode')
            .addSelect('staff.disabled', 'disabled')
            .where('user.id = :id', { id: session.userId })
            .getRawOne<{ id: string; role: string; hallCode: string | null; disabled: unknown }>()
        : null;
    // A disabled staff account has no valid session, whatever its tokens say.
    const disabled = user ? user.disabled === true || Number(user.disabled) === 1 : false;
    const result =
      user && isUserRole(user.role) && !disabled
        ? {
            userId: user.id,
            role: user.role,
            hallCode: user.role === 'SYSTEM_ADMIN' ? null : (user.hallCode ?? null),
          }
        : null;
    if (this.checks.size >= SESSION_CHECK_CACHE_MAX) this.checks.clear();
    this.checks.set(sessionId, { until: now + SESSION_CHECK_CACHE_MS, result });
    return result;
  }

  private tokens(
    userId: string,
    sessionId: string,
    role: UserRole,
    refreshToken: string,
    now: Date,
  ): AuthTokens {
    const issuedAt = Math.floor(now.getTime() / 1000);
    return {
      accessToken: signAccessToken(
        this.config.SESSION_SECRET,
        { userId, sessionId, role, expiresAt: issuedAt + ACCESS_TOKEN_TTL_SECONDS },
        issuedAt,
      ),
      refreshToken,
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    };
  }
}
