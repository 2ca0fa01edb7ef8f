import { ADDRESS_MESSAGES } from '@shizhong/domain';
import { loadConfig } from '../../src/config/app-config';
import { openDatabase } from '../../src/database/data-source';
import { AppError } from '../../src/common/errors/app.error';
import { PiiCipher } from '../../src/common/pii/pii-cipher';
import { toActedBy } from '../../src/family/acted-by.mapper';
import { ActingForService, type ActingSubject } from '../../src/family/acting-for.service';
import {
  RELAXED_LOGIN_LIMITS,
  codeOf,
  demoToken,
  dumpAllTables,
  gql,
  idNumber,
  wechatToken,
} from '../support/identity-fixtures';
import { createTestDatabase, startTestApp, type TestApp } from '../support/test-app';
import type { TestDatabase } from '../support/test-database';

const MEMBER = 'id maskedName relation linkStatus canActFor';
const LIST = `query { familyMembers { ${MEMBER} } }`;
const ADD = `mutation Add($input: FamilyMemberInput!) { addFamilyMember(input: $input) { ${MEMBER} } }`;
const REMOVE = 'mutation Remove($id: ID!) { removeFamilyMember(id: $id) }';
const LINK = 'id ownerMaskedName relation status createdAt respondedAt revokedAt';
const LINKS_TO_ME = `query { familyLinksToMe { ${LINK} } }`;
const RESPOND = `mutation Respond($id: ID!, $accept: Boolean!) { respondToFamilyLink(id: $id, accept: $accept) { ${LINK} } }`;
const REVOKE = `mutation Revoke($id: ID!) { revokeFamilyLink(id: $id) { ${LINK} } }`;
const SUBMIT = 'mutation Submit($input: RealNameInput!) { submitRealName(input: $input) { id } }';
const ME = 'query { me { id address { region masked } } }';
const SET_ADDRESS =
  'mutation Set($input: PostalAddressInput!) { setAddress(input: $input) { id address { region masked } } }';
const CLEAR_ADDRESS = 'mutation { clearAddress { id address { region masked } } }';

interface Member {
  id: string;
  maskedName: string;
  relation: string;
  linkStatus: string;
  canActFor: boolean;
}
interface Link {
  id: string;
  ownerMaskedName: string | null;
  relation: string;
  status: string;
  createdAt: string;
  respondedAt: string | null;
  revokedAt: string | null;
}
interface Address {
  region: string;
  masked: string;
}

