import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestOf } from './auth.guard';
import type { AuthUser } from './auth-user';

/**
 * The caller established by `@Authenticated()` (never null there) or `@MaybeAuthenticated()`
 * (null when anonymous). Using it without either decorator is a programming error.
 */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser | null => {
    const auth = requestOf(context).auth;
    if (auth === undefined) {
      throw new Error('@CurrentUser() needs @Authenticated() or @MaybeAuthenticated()');
    }
    return auth;
  },
);
