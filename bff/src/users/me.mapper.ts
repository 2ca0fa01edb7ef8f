import type { AppUserEntity } from './app-user.entity';
import { UserRoleType, type MeType } from './dto/me.type';

export function toMe(user: AppUserEntity): MeType {
  return { id: user.id, role: UserRoleType[user.role], careMode: user.careMode };
}
