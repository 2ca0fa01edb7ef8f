import { idNumberCheckCharacter } from '@shizhong/domain';
import type { GraphqlBody, TestApp } from './test-app';

/** A valid ID number (GB 11643) for the birth date YYYYMMDD and a 3-digit sequence. */
export function idNumber(birth: string, sequence: string, region = '370103'): string {
  const first17 = `${region}${birth}${sequence}`;
  return first17 + idNumberCheckCharacter(first17);
}

/** The same number with a wrong check character. */
export function withWrongCheckDigit(valid: string): string {
  const wrong = valid.endsWith('0') ? '1' : '0';
  return valid.slice(0, 17) + wrong;
}

/** Sends a GraphQL operation, as the signed-in caller when a token is given. */
export async function gql<T>(
  app: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphqlBody<T> & { raw: string }> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  const raw = await response.text();
  return { ...(JSON.parse(raw) as GraphqlBody<T>), raw };
}

export function codeOf(body: GraphqlBody<unknown>): unknown {
  return body.errors?.[0]?.extensions?.code;
}

/** The access token of a demo persona (a fixed test citizen). */
export async function demoToken(app: TestApp, persona: 'CITIZEN_A' | 'CITIZEN_B'): Promise<string> {
  const body = await gql<{ demoLogin: { accessToken: string } }>(
    app,
    'mutation Demo($persona: DemoPersona!) { demoLogin(persona: $persona) { accessToken } }',
    { persona },
  );
  if (!body.data) throw new Error(`demo login failed: ${body.raw}`);
  return body.data.demoLogin.accessToken;
}

/** The access token of a fresh citizen, created by a WeChat login with the fake adapter. */
export async function wechatToken(app: TestApp, code: string): Promise<string> {
  const body = await gql<{ loginWithWechat: { accessToken: string } }>(
    app,
    'mutation Login($code: String!) { loginWithWechat(code: $code) { accessToken } }',
    { code },
  );
  if (!body.data) throw new Error(`login failed: ${body.raw}`);
  return body.data.loginWithWechat.accessToken;
}

/** Test app settings that keep the login limits out of the way of tests that log in often. */
export const RELAXED_LOGIN_LIMITS = {
  AUTH_RATE_LIMIT_PER_SUBJECT: '1000',
  AUTH_RATE_LIMIT_PER_IP: '1000',
};

/** Every row of every table of the database, as one JSON string per table (plain SQL). */
export async function dumpAllTables(app: TestApp): Promise<Record<string, string>> {
  const mysql = app.dataSource.options.type === 'mysql';
  const tables = mysql
    ? await app.dataSource.query<{ name: string }[]>(
        'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()',
      )
    : await app.dataSource.query<{ name: string }[]>(
        "SELECT name FROM sqlite_master WHERE type = 'table'",
      );
  const dump: Record<string, string> = {};
  for (const { name } of tables) {
    const quoted = mysql ? `\`${name}\`` : `"${name}"`;
    const rows = await app.dataSource.query<unknown[]>(`SELECT * FROM ${quoted}`);
    dump[name] = JSON.stringify(rows);
  }
  return dump;
}
