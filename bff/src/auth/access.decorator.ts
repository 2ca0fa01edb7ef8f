import { SetMetadata } from '@nestjs/common';
import type { UserRole } from '../users/user-role';

/**
 * Who may call a GraphQL operation. Every query, mutation and subscription declares one with
 * `@Access(...)`: the global AccessGuard refuses an operation that has none (deny by default),
 * and the authorization matrix test (bff/test/integration/authorization-matrix.int-spec.ts)
 * fails for an operation it has no row for. Checks on *which* records (own, family's, own
 * hall's) stay in the services; this is the coarse gate in front of them.
 *
 * - PUBLIC: anyone; the caller is read when a token is sent (`@CurrentUser()` may be null).
 * - SIGNED_IN: any signed-in account, citizen or staff.
 * - CITIZEN: citizens only (staff accounts act on citizens' records through staff operations).
 * - STAFF: hall staff, hall admins and system admins.
 * - HALL_ADMIN: hall admins and system admins.
 * - SYSTEM_ADMIN: system admins only.
 */
export const ACCESS_POLICIES = [
  'PUBLIC',
  'SIGNED_IN',
  'CITIZEN',
  'STAFF',
  'HALL_ADMIN',
  'SYSTEM_ADMIN',
] as const;
export type AccessPolicy = (typeof ACCESS_POLICIES)[number];

export const ACCESS_POLICY = 'shizhong:access-policy';

export function Access(policy: AccessPolicy): MethodDecorator & ClassDecorator {
  return SetMetadata(ACCESS_POLICY, policy);
}

const ROLES_OF: Record<Exclude<AccessPolicy, 'PUBLIC' | 'SIGNED_IN'>, readonly UserRole[]> = {
  CITIZEN: ['CITIZEN'],
  STAFF: ['STAFF', 'HALL_ADMIN', 'SYSTEM_ADMIN'],
  HALL_ADMIN: ['HALL_ADMIN', 'SYSTEM_ADMIN'],
  SYSTEM_ADMIN: ['SYSTEM_ADMIN'],
};

/** Whether a signed-in account with `role` passes `policy` (PUBLIC and SIGNED_IN: always). */
export function roleSatisfies(policy: AccessPolicy, role: UserRole): boolean {
  if (policy === 'PUBLIC' || policy === 'SIGNED_IN') return true;
  return ROLES_OF[policy].includes(role);
}
