import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestOf } from './auth.guard';
import type { AuthUser } from './auth-user';

/**
 * The caller the AuthGuard established: never null under a policy other than PUBLIC, null for
 * an anonymous caller of a PUBLIC operation.
 */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser | null => {
    const auth = requestOf(context).auth;
    if (auth === undefined) throw new Error('@CurrentUser() used where the AuthGuard did not run');
    return auth;
  },
);
