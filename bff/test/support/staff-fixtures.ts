import { codeOf, gql } from './identity-fixtures';
import type { TestApp } from './test-app';

export type DemoStaffPersona = 'STAFF_SZ' | 'HALL_ADMIN_SZ' | 'STAFF_STREET' | 'SYSTEM_ADMIN';

/** Test settings: cheap password hashes (the format and rules are the same) and no login limits. */
export const STAFF_TEST_ENV = {
  STAFF_PASSWORD_SCRYPT_LOG_N: '12',
  AUTH_RATE_LIMIT_PER_SUBJECT: '1000',
  AUTH_RATE_LIMIT_PER_IP: '1000',
};

export interface StaffSession {
  accessToken: string;
  refreshToken: string;
  userId: string;
}

const PAYLOAD = 'accessToken refreshToken user { id role }';

/** Signs in as a demo persona (citizen or staff; made on first use). */
export async function demoSession(
  app: TestApp,
  persona: DemoStaffPersona | 'CITIZEN_A' | 'CITIZEN_B',
): Promise<StaffSession> {
  const body = await gql<{
    demoLogin: { accessToken: string; refreshToken: string; user: { id: string } };
  }>(app, `mutation ($p: DemoPersona!) { demoLogin(persona: $p) { ${PAYLOAD} } }`, { p: persona });
  if (!body.data) throw new Error(`demo login of ${persona} failed: ${body.raw}`);
  const { accessToken, refreshToken, user } = body.data.demoLogin;
  return { accessToken, refreshToken, userId: user.id };
}

export const STAFF_LOGIN = `mutation ($u: String!, $p: String!) {
  staffLogin(username: $u, password: $p) { ${PAYLOAD} }
}`;

/** staffLogin's response: the session, or the error code and message. */
export async function staffLogin(
  app: TestApp,
  username: string,
  password: string,
): Promise<{
  session?: StaffSession;
  code?: unknown;
  message?: string;
  extensions?: Record<string, unknown>;
}> {
  const body = await gql<{
    staffLogin: { accessToken: string; refreshToken: string; user: { id: string } };
  }>(app, STAFF_LOGIN, { u: username, p: password });
  if (body.data?.staffLogin) {
    const { accessToken, refreshToken, user } = body.data.staffLogin;
    return { session: { accessToken, refreshToken, userId: user.id } };
  }
  return {
    code: codeOf(body),
    message: body.errors?.[0]?.message,
    extensions: body.errors?.[0]?.extensions,
  };
}

export const CREATE_STAFF = `mutation ($i: CreateStaffAccountInput!) {
  createStaffAccount(input: $i) {
    id username displayName role disabled locked failedAttempts
    hall { code name } zones { code name } windows { code number label }
  }
}`;

export interface NewStaffInput {
  username: string;
  displayName?: string;
  password?: string;
  role?: 'STAFF' | 'HALL_ADMIN' | 'SYSTEM_ADMIN';
  hallCode?: string | null;
  zoneCodes?: string[];
  windowCodes?: string[];
}

/** Creates a staff account as `admin`; throws when refused. Returns the account id. */
export async function createStaff(
  app: TestApp,
  admin: StaffSession,
  input: NewStaffInput,
): Promise<string> {
  const body = await gql<{ createStaffAccount: { id: string } }>(
    app,
    CREATE_STAFF,
    {
      i: {
        displayName: '测试人员',
        password: 'window-pass-2026',
        role: 'STAFF',
        hallCode: 'SZ-HALL',
        ...input,
      },
    },
    admin.accessToken,
  );
  if (!body.data) throw new Error(`createStaffAccount failed: ${body.raw}`);
  return body.data.createStaffAccount.id;
}
