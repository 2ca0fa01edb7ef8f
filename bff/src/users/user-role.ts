/** Who an account is. Citizens sign in with WeChat; staff roles come with staff accounts. */
export const USER_ROLES = ['CITIZEN', 'STAFF', 'HALL_ADMIN', 'SYSTEM_ADMIN'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export function isUserRole(value: unknown): value is UserRole {
  return typeof value === 'string' && (USER_ROLES as readonly string[]).includes(value);
}
