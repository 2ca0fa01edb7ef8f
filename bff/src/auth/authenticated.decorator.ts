import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { AUTH_REQUIRED, AuthGuard } from './auth.guard';

/** Only for signed-in callers: anonymous ones get UNAUTHENTICATED (请先登录). */
export function Authenticated(): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(AUTH_REQUIRED, true), UseGuards(AuthGuard));
}

/** Open to everyone, but reads the caller when there is one (`@CurrentUser()` may be null). */
export function MaybeAuthenticated(): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(AUTH_REQUIRED, false), UseGuards(AuthGuard));
}
