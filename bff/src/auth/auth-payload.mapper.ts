import { toMe } from '../users/me.mapper';
import type { LoginResult } from './auth.service';
import type { AuthPayloadType } from './dto/auth-payload.type';

export function toAuthPayload({ tokens, user }: LoginResult): AuthPayloadType {
  return {
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    expiresIn: tokens.expiresIn,
    user: toMe(user),
  };
}
