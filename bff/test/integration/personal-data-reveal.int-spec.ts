import type { EntityManager } from 'typeorm';
import { PersonalDataSubjectRegistry } from '../../src/personal-data/personal-data-subject.registry';
import { CitizenProfileEntity } from '../../src/profiles/citizen-profile.entity';
import { codeOf, gql, idNumber } from '../support/identity-fixtures';
import { demoSession, STAFF_TEST_ENV, type StaffSession } from '../support/staff-fixtures';
import { createTestDatabase, startTestApp, type TestApp } from '../support/test-app';
import type { TestDatabase } from '../support/test-database';

const REVEAL = `mutation ($s: PersonalDataSubjectInput!, $f: PersonalDataField!, $r: String!) {
  revealPersonalData(subject: $s, field: $f, reason: $r)
}`;
const AUDIT = `query ($f: PiiAccessAuditFilter, $o: Int, $l: Int) {
  piiAccessAudit(filter: $f, offset: $o, limit: $l) {
    total offset limit
    items {
      id staffUserId staffUsername staffDisplayName staffHallCode subjectKind subjectId
      subjectHallCode subjectCitizenUserId maskedSubjectName field maskedValue reason createdAt
    }
  }
}`;

interface AuditItem {
  id: string;
  staffUserId: string;
  staffUsername: string | null;
  staffDisplayName: string | null;
  staffHallCode: string | null;
  subjectKind: string;
  subjectId: string;
  subjectHallCode: string;
  subjectCitizenUserId: string | null;
  maskedSubjectName: string | null;
  field: string;
  maskedValue: string | null;
  reason: string;
  createdAt: string;
}
interface AuditPage {
  piiAccessAudit: { total: number; offset: number; limit: number; items: AuditItem[] };
}

const PERSON = { name: '鲁思远', idNumber: idNumber('19850417', '213'), phone: '13800010001' };
const REASON = '核对预约人身份，办理社保卡补办';

/**
 * The reveal is real end to end: a test kind of record is registered with the app's registry,
 * backed by a real (encrypted) citizen profile row, with the hall a test gives it.
 */
