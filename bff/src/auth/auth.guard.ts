import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from '../common/errors/app.error';
import { ACCESS_POLICY, roleSatisfies, type AccessPolicy } from './access.decorator';
import type { AuthRequest } from './auth-user';
import { SessionService } from './session.service';

/** The request of a GraphQL operation (or of a plain HTTP handler). */
export function requestOf(context: ExecutionContext): AuthRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthRequest>();
}

function bearerToken(req: AuthRequest): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : '';
}

/**
 * The global gate of every GraphQL operation (registered as APP_GUARD).
 *
 * Reads `Authorization: Bearer <access token>` and puts the caller on `req.auth`: without a
 * header the caller is anonymous; a bad, expired or revoked token is always UNAUTHENTICATED, so
 * the client knows to refresh. Then applies the operation's `@Access` policy: anonymous callers
 * of a non-public operation get UNAUTHENTICATED, signed-in callers of the wrong role FORBIDDEN.
 * An operation without a policy is refused (deny by default) and logged as a programming error.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly sessions: SessionService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isGraphql = context.getType<string>() === 'graphql';
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    // Plain HTTP handlers (/health) are outside the GraphQL policy unless they declare one.
    if (!isGraphql && policy === undefined) return true;
    if (policy === undefined) {
      const name = `${context.getClass().name}.${context.getHandler().name}`;
      this.logger.error(`${name} has no @Access policy: refused`);
      throw new AppError('FORBIDDEN');
    }

    const req = requestOf(context);
    if (req.auth === undefined) {
      const token = bearerToken(req);
      if (token === undefined) {
        req.auth = null;
      } else {
        const user = token ? await this.sessions.authenticate(token) : null;
        if (!user) throw new AppError('UNAUTHENTICATED', '登录已失效，请重新登录');
        req.auth = user;
      }
    }
    if (policy === 'PUBLIC') return true;
    if (!req.auth) throw new AppError('UNAUTHENTICATED');
    if (!roleSatisfies(policy, req.auth.role)) throw new AppError('FORBIDDEN');
    return true;
  }
}
