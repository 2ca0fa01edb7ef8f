/**
 * The callers of the authorization matrix (issue 5): everyone who can reach the API, from an
 * anonymous visitor to a system admin. Hall X is the district hall SZ-HALL; the "other hall" is
 * a street 便民服务中心.
 */
export const ROLES = [
  'anonymous',
  'citizenA',
  'citizenB',
  /** A's family member with an account of their own, who confirmed A's link. */
  'familyOfA',
  'staffHallX',
  'staffOtherHall',
  'hallAdminX',
  'systemAdmin',
] as const;
export type Role = (typeof ROLES)[number];

/** What a call returned: OK (data, no error) or the error code. */
export type Outcome = 'OK' | string;
export type Expectation = Record<Role, Outcome>;

const CITIZENS: Role[] = ['citizenA', 'citizenB', 'familyOfA'];
const STAFF: Role[] = ['staffHallX', 'staffOtherHall', 'hallAdminX', 'systemAdmin'];

function expectation(allowed: Role[], overrides: Partial<Expectation>): Expectation {
  const result = {} as Expectation;
  for (const role of ROLES) {
    result[role] =
      role === 'anonymous' && !allowed.includes(role)
        ? 'UNAUTHENTICATED'
        : allowed.includes(role)
          ? 'OK'
          : 'FORBIDDEN';
  }
  return { ...result, ...overrides };
}

/** Anyone, signed in or not. */
export const anyone = (overrides: Partial<Expectation> = {}): Expectation =>
  expectation([...ROLES], overrides);
/** Any signed-in account. */
export const signedIn = (overrides: Partial<Expectation> = {}): Expectation =>
  expectation([...CITIZENS, ...STAFF], overrides);
/** Citizens only; staff accounts are FORBIDDEN. */
export const citizens = (overrides: Partial<Expectation> = {}): Expectation =>
  expectation(CITIZENS, overrides);
/** Staff, hall admins and system admins. */
export const staff = (overrides: Partial<Expectation> = {}): Expectation =>
  expectation(STAFF, overrides);
/** Hall admins and system admins. */
export const hallAdmins = (overrides: Partial<Expectation> = {}): Expectation =>
  expectation(['hallAdminX', 'systemAdmin'], overrides);
/** System admins only. */
export const systemAdmins = (overrides: Partial<Expectation> = {}): Expectation =>
  expectation(['systemAdmin'], overrides);