describe('revealing personal data with a reason, and its append-only audit', () => {
  let database: TestDatabase;
  let app: TestApp;
  let citizen: StaffSession;
  let staffX: StaffSession;
  let staffStreet: StaffSession;
  let hallAdminX: StaffSession;
  let systemAdmin: StaffSession;

  const subjectX = () => ({ kind: 'TEST_PROFILE_X', id: citizen.userId });
  const subjectStreet = () => ({ kind: 'TEST_PROFILE_STREET', id: citizen.userId });

  const reveal = (
    who: StaffSession | null,
    subject: { kind: string; id: string },
    field: string,
    reason = REASON,
  ) =>
    gql<{ revealPersonalData: string }>(
      app,
      REVEAL,
      { s: subject, f: field, r: reason },
      who?.accessToken,
    );

  const auditCount = async (): Promise<number> => {
    const [{ n }] = await app.dataSource.query<{ n: number | string }[]>(
      'SELECT COUNT(*) AS n FROM pii_access_audit',
    );
    return Number(n);
  };

  /** A test kind of record: a citizen profile row, in the hall given. */
  const profileKind = (hallCode: string) => async (subjectId: string, manager: EntityManager) => {
    const row = await manager.getRepository(CitizenProfileEntity).findOneBy({ userId: subjectId });
    return row
      ? {
          hallCode,
          citizenUserId: row.userId,
          encrypted: { NAME: row.nameEnc, ID_NUMBER: row.idNumberEnc, PHONE: row.phoneEnc },
        }
      : null;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp({
      database,
      env: { ...STAFF_TEST_ENV, SMS_RATE_LIMIT_PER_PHONE_PER_HOUR: '100' },
    });
    const registry = app.app.get(PersonalDataSubjectRegistry);
    registry.register('TEST_PROFILE_X', profileKind('SZ-HALL'));
    registry.register('TEST_PROFILE_STREET', profileKind('SZ-ST-DGY'));

    citizen = await demoSession(app, 'CITIZEN_A');
    const must = async (query: string, variables: Record<string, unknown>) => {
      const body = await gql(app, query, variables, citizen.accessToken);
      if (body.errors) throw new Error(body.raw);
    };
    await must('mutation ($i: RealNameInput!) { submitRealName(input: $i) { id } }', {
      i: { name: PERSON.name, idNumber: PERSON.idNumber },
    });
    await must('mutation ($p: String!) { requestPhoneCode(phone: $p) }', { p: PERSON.phone });
    await must('mutation ($p: String!, $c: String!) { verifyPhone(phone: $p, code: $c) { id } }', {
      p: PERSON.phone,
      c: '246810',
    });
    staffX = await demoSession(app, 'STAFF_SZ');
    staffStreet = await demoSession(app, 'STAFF_STREET');
    hallAdminX = await demoSession(app, 'HALL_ADMIN_SZ');
    systemAdmin = await demoSession(app, 'SYSTEM_ADMIN');
  });

  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('gives staff of the record’s hall the whole value and writes one audit row', async () => {
    const before = await auditCount();
    const body = await reveal(staffX, subjectX(), 'ID_NUMBER', `  ${REASON}  `);
    expect(body.errors).toBeUndefined();
    expect(body.data!.revealPersonalData).toBe(PERSON.idNumber);
    expect(await auditCount()).toBe(before + 1);
    const [row] = await app.dataSource.query<Record<string, unknown>[]>(
      'SELECT * FROM pii_access_audit WHERE staff_user_id = ? ORDER BY created_at DESC',
      [staffX.userId],
    );
    expect(row).toMatchObject({
      staff_user_id: staffX.userId,
      staff_hall_code: 'SZ-HALL',
      subject_kind: 'TEST_PROFILE_X',
      subject_id: citizen.userId,
      subject_hall_code: 'SZ-HALL',
      subject_citizen_user_id: citizen.userId,
      field: 'ID_NUMBER',
      reason: REASON,
    });
    expect(row!.created_at).toBeTruthy();
    // The row names whose data it was, never the data.
    expect(JSON.stringify(row)).not.toContain(PERSON.idNumber);

    const name = await reveal(staffX, subjectX(), 'NAME');
    expect(name.data!.revealPersonalData).toBe(PERSON.name);
    const phone = await reveal(hallAdminX, subjectX(), 'PHONE');
    expect(phone.data!.revealPersonalData).toBe(PERSON.phone);
  });

  it('refuses a missing, too short or too long reason with a clear message, writing nothing', async () => {
    const before = await auditCount();
    for (const reason of ['', '     ', '核对身份', '查'.repeat(201)]) {
      const body = await reveal(staffX, subjectX(), 'ID_NUMBER', reason);
      expect(codeOf(body)).toBe('REVEAL_REASON_INVALID');
      expect(body.errors![0]!.message).toBe('请填写查看原因，5 至 200 个字');
      expect(body.data?.revealPersonalData).toBeUndefined();
    }
    expect(await auditCount()).toBe(before);
  });

  it('refuses staff of another hall with FORBIDDEN, writing nothing', async () => {
    const before = await auditCount();
    const body = await reveal(staffStreet, subjectX(), 'ID_NUMBER');
    expect(codeOf(body)).toBe('FORBIDDEN');
    expect(body.raw).not.toContain(PERSON.idNumber);
    expect(codeOf(await reveal(staffX, subjectStreet(), 'PHONE'))).toBe('FORBIDDEN');
    expect(await auditCount()).toBe(before);
    // …while the street centre's own staff may, for a record of their centre.
    const own = await reveal(staffStreet, subjectStreet(), 'PHONE');
    expect(own.data!.revealPersonalData).toBe(PERSON.phone);
    expect(await auditCount()).toBe(before + 1);
  });

  it('refuses citizens and anonymous callers before anything is read', async () => {
    const before = await auditCount();
    expect(codeOf(await reveal(citizen, subjectX(), 'ID_NUMBER'))).toBe('FORBIDDEN');
    expect(codeOf(await reveal(null, subjectX(), 'ID_NUMBER'))).toBe('UNAUTHENTICATED');
    expect(await auditCount()).toBe(before);
  });

  it('answers NOT_FOUND for an unknown kind, record or value, writing nothing', async () => {
    const before = await auditCount();
    expect(codeOf(await reveal(staffX, { kind: 'NO_SUCH_KIND', id: citizen.userId }, 'NAME'))).toBe(
      'NOT_FOUND',
    );
    expect(
      codeOf(await reveal(staffX, { kind: 'TEST_PROFILE_X', id: staffX.userId }, 'NAME')),
    ).toBe('NOT_FOUND');
    const address = await reveal(staffX, subjectX(), 'ADDRESS');
    expect(codeOf(address)).toBe('NOT_FOUND');
    expect(address.errors![0]!.message).toBe('该记录没有登记这项信息');
    expect(codeOf(await reveal(staffX, { kind: 'bad kind', id: 'x' }, 'NAME'))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await auditCount()).toBe(before);
  });

  it('lets a system admin reveal in any hall, audited without a hall of their own', async () => {
    const body = await reveal(systemAdmin, subjectStreet(), 'NAME');
    expect(body.data!.revealPersonalData).toBe(PERSON.name);
    const [row] = await app.dataSource.query<Record<string, unknown>[]>(
      'SELECT staff_hall_code, subject_hall_code FROM pii_access_audit WHERE staff_user_id = ?',
      [systemAdmin.userId],
    );
    expect(row).toEqual({ staff_hall_code: null, subject_hall_code: 'SZ-ST-DGY' });
  });

  it("shows hall admins their hall's reveals, newest first, with the subject masked", async () => {
    const body = await gql<AuditPage>(app, AUDIT, {}, hallAdminX.accessToken);
    expect(body.errors).toBeUndefined();
    const page = body.data!.piiAccessAudit;
    expect(page.items.length).toBeGreaterThanOrEqual(3);
    expect(page.total).toBe(page.items.length);
    expect(new Set(page.items.map((item) => item.subjectHallCode))).toEqual(new Set(['SZ-HALL']));
    const times = page.items.map((item) => Date.parse(item.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const idReveal = page.items.find((item) => item.field === 'ID_NUMBER')!;
    expect(idReveal).toMatchObject({
      staffUserId: staffX.userId,
      staffUsername: 'demo-staff-sz',
      staffDisplayName: '演示窗口人员（区中心）',
      staffHallCode: 'SZ-HALL',
      subjectKind: 'TEST_PROFILE_X',
      subjectCitizenUserId: citizen.userId,
      maskedSubjectName: '鲁**',
      maskedValue: `370***********${PERSON.idNumber.slice(-4)}`,
      reason: REASON,
    });
    expect(page.items.find((item) => item.field === 'PHONE')!.maskedValue).toBe('138****0001');
    for (const secret of Object.values(PERSON)) expect(body.raw).not.toContain(secret);
  });

  it("refuses a hall admin another hall's audit, and staff any audit", async () => {
    const other = await gql(app, AUDIT, { f: { hallCode: 'SZ-ST-DGY' } }, hallAdminX.accessToken);
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(codeOf(await gql(app, AUDIT, {}, staffX.accessToken))).toBe('FORBIDDEN');
    expect(codeOf(await gql(app, AUDIT, {}, citizen.accessToken))).toBe('FORBIDDEN');
    expect(codeOf(await gql(app, AUDIT, {}))).toBe('UNAUTHENTICATED');
  });

  it('lets a system admin read every hall, filtered by hall, staff member and time, paged', async () => {
    const all = await gql<AuditPage>(app, AUDIT, {}, systemAdmin.accessToken);
    const halls = new Set(all.data!.piiAccessAudit.items.map((item) => item.subjectHallCode));
    expect(halls).toEqual(new Set(['SZ-HALL', 'SZ-ST-DGY']));
    const total = all.data!.piiAccessAudit.total;

    const street = await gql<AuditPage>(
      app,
      AUDIT,
      { f: { hallCode: 'SZ-ST-DGY' } },
      systemAdmin.accessToken,
    );
    expect(street.data!.piiAccessAudit.items.map((item) => item.subjectHallCode)).toEqual([
      'SZ-ST-DGY',
      'SZ-ST-DGY',
    ]);

    const byStaff = await gql<AuditPage>(
      app,
      AUDIT,
      { f: { staffUserId: staffX.userId } },
      systemAdmin.accessToken,
    );
    expect(
      byStaff.data!.piiAccessAudit.items.every((item) => item.staffUserId === staffX.userId),
    ).toBe(true);
    expect(byStaff.data!.piiAccessAudit.total).toBe(2);

    const future = new Date(Date.now() + 3_600_000).toISOString();
    const none = await gql<AuditPage>(app, AUDIT, { f: { from: future } }, systemAdmin.accessToken);
    expect(none.data!.piiAccessAudit).toMatchObject({ total: 0, items: [] });
    const before = await gql<AuditPage>(app, AUDIT, { f: { to: future } }, systemAdmin.accessToken);
    expect(before.data!.piiAccessAudit.total).toBe(total);

    const second = await gql<AuditPage>(app, AUDIT, { o: 1, l: 2 }, systemAdmin.accessToken);
    expect(second.data!.piiAccessAudit.items.map((item) => item.id)).toEqual(
      all.data!.piiAccessAudit.items.slice(1, 3).map((item) => item.id),
    );
    const tooMany = await gql(app, AUDIT, { l: 101 }, systemAdmin.accessToken);
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0]!.message).toBe('每页最多显示 100 条');
  });

  it('is append-only in the database itself: a raw UPDATE or DELETE fails', async () => {
    const before = await auditCount();
    const [row] = await app.dataSource.query<{ id: string; reason: string }[]>(
      'SELECT id, reason FROM pii_access_audit',
    );
    await expect(
      app.dataSource.query("UPDATE pii_access_audit SET reason = 'nothing to see' WHERE id = ?", [
        row!.id,
      ]),
    ).rejects.toThrow(/pii_access_audit is append-only: UPDATE is not allowed/);
    await expect(
      app.dataSource.query('DELETE FROM pii_access_audit WHERE id = ?', [row!.id]),
    ).rejects.toThrow(/pii_access_audit is append-only: DELETE is not allowed/);
    await expect(app.dataSource.query('DELETE FROM pii_access_audit')).rejects.toThrow(
      /append-only/,
    );
    expect(await auditCount()).toBe(before);
    const [again] = await app.dataSource.query<{ reason: string }[]>(
      'SELECT reason FROM pii_access_audit WHERE id = ?',
      [row!.id],
    );
    expect(again!.reason).toBe(row!.reason);
  });

  it('limits the reveals of one staff member per hour, writing nothing for a refused one', async () => {
    const limited = await startTestApp({
      database,
      env: { ...STAFF_TEST_ENV, PII_REVEAL_LIMIT_PER_HOUR: '2' },
    });
    try {
      limited.app
        .get(PersonalDataSubjectRegistry)
        .register('TEST_PROFILE_X', profileKind('SZ-HALL'));
      const session = await demoSession(limited, 'STAFF_SZ');
      const call = () =>
        gql<{ revealPersonalData: string }>(
          limited,
          REVEAL,
          { s: subjectX(), f: 'NAME', r: REASON },
          session.accessToken,
        );
      expect((await call()).data?.revealPersonalData).toBe(PERSON.name);
      expect((await call()).data?.revealPersonalData).toBe(PERSON.name);
      const before = await auditCount();
      const third = await call();
      expect(codeOf(third)).toBe('RATE_LIMITED');
      expect(third.errors![0]!.message).toBe('查看完整信息过于频繁，请稍后再试');
      expect(await auditCount()).toBe(before);
    } finally {
      await limited.stop();
    }
  });

  it('refuses registering a kind twice or a malformed kind', () => {
    const registry = app.app.get(PersonalDataSubjectRegistry);
    expect(() => registry.register('TEST_PROFILE_X', () => Promise.resolve(null))).toThrow(
      /already registered/,
    );
    expect(() => registry.register('lower-case', () => Promise.resolve(null))).toThrow(
      /must match/,
    );
  });
});
