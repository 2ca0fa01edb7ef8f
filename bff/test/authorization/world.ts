import { randomBytes } from 'node:crypto';
import { gql, idNumber } from '../support/identity-fixtures';
import type { GraphqlBody, TestApp } from '../support/test-app';
import { wsClient } from '../support/ws-client';
import { ROLES, type Role } from './roles';

/** A person the matrix seeds, with the plaintext values that must never leak. */
export interface Person {
  name: string;
  idNumber: string;
  phone: string;
}

export type GqlBody<T> = GraphqlBody<T> & { raw: string };

export interface Session {
  accessToken: string;
  refreshToken: string;
  userId: string;
}

/**
 * The seeded world the matrix runs in: citizens A and B with real-name profiles and confirmed
 * phones, F (A's family member with an account, link confirmed), M (A's family member without an
 * account), and the demo staff personas. `markers` maps strings that identify someone's records
 * (ids) to the roles allowed to see them: any other role's response containing one is a leak.
 */
export interface World {
  app: TestApp;
  people: { a: Person; b: Person; f: Person; m: Person };
  /** A's family member rows: F (with an account) and M (without). */
  familyOfA: { f: string; m: string };
  sessions: Map<Role, Session>;
  markers: Map<string, Set<Role>>;
  /** Plaintext personal values: never in any response except an audited reveal. */
  secrets: string[];
  /** A new valid ID number each call (born 1980–1999), for records the matrix creates. */
  freshIdNumber(): string;
  /** Signs the role in anew (for operations that end or rotate the session). */
  login(role: Role): Promise<Session | null>;
  call<T = Record<string, unknown>>(
    role: Role | Session | null,
    document: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlBody<T>>;
  /**
   * Starts a subscription over graphql-ws (connection_init with the session's token) and returns
   * its first event as a body: the data, or the errors (a closed socket: code CLOSED_<code>).
   */
  subscribeOnce<T = Record<string, unknown>>(
    role: Role | Session | null,
    document: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlBody<T>>;
}

const PAYLOAD = 'accessToken refreshToken user { id }';
type LoginData = { accessToken: string; refreshToken: string; user: { id: string } };

const DEMO_PERSONA: Partial<Record<Role, string>> = {
  citizenA: 'CITIZEN_A',
  citizenB: 'CITIZEN_B',
  staffHallX: 'STAFF_SZ',
  staffOtherHall: 'STAFF_STREET',
  hallAdminX: 'HALL_ADMIN_SZ',
  systemAdmin: 'SYSTEM_ADMIN',
};
const FAMILY_WECHAT_CODE = 'wx-matrix-family-of-a';

export async function buildWorld(app: TestApp): Promise<World> {
  let sequence = 100;
  const freshIdNumber = () => {
    sequence += 1;
    const year = 1980 + (sequence % 20);
    return idNumber(
      `${year}0${(sequence % 9) + 1}1${sequence % 10}`,
      String(sequence % 1000).padStart(3, '0'),
    );
  };

  async function login(role: Role): Promise<Session | null> {
    if (role === 'anonymous') return null;
    const persona = DEMO_PERSONA[role];
    const body = persona
      ? await gql<{ demoLogin: LoginData }>(
          app,
          `mutation ($p: DemoPersona!) { demoLogin(persona: $p) { ${PAYLOAD} } }`,
          { p: persona },
        )
      : await gql<{ loginWithWechat: LoginData }>(
          app,
          `mutation ($c: String!) { loginWithWechat(code: $c) { ${PAYLOAD} } }`,
          { c: FAMILY_WECHAT_CODE },
        );
    const data = body.data as Record<string, LoginData> | null | undefined;
    const payload = data ? Object.values(data)[0] : undefined;
    if (!payload) throw new Error(`login of ${role} failed: ${body.raw}`);
    return {
      accessToken: payload.accessToken,
      refreshToken: payload.refreshToken,
      userId: payload.user.id,
    };
  }

  const sessions = new Map<Role, Session>();
  for (const role of ROLES) {
    const session = await login(role);
    if (session) sessions.set(role, session);
  }

  const call: World['call'] = (role, document, variables = {}) => {
    const session = typeof role === 'string' ? sessions.get(role) : role;
    return gql(app, document, variables, session?.accessToken);
  };

  const subscribeOnce: World['subscribeOnce'] = async (role, document, variables = {}) => {
    const session = typeof role === 'string' ? sessions.get(role) : role;
    const client = wsClient(app.url, session?.accessToken);
    try {
      const event = await client.subscribe(document, variables).next();
      const raw = JSON.stringify(event);
      switch (event.kind) {
        case 'next':
          return { data: event.data as never, errors: event.errors as never, raw };
        case 'error':
          return { errors: event.errors as never, raw };
        case 'closed':
          return {
            errors: [{ message: event.reason, extensions: { code: `CLOSED_${event.code}` } }],
            raw,
          };
        case 'complete':
          return { raw };
      }
    } finally {
      await client.dispose();
    }
  };

  async function must<T>(role: Role, document: string, variables: Record<string, unknown>) {
    const body = await call<T>(role, document, variables);
    if (body.errors || !body.data) throw new Error(`seeding as ${role} failed: ${body.raw}`);
    return body.data;
  }

  const people = {
    a: { name: '鲁思远', idNumber: idNumber('19850417', '213'), phone: '13800010001' },
    b: { name: '冯若溪', idNumber: idNumber('19920908', '124'), phone: '13800010002' },
    f: { name: '鲁景行', idNumber: idNumber('19580301', '315'), phone: '13800010003' },
    m: { name: '鲁小满', idNumber: idNumber('20150622', '046'), phone: '13800010004' },
  };
  const citizens: [Role, Person][] = [
    ['citizenA', people.a],
    ['citizenB', people.b],
    ['familyOfA', people.f],
  ];
  for (const [role, person] of citizens) {
    await must(role, 'mutation ($i: RealNameInput!) { submitRealName(input: $i) { id } }', {
      i: { name: person.name, idNumber: person.idNumber },
    });
    await must(role, 'mutation ($p: String!) { requestPhoneCode(phone: $p) }', {
      p: person.phone,
    });
    await must(
      role,
      'mutation ($p: String!, $c: String!) { verifyPhone(phone: $p, code: $c) { id } }',
      {
        p: person.phone,
        c: '246810',
      },
    );
  }

  const addMember = async (person: Person, relation: string) =>
    (
      await must<{ addFamilyMember: { id: string } }>(
        'citizenA',
        'mutation ($i: FamilyMemberInput!) { addFamilyMember(input: $i) { id } }',
        { i: { name: person.name, idNumber: person.idNumber, phone: person.phone, relation } },
      )
    ).addFamilyMember.id;
  const familyOfA = {
    f: await addMember(people.f, 'PARENT'),
    m: await addMember(people.m, 'CHILD'),
  };
  // F has an account: A's link waits for F, who confirms it.
  await must(
    'familyOfA',
    'mutation ($id: ID!) { respondToFamilyLink(id: $id, accept: true) { id } }',
    { id: familyOfA.f },
  );

  const markers = new Map<string, Set<Role>>();
  const mark = (marker: string, ...roles: Role[]) => markers.set(marker, new Set(roles));
  const userId = (role: Role) => sessions.get(role)?.userId ?? '';
  // An account's id is its own; system admins see accounts in audit and admin views.
  for (const role of ROLES) if (role !== 'anonymous') mark(userId(role), role, 'systemAdmin');
  // Hall X's admin sees the accounts of hall X's staff (staffAccounts).
  mark(userId('staffHallX'), 'staffHallX', 'hallAdminX', 'systemAdmin');
  mark(userId('hallAdminX'), 'hallAdminX', 'systemAdmin');
  // F sees the link A made to them (familyLinksToMe); M has no account.
  mark(familyOfA.f, 'citizenA', 'familyOfA');
  mark(familyOfA.m, 'citizenA');

  return {
    app,
    people,
    familyOfA,
    sessions,
    markers,
    secrets: Object.values(people).flatMap((person) => [
      person.name,
      person.idNumber,
      person.phone,
    ]),
    freshIdNumber,
    login,
    call,
    subscribeOnce,
  };
}

/** A random suffix, for values that must differ between calls (wechat codes, usernames). */
export function unique(): string {
  return randomBytes(4).toString('hex');
}
