import { ID_NUMBER_MESSAGES, MOBILE_MESSAGES, PERSON_NAME_MESSAGES } from '@shizhong/domain';
import {
  RELAXED_LOGIN_LIMITS,
  codeOf,
  demoToken,
  dumpAllTables,
  gql,
  idNumber,
  wechatToken,
  withWrongCheckDigit,
} from '../support/identity-fixtures';
import { createTestDatabase, startTestApp, type TestApp } from '../support/test-app';
import type { TestDatabase } from '../support/test-database';

const MEMBER = 'id maskedName maskedIdNumber maskedPhone relation age';
const LIST = `query { familyMembers { ${MEMBER} } }`;
const ADD = `mutation Add($input: FamilyMemberInput!) { addFamilyMember(input: $input) { ${MEMBER} } }`;
const REMOVE = 'mutation Remove($id: ID!) { removeFamilyMember(id: $id) }';
const SUBMIT = 'mutation Submit($input: RealNameInput!) { submitRealName(input: $input) { id } }';
const REQUEST_CODE = 'mutation Code($phone: String!) { requestPhoneCode(phone: $phone) }';
const VERIFY =
  'mutation Verify($phone: String!, $code: String!) { verifyPhone(phone: $phone, code: $code) { id } }';
const SET_ADDRESS =
  'mutation Address($input: PostalAddressInput!) { setAddress(input: $input) { id } }';

interface Member {
  id: string;
  maskedName: string;
  maskedIdNumber: string;
  maskedPhone: string | null;
  relation: string;
  age: number;
}

const OWNER = { name: '龚翊骁', idNumber: idNumber('19900307', '135') };
const MOTHER = {
  name: '欧阳璟瑜',
  idNumber: idNumber('19580612', '248'),
  phone: '13512340001',
  relation: 'PARENT',
};
const CHILD = { name: '龚沐宸', idNumber: idNumber('20180915', '071'), relation: 'CHILD' };