const PEOPLE = {
  a: { name: '王建华', idNumber: idNumber('19800214', '131') },
  b: { name: '张秀英', idNumber: idNumber('19520903', '242') },
  c: { name: '李明远', idNumber: idNumber('19910520', '353') },
  d: { name: '赵桂兰', idNumber: idNumber('19450117', '464') },
  e: { name: '孙立新', idNumber: idNumber('19770606', '575') },
  eCorrected: { name: '孙立新', idNumber: idNumber('19770606', '597') },
};
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('family links: consent of members with accounts, acting for someone, addresses', () => {
  let database: TestDatabase;
  let app: TestApp;
  let acting: ActingForService;
  let cipher: PiiCipher;
  const token: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };
  const userId: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };
  /** A's member rows, by who they are. */
  const memberOf: Partial<Record<'b' | 'c' | 'd' | 'e', string>> = {};

  async function ok<T>(query: string, variables: Record<string, unknown>, as: string): Promise<T> {
    const body = await gql<T>(app, query, variables, as);
    if (body.errors) throw new Error(body.raw);
    return body.data!;
  }
  const members = async (as: string) =>
    (await ok<{ familyMembers: Member[] }>(LIST, {}, as)).familyMembers;
  const linksToMe = async (as: string) =>
    (await ok<{ familyLinksToMe: Link[] }>(LINKS_TO_ME, {}, as)).familyLinksToMe;
  const memberStatus = async (as: string, id: string) =>
    (await members(as)).find((member) => member.id === id);
  async function add(as: string, person: { name: string; idNumber: string }, relation: string) {
    return (await ok<{ addFamilyMember: Member }>(ADD, { input: { ...person, relation } }, as))
      .addFamilyMember;
  }
  async function realName(as: string, person: { name: string; idNumber: string }) {
    await ok(SUBMIT, { input: person }, as);
  }
  async function meId(as: string): Promise<string> {
    return (await ok<{ me: { id: string } }>(ME, {}, as)).me.id;
  }
  /** The code an ActingForService call is refused with. */
  async function refusal(call: Promise<ActingSubject>): Promise<string> {
    try {
      await call;
    } catch (error) {
      if (error instanceof AppError) return error.code;
      throw error;
    }
    throw new Error('not refused');
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp({ database, env: RELAXED_LOGIN_LIMITS });
    acting = app.app.get(ActingForService);
    cipher = app.app.get(PiiCipher);
    token.a = await demoToken(app, 'CITIZEN_A');
    token.b = await demoToken(app, 'CITIZEN_B');
    token.c = await wechatToken(app, 'wx-links-c');
    for (const who of ['a', 'b', 'c'] as const) userId[who] = await meId(token[who]);
    await realName(token.a, PEOPLE.a);
    await realName(token.b, PEOPLE.b);
    await realName(token.c, PEOPLE.c);
  });

  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('refuses anonymous callers', async () => {
    expect(codeOf(await gql(app, LINKS_TO_ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(app, RESPOND, { id: UNKNOWN_ID, accept: true }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await gql(app, REVOKE, { id: UNKNOWN_ID }))).toBe('UNAUTHENTICATED');
    expect(
      codeOf(
        await gql(app, SET_ADDRESS, { input: { region: '山东省济南市市中区', detail: '1号' } }),
      ),
    ).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(app, CLEAR_ADDRESS))).toBe('UNAUTHENTICATED');
  });

  it('A adds B, who has a real-name profile: pending, and A cannot act for B yet', async () => {
    const member = await add(token.a, PEOPLE.b, 'PARENT');
    memberOf.b = member.id;
    expect(member).toMatchObject({ maskedName: '张**', linkStatus: 'PENDING', canActFor: false });
    expect(await refusal(acting.resolve(userId.a, member.id))).toBe('FAMILY_LINK_NOT_CONFIRMED');
  });

  it("B sees the request with A's masked name and the relation A stated", async () => {
    const links = await linksToMe(token.b);
    expect(links).toEqual([
      {
        id: memberOf.b,
        ownerMaskedName: '王**',
        relation: 'PARENT',
        status: 'PENDING',
        createdAt: expect.any(String) as string,
        respondedAt: null,
        revokedAt: null,
      },
    ]);
    expect(Date.now() - Date.parse(links[0]!.createdAt)).toBeLessThan(60_000);
    // Nothing of B's own data, nor A's whole name, in the response.
    const raw = (await gql(app, LINKS_TO_ME, {}, token.b)).raw;
    for (const secret of [PEOPLE.a.name, PEOPLE.b.name, PEOPLE.b.idNumber, PEOPLE.a.idNumber]) {
      expect(raw).not.toContain(secret);
    }
    // A has no links to them.
    expect(await linksToMe(token.a)).toEqual([]);
  });

  it("C can neither see nor answer nor revoke A's link to B: NOT_FOUND, as for no link at all", async () => {
    expect(await linksToMe(token.c)).toEqual([]);
    const missing = await gql(app, RESPOND, { id: UNKNOWN_ID, accept: true }, token.c);
    expect(codeOf(missing)).toBe('NOT_FOUND');
    for (const accept of [true, false]) {
      const body = await gql(app, RESPOND, { id: memberOf.b, accept }, token.c);
      expect(codeOf(body)).toBe('NOT_FOUND');
      expect(body.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    }
    expect(codeOf(await gql(app, REVOKE, { id: memberOf.b }, token.c))).toBe('NOT_FOUND');
    // Nor can the owner answer for the member.
    expect(codeOf(await gql(app, RESPOND, { id: memberOf.b, accept: true }, token.a))).toBe(
      'NOT_FOUND',
    );
    expect((await memberStatus(token.a, memberOf.b!))?.linkStatus).toBe('PENDING');
  });

  it('B confirms: A sees 已确认 and can act for B; a second answer is refused', async () => {
    const confirmed = await ok<{ respondToFamilyLink: Link }>(
      RESPOND,
      { id: memberOf.b, accept: true },
      token.b,
    );
    expect(confirmed.respondToFamilyLink).toMatchObject({
      status: 'CONFIRMED',
      respondedAt: expect.any(String) as string,
    });
    expect(await memberStatus(token.a, memberOf.b!)).toMatchObject({
      linkStatus: 'CONFIRMED',
      canActFor: true,
    });

    const subject = await acting.resolve(userId.a, memberOf.b!);
    expect(subject).toMatchObject({
      actorUserId: userId.a,
      familyMemberId: memberOf.b,
      subjectUserId: userId.b,
      relation: 'PARENT',
      forSelf: false,
      subjectPhoneEnc: null,
    });
    expect(cipher.decrypt(subject.subjectNameEnc)).toBe(PEOPLE.b.name);
    expect(cipher.decrypt(subject.subjectIdNumberEnc)).toBe(PEOPLE.b.idNumber);
    expect(cipher.decrypt(subject.actorNameEnc)).toBe(PEOPLE.a.name);
    expect(subject.subjectIdNumberHash).toBe(cipher.blindIndex('idNumber', PEOPLE.b.idNumber));

    for (const accept of [true, false]) {
      const again = await gql(app, RESPOND, { id: memberOf.b, accept }, token.b);
      expect(codeOf(again)).toBe('FAMILY_LINK_NOT_PENDING');
      expect(again.errors?.[0]?.message).toBe('这条家人请求已经处理过了');
    }
  });

  it('a record A made for B is visible to A and to B, not to C; ActedBy says who acted for whom', async () => {
    const subject = await acting.resolve(userId.a, memberOf.b!);
    const record = {
      actorUserId: subject.actorUserId,
      subjectIdNumberHash: subject.subjectIdNumberHash,
    };
    expect(await acting.visibleToCaller(userId.a, record)).toBe(true);
    expect(await acting.visibleToCaller(userId.b, record)).toBe(true);
    expect(await acting.visibleToCaller(userId.c, record)).toBe(false);
    const noProfile = await meId(await wechatToken(app, 'wx-links-no-profile'));
    expect(await acting.visibleToCaller(noProfile, record)).toBe(false);

    expect(toActedBy(subject, cipher)).toEqual({
      actorMaskedName: '王**',
      subjectMaskedName: '张**',
      relation: 'PARENT',
      forSelf: false,
      summary: '王** 代 张** 办理',
    });

    const self = await acting.resolve(userId.a, null);
    expect(self).toMatchObject({
      actorUserId: userId.a,
      familyMemberId: null,
      subjectUserId: userId.a,
      relation: null,
      forSelf: true,
      subjectIdNumberHash: cipher.blindIndex('idNumber', PEOPLE.a.idNumber),
    });
    expect(toActedBy(self, cipher)).toEqual({
      actorMaskedName: '王**',
      subjectMaskedName: '王**',
      relation: null,
      forSelf: true,
      summary: '王** 本人办理',
    });
    // A's own record: B does not see it.
    const own = { actorUserId: userId.a, subjectIdNumberHash: self.subjectIdNumberHash };
    expect(await acting.visibleToCaller(userId.b, own)).toBe(false);
  });

  it('refuses to act without real-name, or for a member that is not the caller’s', async () => {
    const fresh = await meId(await wechatToken(app, 'wx-links-fresh'));
    expect(await refusal(acting.resolve(fresh, null))).toBe('REAL_NAME_REQUIRED');
    expect(await refusal(acting.resolve(fresh, memberOf.b!))).toBe('REAL_NAME_REQUIRED');
    expect(await refusal(acting.resolve(userId.c, memberOf.b!))).toBe('FAMILY_MEMBER_NOT_FOUND');
    expect(await refusal(acting.resolve(userId.a, UNKNOWN_ID))).toBe('FAMILY_MEMBER_NOT_FOUND');
  });

  it('B revokes: A sees 对方已撤销 and can no longer act; A may still remove B', async () => {
    const revoked = await ok<{ revokeFamilyLink: Link }>(REVOKE, { id: memberOf.b }, token.b);
    expect(revoked.revokeFamilyLink).toMatchObject({
      status: 'REVOKED',
      revokedAt: expect.any(String) as string,
    });
    expect(await memberStatus(token.a, memberOf.b!)).toMatchObject({
      linkStatus: 'REVOKED',
      canActFor: false,
    });
    const refused = await refusal(acting.resolve(userId.a, memberOf.b!));
    expect(refused).toBe('FAMILY_LINK_REVOKED');

    const again = await gql(app, REVOKE, { id: memberOf.b }, token.b);
    expect(codeOf(again)).toBe('FAMILY_LINK_NOT_ACTIVE');
    expect(codeOf(await gql(app, RESPOND, { id: memberOf.b, accept: true }, token.b))).toBe(
      'FAMILY_LINK_NOT_PENDING',
    );

    expect(
      (await ok<{ removeFamilyMember: boolean }>(REMOVE, { id: memberOf.b }, token.a))
        .removeFamilyMember,
    ).toBe(true);
    expect(await linksToMe(token.b)).toEqual([]);
    expect(codeOf(await gql(app, REVOKE, { id: memberOf.b }, token.b))).toBe('NOT_FOUND');
    // Added again: B is asked again.
    memberOf.b = (await add(token.a, PEOPLE.b, 'PARENT')).id;
    expect((await linksToMe(token.b)).map((link) => link.status)).toEqual(['PENDING']);
  });

  it('C declines: A sees 对方已拒绝 and cannot act; a declined link cannot be revoked', async () => {
    memberOf.c = (await add(token.a, PEOPLE.c, 'SIBLING')).id;
    const pending = await gql(app, REVOKE, { id: memberOf.c }, token.c);
    expect(codeOf(pending)).toBe('FAMILY_LINK_NOT_ACTIVE');
    const declined = await ok<{ respondToFamilyLink: Link }>(
      RESPOND,
      { id: memberOf.c, accept: false },
      token.c,
    );
    expect(declined.respondToFamilyLink.status).toBe('DECLINED');
    expect((await memberStatus(token.a, memberOf.c))?.linkStatus).toBe('DECLINED');
    expect(await refusal(acting.resolve(userId.a, memberOf.c))).toBe('FAMILY_LINK_DECLINED');
    expect(codeOf(await gql(app, REVOKE, { id: memberOf.c }, token.c))).toBe(
      'FAMILY_LINK_NOT_ACTIVE',
    );
  });

  it('answers two taps at once exactly once', async () => {
    const [first, second] = await Promise.all([
      gql(app, RESPOND, { id: memberOf.b, accept: true }, token.b),
      gql(app, RESPOND, { id: memberOf.b, accept: false }, token.b),
    ]);
    const codes = [codeOf(first), codeOf(second)];
    expect(codes.filter((code) => code === undefined)).toHaveLength(1);
    expect(codes.filter((code) => code === 'FAMILY_LINK_NOT_PENDING')).toHaveLength(1);
    const winner = (first.errors ? second : first) as { data?: { respondToFamilyLink: Link } };
    expect((await memberStatus(token.a, memberOf.b!))?.linkStatus).toBe(
      winner.data?.respondToFamilyLink.status,
    );
  });

  it('a member without an account is active at once; registering later, they see it and may revoke it', async () => {
    const member = await add(token.a, PEOPLE.d, 'GRANDPARENT');
    memberOf.d = member.id;
    expect(member).toMatchObject({ linkStatus: 'NO_ACCOUNT', canActFor: true });
    const subject = await acting.resolve(userId.a, member.id);
    expect(subject).toMatchObject({ subjectUserId: null, relation: 'GRANDPARENT' });
    expect(toActedBy(subject, cipher).summary).toBe('王** 代 赵** 办理');

    const d = await wechatToken(app, 'wx-links-d');
    expect(await linksToMe(d)).toEqual([]);
    await realName(d, PEOPLE.d);
    const links = await linksToMe(d);
    expect(links).toEqual([
      expect.objectContaining({
        id: member.id,
        ownerMaskedName: '王**',
        relation: 'GRANDPARENT',
        status: 'NO_ACCOUNT',
      }),
    ]);
    // Already active: nothing to confirm.
    expect(codeOf(await gql(app, RESPOND, { id: member.id, accept: true }, d))).toBe(
      'FAMILY_LINK_NOT_PENDING',
    );
    expect((await acting.resolve(userId.a, member.id)).subjectUserId).toBe(await meId(d));
    // A record A made for D before D registered is D's to see now.
    expect(
      await acting.visibleToCaller(await meId(d), {
        actorUserId: userId.a,
        subjectIdNumberHash: subject.subjectIdNumberHash,
      }),
    ).toBe(true);

    const revoked = await ok<{ revokeFamilyLink: Link }>(REVOKE, { id: member.id }, d);
    expect(revoked.revokeFamilyLink.status).toBe('REVOKED');
    expect(await memberStatus(token.a, member.id)).toMatchObject({
      linkStatus: 'REVOKED',
      canActFor: false,
    });
    expect(await refusal(acting.resolve(userId.a, member.id))).toBe('FAMILY_LINK_REVOKED');
  });

  it('a citizen who corrects their ID number leaves the links of the old one behind', async () => {
    const e = await wechatToken(app, 'wx-links-e');
    await realName(e, PEOPLE.e);
    memberOf.e = (await add(token.a, PEOPLE.e, 'OTHER')).id;
    expect((await memberStatus(token.a, memberOf.e))?.linkStatus).toBe('PENDING');
    expect(await linksToMe(e)).toHaveLength(1);

    await realName(e, PEOPLE.eCorrected);
    expect(await linksToMe(e)).toEqual([]);
    // Nobody holds that ID number now: the request needs no answer any more.
    expect((await memberStatus(token.a, memberOf.e))?.linkStatus).toBe('NO_ACCOUNT');
    expect((await acting.resolve(userId.a, memberOf.e)).subjectUserId).toBeNull();
  });

  it('bounds how many members one account may add a day (a status tells who has an account)', async () => {
    const prober = await wechatToken(app, 'wx-links-prober');
    const limit = app.config.FAMILY_ADD_RATE_LIMIT_PER_DAY;
    for (let i = 0; i < limit; i += 1) {
      const member = await add(
        prober,
        { name: '钱多多', idNumber: idNumber('19700101', String(100 + i)) },
        'OTHER',
      );
      await ok(REMOVE, { id: member.id }, prober);
    }
    // A typing mistake is refused before it counts.
    const typo = await gql(
      app,
      ADD,
      { input: { name: '钱多多', idNumber: '12345', relation: 'OTHER' } },
      prober,
    );
    expect(codeOf(typo)).toBe('ID_NUMBER_INVALID');
    const refused = await gql(
      app,
      ADD,
      { input: { name: '钱多多', idNumber: idNumber('19700101', '999'), relation: 'OTHER' } },
      prober,
    );
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.message).toBe(
      `今天添加家人的次数已达上限（${limit}次），请明天再试`,
    );
    expect(await members(prober)).toEqual([]);
    // Another account is not affected.
    expect(
      codeOf(await gql(app, ADD, { input: { ...PEOPLE.d, relation: 'OTHER' } }, token.c)),
    ).toBeUndefined();
  });

  describe('postal address (政务专递)', () => {
    const HOME = { region: '山东省济南市市中区', detail: '杏林雅苑7号楼东单元302室' };
    const address = async (as: string) =>
      (await ok<{ me: { address: Address | null } }>(ME, {}, as)).me.address;

    it('needs real-name first', async () => {
      const fresh = await wechatToken(app, 'wx-address-fresh');
      const body = await gql(app, SET_ADDRESS, { input: HOME }, fresh);
      expect(codeOf(body)).toBe('REAL_NAME_REQUIRED');
      expect(await address(fresh)).toBeNull();
    });

    it('is stored and shown only masked, changed, and cleared', async () => {
      expect(await address(token.a)).toBeNull();
      const set = await gql<{ setAddress: { address: Address } }>(
        app,
        SET_ADDRESS,
        { input: { region: ' 山东省 济南市 市中区', detail: `  ${HOME.detail} ` } },
        token.a,
      );
      expect(set.errors).toBeUndefined();
      expect(set.data?.setAddress.address).toEqual({
        region: '山东省济南市市中区',
        masked: '山东省济南市市中区杏林雅苑****',
      });
      expect(set.raw).not.toContain('7号楼');
      const read = await gql(app, ME, {}, token.a);
      expect(read.raw).toContain('杏林雅苑****');
      expect(read.raw).not.toContain(HOME.detail);
      // Nobody else sees it.
      expect(await address(token.b)).toBeNull();

      await ok(SET_ADDRESS, { input: { region: '北京市朝阳区', detail: '七里庄' } }, token.a);
      expect(await address(token.a)).toEqual({
        region: '北京市朝阳区',
        masked: '北京市朝阳区七****',
      });

      const cleared = await ok<{ clearAddress: { address: Address | null } }>(
        CLEAR_ADDRESS,
        {},
        token.a,
      );
      expect(cleared.clearAddress.address).toBeNull();
      expect(await address(token.a)).toBeNull();
      // Clearing nothing is fine.
      expect((await gql(app, CLEAR_ADDRESS, {}, token.a)).errors).toBeUndefined();
    });

    it.each([
      ['a region without a province', { region: '市中区' }, 'region', 'REGION_INVALID'],
      ['an empty region', { region: ' ' }, 'region', 'REGION_EMPTY'],
      ['an empty detail', { detail: '  ' }, 'detail', 'DETAIL_EMPTY'],
      ['a one-character detail', { detail: '号' }, 'detail', 'DETAIL_TOO_SHORT'],
      ['101 characters', { detail: '路'.repeat(101) }, 'detail', 'DETAIL_TOO_LONG'],
      ['a script tag', { detail: '<script>alert(1)</script>' }, 'detail', 'MARKUP'],
      ['a control character', { detail: '杏林雅苑\u0007号' }, 'detail', 'CONTROL_CHARACTERS'],
      ['a bidi override', { region: '山东省济南市\u202E市中区' }, 'region', 'CONTROL_CHARACTERS'],
    ] as const)(
      'refuses %s with its message and keeps the old address',
      async (_, change, field, reason) => {
        await ok(SET_ADDRESS, { input: HOME }, token.b);
        const before = await address(token.b);
        const body = await gql(app, SET_ADDRESS, { input: { ...HOME, ...change } }, token.b);
        expect(codeOf(body)).toBe('ADDRESS_INVALID');
        expect(body.errors?.[0]?.message).toBe(ADDRESS_MESSAGES[reason]);
        expect(body.errors?.[0]?.extensions).toMatchObject({ field, reason });
        expect(body.data).toBeNull();
        expect(await address(token.b)).toEqual(before);
      },
    );

    it('refuses an oversized input at the boundary', async () => {
      const body = await gql(
        app,
        SET_ADDRESS,
        { input: { ...HOME, detail: '路'.repeat(500) } },
        token.b,
      );
      expect(codeOf(body)).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toBe('详细地址不能超过100个字');
    });

    it('keeps no address in plain text in any table', async () => {
      await ok(SET_ADDRESS, { input: HOME }, token.c);
      const dump = await dumpAllTables(app);
      expect(dump.citizen_address).toContain('v1:');
      for (const [table, rows] of Object.entries(dump)) {
        for (const secret of [HOME.detail, '杏林雅苑', '7号楼东单元', PEOPLE.c.idNumber]) {
          if (rows.includes(secret)) throw new Error(`${table} holds ${secret} in plain text`);
        }
      }
    });
  });
});

