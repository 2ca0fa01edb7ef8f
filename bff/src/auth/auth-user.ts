import type { Request } from 'express';
import type { UserRole } from '../users/user-role';

/** The caller of a request, as the AuthGuard established it from a valid access token. */
export interface AuthUser {
  userId: string;
  sessionId: string;
  /** Read from the account on each request (cached a few seconds), not trusted from the token. */
  role: UserRole;
  /**
   * The hall (service_point code) of a staff member or hall admin, read with the role; null for
   * citizens and system admins.
   */
  hallCode: string | null;
}

/** The HTTP request of a GraphQL operation, with what AuthGuard found out about its caller. */
export type AuthRequest = Request & { auth?: AuthUser | null };
