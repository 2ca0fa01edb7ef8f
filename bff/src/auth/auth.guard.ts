import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from '../common/errors/app.error';
import type { AuthRequest } from './auth-user';
import { SessionService } from './session.service';

export const AUTH_REQUIRED = 'shizhong:auth-required';

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
 * Reads `Authorization: Bearer <access token>` and puts the caller on `req.auth`. Without a
 * header the caller is anonymous (allowed unless the handler requires a login); a bad, expired or
 * revoked token is always UNAUTHENTICATED, so the client knows to refresh.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly sessions: SessionService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = requestOf(context);
    const required = this.reflector.getAllAndOverride<boolean>(AUTH_REQUIRED, [
      context.getHandler(),
      context.getClass(),
    ]);
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
    if (required && !req.auth) throw new AppError('UNAUTHENTICATED');
    return true;
  }
}