describe('family members (代办)', () => {
  let database: TestDatabase;
  let app: TestApp;
  let a: string;
  let b: string;

  async function list(token: string): Promise<Member[]> {
    const body = await gql<{ familyMembers: Member[] }>(app, LIST, {}, token);
    expect(body.errors).toBeUndefined();
    return body.data!.familyMembers;
  }

  async function add(token: string, input: Record<string, unknown>): Promise<Member> {
    const body = await gql<{ addFamilyMember: Member }>(app, ADD, { input }, token);
    expect(body.errors).toBeUndefined();
    return body.data!.addFamilyMember;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp({ database, env: RELAXED_LOGIN_LIMITS });
    a = await demoToken(app, 'CITIZEN_A');
    b = await demoToken(app, 'CITIZEN_B');
  });

  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('refuses anonymous callers', async () => {
    const listed = await gql(app, LIST);
    expect(codeOf(listed)).toBe('UNAUTHENTICATED');
    expect(listed.errors?.[0]?.message).toBe('请先登录');
    expect(codeOf(await gql(app, ADD, { input: MOTHER }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(app, REMOVE, { id: '00000000-0000-4000-8000-000000000000' }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('adds family members without real-name first and lists them masked', async () => {
    expect(await list(a)).toEqual([]);
    const mother = await add(a, MOTHER);
    expect(mother).toEqual({
      id: expect.any(String) as string,
      maskedName: '欧***',
      maskedIdNumber: `370***********${MOTHER.idNumber.slice(14)}`,
      maskedPhone: '135****0001',
      relation: 'PARENT',
      age: expect.any(Number) as number,
    });
    expect(mother.age).toBeGreaterThanOrEqual(67);
    const child = await add(a, { ...CHILD, phone: null });
    expect(child).toMatchObject({ maskedName: '龚**', maskedPhone: null, relation: 'CHILD' });
    expect(await list(a)).toEqual([mother, child]);
    const raw = (await gql(app, LIST, {}, a)).raw;
    for (const value of [MOTHER.name, MOTHER.idNumber, MOTHER.phone, CHILD.name, CHILD.idNumber]) {
      expect(raw).not.toContain(value);
    }
  });

  it.each([
    [
      'a bad check digit',
      { idNumber: withWrongCheckDigit(idNumber('19620101', '333')) },
      'ID_NUMBER_INVALID',
      ID_NUMBER_MESSAGES.CHECK_DIGIT,
    ],
    [
      'a birth date of 19990230',
      { idNumber: idNumber('19990230', '333') },
      'ID_NUMBER_INVALID',
      ID_NUMBER_MESSAGES.BIRTH_DATE,
    ],
    [
      '17 digits',
      { idNumber: idNumber('19620101', '333').slice(0, 17) },
      'ID_NUMBER_INVALID',
      ID_NUMBER_MESSAGES.FORMAT,
    ],
    ['an invalid phone', { phone: '1381234567' }, 'PHONE_INVALID', MOBILE_MESSAGES.LENGTH],
    ['an over-long name', { name: '龚'.repeat(21) }, 'NAME_INVALID', PERSON_NAME_MESSAGES.TOO_LONG],
    [
      'a script tag in the name',
      { name: '<script>alert(1)</script>' },
      'NAME_INVALID',
      PERSON_NAME_MESSAGES.MARKUP,
    ],
  ])('refuses %s and saves nothing', async (_, change, code, message) => {
    const before = await list(a);
    const input = {
      name: '祁晓晴',
      idNumber: idNumber('19620101', '333'),
      relation: 'SIBLING',
      ...change,
    };
    const body = await gql(app, ADD, { input }, a);
    expect(codeOf(body)).toBe(code);
    expect(body.errors?.[0]?.message).toBe(message);
    expect(body.data).toBeNull();
    expect(await list(a)).toEqual(before);
  });

  it('refuses an unknown relation at the boundary', async () => {
    const body = await gql(app, ADD, { input: { ...CHILD, relation: 'NEIGHBOUR' } }, a);
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
  });

  it('refuses a member added twice, but another citizen may add the same person', async () => {
    const again = await gql(app, ADD, { input: { ...MOTHER, relation: 'OTHER' } }, a);
    expect(codeOf(again)).toBe('FAMILY_MEMBER_EXISTS');
    expect(again.errors?.[0]?.message).toBe('这位家庭成员已经添加过了');
    expect(await add(b, { ...MOTHER, relation: 'GRANDPARENT' })).toMatchObject({
      relation: 'GRANDPARENT',
    });
  });

  it('refuses adding yourself', async () => {
    const submitted = await gql(app, SUBMIT, { input: OWNER }, a);
    expect(submitted.errors).toBeUndefined();
    const body = await gql(app, ADD, { input: { ...OWNER, relation: 'OTHER' } }, a);
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toBe('不能把自己添加为家庭成员');
  });

  it("never shows or removes another citizen's members", async () => {
    const mine = await list(a);
    const theirs = await list(b);
    expect(theirs).toHaveLength(1);
    expect(theirs.map((m) => m.id)).not.toEqual(expect.arrayContaining(mine.map((m) => m.id)));

    const stolen = await gql(app, REMOVE, { id: mine[0]!.id }, b);
    expect(codeOf(stolen)).toBe('NOT_FOUND');
    const missing = await gql(app, REMOVE, { id: '00000000-0000-4000-8000-000000000000' }, b);
    expect(codeOf(missing)).toBe('NOT_FOUND');
    expect(stolen.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(await list(a)).toEqual(mine);

    const removed = await gql<{ removeFamilyMember: boolean }>(app, REMOVE, { id: mine[0]!.id }, a);
    expect(removed.data?.removeFamilyMember).toBe(true);
    expect((await list(a)).map((m) => m.id)).toEqual(mine.slice(1).map((m) => m.id));
    expect(codeOf(await gql(app, REMOVE, { id: mine[0]!.id }, a))).toBe('NOT_FOUND');
    expect(await list(b)).toEqual(theirs);
  });

  it('allows at most 10 members', async () => {
    const token = await wechatToken(app, 'wx-family-many');
    for (let i = 0; i < 10; i += 1) {
      await add(token, {
        name: '祁晓晴',
        idNumber: idNumber('19700101', String(100 + i)),
        relation: 'OTHER',
      });
    }
    const eleventh = await gql(
      app,
      ADD,
      { input: { name: '祁晓晴', idNumber: idNumber('19700101', '200'), relation: 'OTHER' } },
      token,
    );
    expect(codeOf(eleventh)).toBe('FAMILY_MEMBER_LIMIT');
    expect(eleventh.errors?.[0]?.message).toBe('最多可添加10位家庭成员');
    expect(await list(token)).toHaveLength(10);
  });

  it('keeps no name, ID number, phone or address in plain text in any table', async () => {
    // Seed: citizen profiles with confirmed phones and addresses, and family members with phones.
    const people = [
      {
        code: 'wx-raw-1',
        name: '司马懿恒',
        idNumber: idNumber('19850505', '517'),
        phone: '13612349871',
        address: { region: '山东省济南市市中区', detail: '鹊华雅居11号楼3单元402室' },
      },
      {
        code: 'wx-raw-2',
        name: '诸葛瑾瑶',
        idNumber: idNumber('19471111', '628'),
        phone: '15912349872',
        address: { region: '山东省济南市历下区', detail: '泺源东巷27号院5排8号' },
      },
    ];
    const members = [
      {
        name: '端木蕻良',
        idNumber: idNumber('19300203', '739'),
        phone: '18612349873',
        relation: 'GRANDPARENT',
      },
      {
        name: '上官婉清',
        idNumber: idNumber('20100710', '842'),
        phone: '17712349874',
        relation: 'CHILD',
      },
    ];
    for (const [index, person] of people.entries()) {
      const token = await wechatToken(app, person.code);
      expect(
        (await gql(app, SUBMIT, { input: { name: person.name, idNumber: person.idNumber } }, token))
          .errors,
      ).toBeUndefined();
      expect((await gql(app, REQUEST_CODE, { phone: person.phone }, token)).errors).toBeUndefined();
      const verified = await gql(app, VERIFY, { phone: person.phone, code: '246810' }, token);
      expect(verified.errors).toBeUndefined();
      const address = await gql(app, SET_ADDRESS, { input: person.address }, token);
      expect(address.errors).toBeUndefined();
      await add(token, members[index]!);
    }

    const dump = await dumpAllTables(app);
    expect(Object.keys(dump)).toEqual(
      expect.arrayContaining(['citizen_profile', 'family_member', 'app_user', 'citizen_address']),
    );
    expect(dump.citizen_profile).toContain('v1:');
    expect(dump.citizen_address).toContain('v1:');
    const secrets = [
      OWNER.name,
      OWNER.idNumber,
      MOTHER.name,
      MOTHER.idNumber,
      MOTHER.phone,
      CHILD.name,
      CHILD.idNumber,
      ...[...people, ...members].flatMap((p) => [p.name, p.idNumber, p.phone]),
      // Addresses: the detail whole and its distinctive start (a district alone identifies no one).
      ...people.flatMap((p) => [p.address.detail, p.address.detail.slice(0, 4)]),
    ];
    for (const [table, rows] of Object.entries(dump)) {
      for (const secret of secrets) {
        if (rows.includes(secret)) throw new Error(`${table} holds ${secret} in plain text`);
        // Nor the digits of a phone or an ID number without their ends.
        if (/^\d/.test(secret)) expect(rows).not.toContain(secret.slice(1, -1));
      }
    }
  });
});