describe('the family-links migration', () => {
  const MIGRATION = 'FamilyLinksAndAddresses1763900600000';

  it('asks registered citizens who were added before it (PENDING), not the others', async () => {
    const database = await createTestDatabase();
    try {
      const config = loadConfig({ NODE_ENV: 'test', ...database.env });
      const cipher = new PiiCipher(config);
      const before = await openDatabase(config);
      const executed = async () =>
        (await before.query<{ name: string }[]>('SELECT name FROM migrations')).map((m) => m.name);
      while ((await executed()).includes(MIGRATION)) {
        await before.undoLastMigration({ transaction: 'each' });
      }
      const at = '2026-01-05 09:00:00';
      const registered = idNumber('19600101', '011');
      const unregistered = idNumber('19600101', '022');
      for (const id of ['owner', 'member']) {
        await before.query(
          'INSERT INTO app_user (id, openid, role, care_mode, created_at, last_login_at) VALUES (?, ?, ?, ?, ?, ?)',
          [id, `openid-${id}`, 'CITIZEN', 0, at, at],
        );
      }
      await before.query(
        'INSERT INTO citizen_profile (user_id, name_enc, id_number_enc, id_number_hash, birth_date, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
        [
          'member',
          cipher.encrypt('张秀英'),
          cipher.encrypt(registered),
          cipher.blindIndex('idNumber', registered),
          '1960-01-01',
          at,
        ],
      );
      for (const [id, number] of [
        ['row-registered', registered],
        ['row-unregistered', unregistered],
      ] as const) {
        await before.query(
          'INSERT INTO family_member (id, owner_user_id, name_enc, id_number_enc, id_number_hash, relation, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          [
            id,
            'owner',
            cipher.encrypt('张秀英'),
            cipher.encrypt(number),
            cipher.blindIndex('idNumber', number),
            'PARENT',
            at,
          ],
        );
      }
      await before.destroy();

      const after = await openDatabase(config);
      const rows = await after.query<{ id: string; link_status: string; linked_user_id: string }[]>(
        'SELECT id, link_status, linked_user_id FROM family_member ORDER BY id',
      );
      expect(rows).toEqual([
        { id: 'row-registered', link_status: 'PENDING', linked_user_id: 'member' },
        { id: 'row-unregistered', link_status: 'NO_ACCOUNT', linked_user_id: null },
      ]);
      await after.destroy();
    } finally {
      await database.drop();
    }
  });
});
