import { StaffAccountEntity } from '../../src/staff/staff-account.entity';
import { codeOf, gql } from '../support/identity-fixtures';
import {
  CREATE_STAFF,
  createStaff,
  demoSession,
  STAFF_TEST_ENV,
  staffLogin,
  type StaffSession,
} from '../support/staff-fixtures';
import { createTestDatabase, startTestApp, type TestApp } from '../support/test-app';
import type { TestDatabase } from '../support/test-database';

const ME = `{ me { id role staff {
  username displayName role hall { code name } zones { code name } windows { code number label }
} } }`;
const STAFF_ACCOUNTS = `query ($h: String) { staffAccounts(hallCode: $h) {
  id username role hall { code } zones { code } windows { code } disabled locked failedAttempts
} }`;
const UPDATE_ASSIGNMENT = `mutation ($id: ID!, $z: [String!]!, $w: [String!]!) {
  updateStaffAssignment(id: $id, zoneCodes: $z, windowCodes: $w) { id zones { code } windows { code number } }
}`;
const UNLOCK = 'mutation ($id: ID!) { unlockStaffAccount(id: $id) { id locked failedAttempts } }';
const DISABLE = 'mutation ($id: ID!) { disableStaffAccount(id: $id) { id disabled } }';
const CHANGE_PASSWORD = `mutation ($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }`;

interface MeData {
  me: {
    id: string;
    role: string;
    staff: {
      username: string;
      displayName: string;
      role: string;
      hall: { code: string; name: string } | null;
      zones: { code: string; name: string }[];
      windows: { code: string; number: number; label: string }[];
    } | null;
  } | null;
}

interface AccountRow {
  id: string;
  username: string;
  role: string;
  hall: { code: string } | null;
  zones: { code: string }[];
  windows: { code: string }[];
  disabled: boolean;
  locked: boolean;
  failedAttempts: number;
}

async function countRows(app: TestApp, table: string): Promise<number> {
  const [{ n }] = await app.dataSource.query<{ n: number | string }[]>(
    `SELECT COUNT(*) AS n FROM ${table}`,
  );
  return Number(n);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

describe('staff accounts: login, lockout, hall on the caller, administration', () => {
  let database: TestDatabase;
  let app: TestApp;
  let admin: StaffSession;
  let hallAdmin: StaffSession;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp({ database, env: STAFF_TEST_ENV });
    admin = await demoSession(app, 'SYSTEM_ADMIN');
    hallAdmin = await demoSession(app, 'HALL_ADMIN_SZ');
  });

  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  describe('demo staff and me.staff', () => {
    it('gives the demo staff of SZ-HALL their hall, zone and windows on me', async () => {
      const staff = await demoSession(app, 'STAFF_SZ');
      const body = await gql<MeData>(app, ME, {}, staff.accessToken);
      expect(body.errors).toBeUndefined();
      expect(body.data!.me).toMatchObject({
        role: 'STAFF',
        staff: {
          username: 'demo-staff-sz',
          role: 'STAFF',
          hall: { code: 'SZ-HALL', name: '济南市市中区政务服务中心' },
          zones: [{ code: 'SZ-A-ZH' }],
          windows: [
            { code: 'SZ-HALL-W001', number: 1, label: '1号窗口' },
            { code: 'SZ-HALL-W002', number: 2, label: '2号窗口' },
          ],
        },
      });
    });

    it('puts the street staff in their street centre and the system admin in no hall', async () => {
      const street = await demoSession(app, 'STAFF_STREET');
      const streetMe = await gql<MeData>(app, ME, {}, street.accessToken);
      expect(streetMe.data!.me!.staff!.hall).toEqual({
        code: 'SZ-ST-DGY',
        name: '市中区大观园街道便民服务中心',
      });
      const adminMe = await gql<MeData>(app, ME, {}, admin.accessToken);
      expect(adminMe.data!.me).toMatchObject({
        role: 'SYSTEM_ADMIN',
        staff: { role: 'SYSTEM_ADMIN', hall: null, zones: [], windows: [] },
      });
    });

    it('has no staff field for citizens', async () => {
      const citizen = await demoSession(app, 'CITIZEN_A');
      const body = await gql<MeData>(app, ME, {}, citizen.accessToken);
      expect(body.data!.me).toMatchObject({ role: 'CITIZEN', staff: null });
    });

    it('makes each demo persona once, whatever the number of logins', async () => {
      await demoSession(app, 'STAFF_SZ');
      const [{ n }] = await app.dataSource.query<{ n: number | string }[]>(
        "SELECT COUNT(*) AS n FROM staff_account WHERE username = 'demo-staff-sz'",
      );
      expect(Number(n)).toBe(1);
    });

    it('cannot be used with a password: demo accounts have none', async () => {
      const result = await staffLogin(app, 'demo-sysadmin', '');
      expect(result.code).toBe('STAFF_LOGIN_FAILED');
    });
  });

  describe('creating accounts and logging in', () => {
    it('creates a staff account that logs in with its password, username in any case', async () => {
      const id = await createStaff(app, admin, {
        username: 'Zhang.Min',
        displayName: '张敏',
        password: 'Window-2026-a',
        zoneCodes: ['SZ-Z-MS'],
        windowCodes: ['SZ-HALL-W025', 'SZ-HALL-W026'],
      });
      const login = await staffLogin(app, 'ZHANG.MIN', 'Window-2026-a');
      expect(login.session?.userId).toBe(id);
      const me = await gql<MeData>(app, ME, {}, login.session!.accessToken);
      expect(me.data!.me).toMatchObject({
        id,
        role: 'STAFF',
        staff: {
          username: 'zhang.min',
          displayName: '张敏',
          hall: { code: 'SZ-HALL' },
          zones: [{ code: 'SZ-Z-MS', name: '民生服务区' }],
          windows: [{ number: 25 }, { number: 26 }],
        },
      });
    });

    it('stores only an scrypt hash of the password', async () => {
      await createStaff(app, admin, { username: 'hash.check', password: 'Plain-Text-123' });
      const [row] = await app.dataSource.query<{ password_hash: string }[]>(
        "SELECT password_hash FROM staff_account WHERE username = 'hash.check'",
      );
      expect(row!.password_hash).toMatch(/^scrypt\$ln=12,r=8,p=1\$/);
      expect(row!.password_hash).not.toContain('Plain-Text-123');
    });

    it('refuses a taken username (in any case), a weak password and a foreign zone or window, writing nothing', async () => {
      await createStaff(app, admin, { username: 'li.na' });
      const users = await countRows(app, 'app_user');
      const cases: [Record<string, unknown>, string, RegExp][] = [
        [{ username: 'LI.NA' }, 'STAFF_USERNAME_TAKEN', /用户名已被使用/],
        [{ username: 'wang.fang', password: 'short1' }, 'STAFF_PASSWORD_WEAK', /至少需要 10 位/],
        [
          { username: 'wang.fang', password: 'onlyletters' },
          'STAFF_PASSWORD_WEAK',
          /同时包含字母和数字/,
        ],
        [
          { username: 'wang.fang', hallCode: 'SZ-ST-DGY', zoneCodes: ['SZ-Z-MS'] },
          'STAFF_ASSIGNMENT_INVALID',
          /区域 SZ-Z-MS 不属于该大厅/,
        ],
        [
          { username: 'wang.fang', windowCodes: ['SZ-HALL-W999'] },
          'STAFF_ASSIGNMENT_INVALID',
          /窗口 SZ-HALL-W999 不属于该大厅/,
        ],
        [
          { username: 'wang.fang', hallCode: 'SZ-ST-DGY-1' },
          'STAFF_ASSIGNMENT_INVALID',
          /没有这个办事大厅/,
        ],
        [{ username: 'wang.fang', hallCode: null }, 'STAFF_ASSIGNMENT_INVALID', /请选择所属大厅/],
        [
          { username: 'wang.fang', role: 'SYSTEM_ADMIN', hallCode: 'SZ-HALL' },
          'STAFF_ASSIGNMENT_INVALID',
          /系统管理员不属于任何大厅/,
        ],
        [{ username: 'w' }, 'BAD_USER_INPUT', /用户名须为 3—32 位/],
        [{ username: 'wang.fang', displayName: '<b>王</b>' }, 'BAD_USER_INPUT', /姓名须为/],
      ];
      for (const [input, code, message] of cases) {
        const body = await gql(
          app,
          CREATE_STAFF,
          {
            i: {
              displayName: '王芳',
              password: 'window-pass-2026',
              role: 'STAFF',
              hallCode: 'SZ-HALL',
              ...input,
            },
          },
          admin.accessToken,
        );
        expect({ input, code: codeOf(body) }).toEqual({ input, code });
        expect(body.errors![0]!.message).toMatch(message);
      }
      expect(await countRows(app, 'app_user')).toBe(users);
    });

    it('answers an unknown username and a wrong password alike, in similar time', async () => {
      await createStaff(app, admin, { username: 'timing.check', password: 'Right-pass-2026' });
      const unknown = await staffLogin(app, 'nobody.here', 'Right-pass-2026');
      const wrong = await staffLogin(app, 'timing.check', 'Wrong-pass-2026');
      expect(unknown.code).toBe('STAFF_LOGIN_FAILED');
      expect(wrong.code).toBe('STAFF_LOGIN_FAILED');
      expect(unknown.message).toBe('用户名或密码不正确');
      expect(wrong.message).toBe(unknown.message);
      expect(Object.keys(wrong.extensions!).sort()).toEqual(
        Object.keys(unknown.extensions!).sort(),
      );

      // Timed with a realistic cost (2^15), so the hash outweighs the request's own overhead:
      // both answers do one scrypt verification; without the dummy one the unknown name would
      // answer in a fraction of the time.
      const timed = await startTestApp({
        database,
        env: { ...STAFF_TEST_ENV, STAFF_PASSWORD_SCRYPT_LOG_N: '15' },
      });
      try {
        await createStaff(timed, admin, { username: 'timing.slow', password: 'Right-pass-2026' });
        const time = async (username: string) => {
          const start = performance.now();
          const result = await staffLogin(timed, username, 'Wrong-pass-2026');
          expect(result.code).toBe('STAFF_LOGIN_FAILED');
          return performance.now() - start;
        };
        await time('warm.up');
        const unknownTimes: number[] = [];
        const wrongTimes: number[] = [];
        for (let i = 0; i < 4; i += 1) {
          unknownTimes.push(await time(`nobody${i}`));
          wrongTimes.push(await time('timing.slow'));
        }
        const ratio = median(unknownTimes) / median(wrongTimes);
        expect(ratio).toBeGreaterThan(0.5);
        expect(ratio).toBeLessThan(2);
      } finally {
        await timed.stop();
      }
    });
  });

  describe('lockout', () => {
    it('locks after 5 wrong passwords in a row for 15 minutes, names the minutes, and an admin can unlock', async () => {
      const id = await createStaff(app, admin, {
        username: 'lock.me',
        password: 'Right-pass-2026',
      });
      for (let i = 1; i <= 4; i += 1) {
        expect((await staffLogin(app, 'lock.me', `wrong-pass-${i}x`)).code).toBe(
          'STAFF_LOGIN_FAILED',
        );
      }
      const fifth = await staffLogin(app, 'lock.me', 'wrong-pass-5x');
      expect(fifth.code).toBe('STAFF_ACCOUNT_LOCKED');
      expect(fifth.message).toBe('密码错误次数过多，账号已锁定，请 15 分钟后再试或联系管理员解锁');
      expect(fifth.extensions).toMatchObject({ retryAfterMinutes: 15 });
      // Even the right password is refused while locked.
      const right = await staffLogin(app, 'lock.me', 'Right-pass-2026');
      expect(right.code).toBe('STAFF_ACCOUNT_LOCKED');
      expect(right.message).toMatch(/请 1[45] 分钟后再试/);

      const listed = await gql<{ staffAccounts: AccountRow[] }>(
        app,
        STAFF_ACCOUNTS,
        { h: 'SZ-HALL' },
        hallAdmin.accessToken,
      );
      expect(listed.data!.staffAccounts.find((a) => a.id === id)).toMatchObject({ locked: true });

      const unlocked = await gql<{ unlockStaffAccount: AccountRow }>(
        app,
        UNLOCK,
        { id },
        hallAdmin.accessToken,
      );
      expect(unlocked.data!.unlockStaffAccount).toMatchObject({ locked: false, failedAttempts: 0 });
      expect((await staffLogin(app, 'lock.me', 'Right-pass-2026')).session?.userId).toBe(id);
    });

    it('lets the account in again once the lock has run out, with 5 new tries', async () => {
      const id = await createStaff(app, admin, {
        username: 'lock.expiry',
        password: 'Right-pass-2026',
      });
      for (let i = 0; i < 5; i += 1) await staffLogin(app, 'lock.expiry', 'wrong-pass-123');
      expect((await staffLogin(app, 'lock.expiry', 'Right-pass-2026')).code).toBe(
        'STAFF_ACCOUNT_LOCKED',
      );
      // 16 minutes later (moved in the database rather than waiting).
      await app.dataSource
        .createQueryBuilder()
        .update(StaffAccountEntity)
        .set({ lockedUntil: new Date(Date.now() - 60_000) })
        .where('user_id = :id', { id })
        .execute();
      expect((await staffLogin(app, 'lock.expiry', 'wrong-pass-123')).code).toBe(
        'STAFF_LOGIN_FAILED',
      );
      expect((await staffLogin(app, 'lock.expiry', 'Right-pass-2026')).session?.userId).toBe(id);
    });

    it('counts every failure sent at once to two instances: none is lost', async () => {
      const second = await startTestApp({ database, env: STAFF_TEST_ENV });
      try {
        const id = await createStaff(app, admin, {
          username: 'race.me',
          password: 'Right-pass-2026',
        });
        // 4 at once: each one counted (a lost update would leave fewer).
        const four = await Promise.all(
          Array.from({ length: 4 }, (_, i) =>
            staffLogin(i % 2 === 0 ? app : second, 'race.me', `wrong-pass-${i}x`),
          ),
        );
        expect(four.map((a) => a.code)).toEqual(Array(4).fill('STAFF_LOGIN_FAILED'));
        const [row] = await app.dataSource.query<{ failed_attempts: number | string }[]>(
          'SELECT failed_attempts FROM staff_account WHERE user_id = ?',
          [id],
        );
        expect(Number(row!.failed_attempts)).toBe(4);
        // The 5th locks, on whichever instance it lands; the right password is then refused.
        expect((await staffLogin(second, 'race.me', 'wrong-pass-5x')).code).toBe(
          'STAFF_ACCOUNT_LOCKED',
        );
        expect((await staffLogin(app, 'race.me', 'Right-pass-2026')).code).toBe(
          'STAFF_ACCOUNT_LOCKED',
        );
        // A burst of 12 on a fresh account: it ends locked, every answer one of the two.
        await createStaff(app, admin, { username: 'race.burst', password: 'Right-pass-2026' });
        const twelve = await Promise.all(
          Array.from({ length: 12 }, (_, i) =>
            staffLogin(i % 2 === 0 ? app : second, 'race.burst', `wrong-pass-${i}x`),
          ),
        );
        expect(twelve.some((a) => a.code === 'STAFF_ACCOUNT_LOCKED')).toBe(true);
        expect(
          twelve.every((a) => a.code === 'STAFF_ACCOUNT_LOCKED' || a.code === 'STAFF_LOGIN_FAILED'),
        ).toBe(true);
        expect((await staffLogin(second, 'race.burst', 'Right-pass-2026')).code).toBe(
          'STAFF_ACCOUNT_LOCKED',
        );
      } finally {
        await second.stop();
      }
    });
  });

  describe('disabling', () => {
    it('ends open sessions at once and refuses the right password with STAFF_ACCOUNT_DISABLED', async () => {
      const id = await createStaff(app, admin, {
        username: 'leaving.soon',
        password: 'Right-pass-2026',
      });
      const { session } = await staffLogin(app, 'leaving.soon', 'Right-pass-2026');
      expect((await gql<MeData>(app, ME, {}, session!.accessToken)).data!.me!.id).toBe(id);

      const disabled = await gql<{ disableStaffAccount: AccountRow }>(
        app,
        DISABLE,
        { id },
        hallAdmin.accessToken,
      );
      expect(disabled.data!.disableStaffAccount.disabled).toBe(true);
      expect(codeOf(await gql(app, ME, {}, session!.accessToken))).toBe('UNAUTHENTICATED');
      const refresh = await gql(
        app,
        'mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken } }',
        { t: session!.refreshToken },
      );
      expect(codeOf(refresh)).toBe('UNAUTHENTICATED');

      const right = await staffLogin(app, 'leaving.soon', 'Right-pass-2026');
      expect(right).toMatchObject({
        code: 'STAFF_ACCOUNT_DISABLED',
        message: '该账号已停用，请联系管理员',
      });
      expect((await staffLogin(app, 'leaving.soon', 'wrong-pass-123')).code).toBe(
        'STAFF_LOGIN_FAILED',
      );
    });

    it('does not let an admin disable their own account', async () => {
      const body = await gql(app, DISABLE, { id: admin.userId }, admin.accessToken);
      expect(codeOf(body)).toBe('BAD_USER_INPUT');
      expect(body.errors![0]!.message).toBe('不能停用自己的账号');
    });
  });

  describe("a hall admin's reach", () => {
    let streetStaffId: string;

    beforeAll(async () => {
      streetStaffId = (await demoSession(app, 'STAFF_STREET')).userId;
    });

    it('lists their own hall only; a system admin any hall or all', async () => {
      const own = await gql<{ staffAccounts: AccountRow[] }>(
        app,
        STAFF_ACCOUNTS,
        {},
        hallAdmin.accessToken,
      );
      expect(own.errors).toBeUndefined();
      const halls = new Set(own.data!.staffAccounts.map((a) => a.hall?.code));
      expect([...halls]).toEqual(['SZ-HALL']);
      expect(own.data!.staffAccounts.map((a) => a.username)).toContain('demo-staff-sz');

      const other = await gql(app, STAFF_ACCOUNTS, { h: 'SZ-ST-DGY' }, hallAdmin.accessToken);
      expect(codeOf(other)).toBe('FORBIDDEN');

      const street = await gql<{ staffAccounts: AccountRow[] }>(
        app,
        STAFF_ACCOUNTS,
        { h: 'SZ-ST-DGY' },
        admin.accessToken,
      );
      expect(street.data!.staffAccounts.map((a) => a.id)).toEqual([streetStaffId]);
      const all = await gql<{ staffAccounts: AccountRow[] }>(
        app,
        STAFF_ACCOUNTS,
        {},
        admin.accessToken,
      );
      expect(all.data!.staffAccounts.map((a) => a.role)).toEqual(
        expect.arrayContaining(['STAFF', 'HALL_ADMIN', 'SYSTEM_ADMIN']),
      );
    });

    it('creates STAFF in their own hall only', async () => {
      const own = await gql<{ createStaffAccount: AccountRow }>(
        app,
        CREATE_STAFF,
        {
          i: {
            username: 'made.by.hall',
            displayName: '赵磊',
            password: 'window-pass-2026',
            role: 'STAFF',
          },
        },
        hallAdmin.accessToken,
      );
      expect(own.data!.createStaffAccount).toMatchObject({
        role: 'STAFF',
        hall: { code: 'SZ-HALL' },
      });
      for (const input of [
        { username: 'other.hall', role: 'STAFF', hallCode: 'SZ-ST-DGY' },
        { username: 'new.admin', role: 'HALL_ADMIN' },
        { username: 'new.sysadmin', role: 'SYSTEM_ADMIN', hallCode: null },
      ]) {
        const body = await gql(
          app,
          CREATE_STAFF,
          { i: { displayName: '某人', password: 'window-pass-2026', ...input } },
          hallAdmin.accessToken,
        );
        expect({ input, code: codeOf(body) }).toEqual({ input, code: 'FORBIDDEN' });
      }
      const byAdmin = await gql<{ createStaffAccount: AccountRow }>(
        app,
        CREATE_STAFF,
        {
          i: {
            username: 'street.admin',
            displayName: '钱静',
            password: 'window-pass-2026',
            role: 'HALL_ADMIN',
            hallCode: 'SZ-ST-DGY',
          },
        },
        admin.accessToken,
      );
      expect(byAdmin.data!.createStaffAccount).toMatchObject({
        role: 'HALL_ADMIN',
        hall: { code: 'SZ-ST-DGY' },
      });
    });

    it("gets FORBIDDEN for another hall's account, and for another admin of their own hall", async () => {
      const otherAdminOfX = await createStaff(app, admin, {
        username: 'second.admin',
        role: 'HALL_ADMIN',
      });
      for (const id of [streetStaffId, otherAdminOfX, admin.userId]) {
        for (const [document, variables] of [
          [UNLOCK, { id }],
          [DISABLE, { id }],
          [UPDATE_ASSIGNMENT, { id, z: [], w: [] }],
        ] as const) {
          const body = await gql(app, document, variables, hallAdmin.accessToken);
          expect(codeOf(body)).toBe('FORBIDDEN');
        }
      }
      const [{ disabled }] = await app.dataSource.query<{ disabled: number | boolean }[]>(
        'SELECT disabled FROM staff_account WHERE user_id = ?',
        [streetStaffId],
      );
      expect(Boolean(Number(disabled))).toBe(false);
      // A system admin may.
      const body = await gql(app, UNLOCK, { id: streetStaffId }, admin.accessToken);
      expect(body.errors).toBeUndefined();
    });

    it('leaves staff administration to admins: staff and citizens are FORBIDDEN', async () => {
      const staff = await demoSession(app, 'STAFF_SZ');
      const citizen = await demoSession(app, 'CITIZEN_A');
      for (const token of [staff.accessToken, citizen.accessToken]) {
        expect(codeOf(await gql(app, STAFF_ACCOUNTS, {}, token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await gql(app, STAFF_ACCOUNTS, {}))).toBe('UNAUTHENTICATED');
      expect(codeOf(await gql(app, UNLOCK, { id: staff.userId }, staff.accessToken))).toBe(
        'FORBIDDEN',
      );
    });
  });

  describe('assignments', () => {
    it('replaces zones and windows within the hall, and refuses another hall’s, changing nothing', async () => {
      const id = await createStaff(app, admin, {
        username: 'moves.around',
        zoneCodes: ['SZ-A-ZH'],
        windowCodes: ['SZ-HALL-W003'],
      });
      const moved = await gql<{
        updateStaffAssignment: {
          zones: { code: string }[];
          windows: { code: string; number: number }[];
        };
      }>(
        app,
        UPDATE_ASSIGNMENT,
        { id, z: ['SZ-Z-TAX', 'SZ-A-LS'], w: ['SZ-HALL-W080', 'SZ-HALL-W127', 'SZ-HALL-W080'] },
        hallAdmin.accessToken,
      );
      expect(moved.errors).toBeUndefined();
      expect(moved.data!.updateStaffAssignment.zones.map((z) => z.code).sort()).toEqual([
        'SZ-A-LS',
        'SZ-Z-TAX',
      ]);
      expect(moved.data!.updateStaffAssignment.windows.map((w) => w.number)).toEqual([80, 127]);

      const refused = await gql(
        app,
        UPDATE_ASSIGNMENT,
        { id, z: [], w: ['SZ-HALL-W001', 'SZ-ST-DGY-W001'] },
        hallAdmin.accessToken,
      );
      expect(codeOf(refused)).toBe('STAFF_ASSIGNMENT_INVALID');
      const after = await gql<{ staffAccounts: AccountRow[] }>(
        app,
        STAFF_ACCOUNTS,
        {},
        hallAdmin.accessToken,
      );
      expect(
        after.data!.staffAccounts.find((a) => a.id === id)!.windows.map((w) => w.code),
      ).toEqual(['SZ-HALL-W080', 'SZ-HALL-W127']);
    });
  });

  describe('changing one’s own password', () => {
    it('needs the current password, follows the rule, and ends the other sessions', async () => {
      await createStaff(app, admin, { username: 'new.password', password: 'First-pass-2026' });
      const here = (await staffLogin(app, 'new.password', 'First-pass-2026')).session!;
      const elsewhere = (await staffLogin(app, 'new.password', 'First-pass-2026')).session!;

      const wrong = await gql(
        app,
        CHANGE_PASSWORD,
        { c: 'not-it-123', n: 'Second-pass-2026' },
        here.accessToken,
      );
      expect(codeOf(wrong)).toBe('STAFF_PASSWORD_INCORRECT');
      expect(wrong.errors![0]!.message).toBe('当前密码不正确');
      const weak = await gql(
        app,
        CHANGE_PASSWORD,
        { c: 'First-pass-2026', n: 'short' },
        here.accessToken,
      );
      expect(codeOf(weak)).toBe('STAFF_PASSWORD_WEAK');
      const same = await gql(
        app,
        CHANGE_PASSWORD,
        { c: 'First-pass-2026', n: 'First-pass-2026' },
        here.accessToken,
      );
      expect(codeOf(same)).toBe('STAFF_PASSWORD_WEAK');

      const changed = await gql(
        app,
        CHANGE_PASSWORD,
        { c: 'First-pass-2026', n: 'Second-pass-2026' },
        here.accessToken,
      );
      expect(changed.errors).toBeUndefined();
      expect(codeOf(await gql(app, ME, {}, here.accessToken))).toBeUndefined();
      expect(codeOf(await gql(app, ME, {}, elsewhere.accessToken))).toBe('UNAUTHENTICATED');
      expect((await staffLogin(app, 'new.password', 'First-pass-2026')).code).toBe(
        'STAFF_LOGIN_FAILED',
      );
      expect((await staffLogin(app, 'new.password', 'Second-pass-2026')).session).toBeDefined();
    });

    it('is for staff accounts only', async () => {
      const citizen = await demoSession(app, 'CITIZEN_B');
      const body = await gql(
        app,
        CHANGE_PASSWORD,
        { c: 'First-pass-2026', n: 'Second-pass-2026' },
        citizen.accessToken,
      );
      expect(codeOf(body)).toBe('FORBIDDEN');
    });
  });

  describe('the administration audit', () => {
    it('records who did what to whom and when, and refuses UPDATE and DELETE in the database', async () => {
      const id = await createStaff(app, hallAdmin, { username: 'audited.one' });
      await gql(app, UPDATE_ASSIGNMENT, { id, z: ['SZ-A-ZH'], w: [] }, hallAdmin.accessToken);
      await gql(app, UNLOCK, { id }, admin.accessToken);
      await gql(app, DISABLE, { id }, hallAdmin.accessToken);
      const rows = await app.dataSource.query<
        {
          actor_user_id: string;
          action: string;
          target_hall_code: string;
          detail: string;
          created_at: unknown;
        }[]
      >(
        'SELECT actor_user_id, action, target_hall_code, detail, created_at FROM staff_admin_audit WHERE target_user_id = ? ORDER BY created_at',
        [id],
      );
      expect(rows.map((r) => [r.action, r.actor_user_id, r.target_hall_code])).toEqual([
        ['CREATE_ACCOUNT', hallAdmin.userId, 'SZ-HALL'],
        ['UPDATE_ASSIGNMENT', hallAdmin.userId, 'SZ-HALL'],
        ['UNLOCK_ACCOUNT', admin.userId, 'SZ-HALL'],
        ['DISABLE_ACCOUNT', hallAdmin.userId, 'SZ-HALL'],
      ]);
      expect(rows.every((r) => r.created_at)).toBe(true);
      expect(JSON.parse(rows[1]!.detail)).toMatchObject({ after: { zoneCodes: ['SZ-A-ZH'] } });
      expect(rows.map((r) => r.detail).join()).not.toContain('window-pass-2026');

      await expect(
        app.dataSource.query(
          "UPDATE staff_admin_audit SET action = 'NOTHING' WHERE target_user_id = ?",
          [id],
        ),
      ).rejects.toThrow(/append-only/);
      await expect(
        app.dataSource.query('DELETE FROM staff_admin_audit WHERE target_user_id = ?', [id]),
      ).rejects.toThrow(/append-only/);
      const [{ n }] = await app.dataSource.query<{ n: number | string }[]>(
        'SELECT COUNT(*) AS n FROM staff_admin_audit WHERE target_user_id = ?',
        [id],
      );
      expect(Number(n)).toBe(4);
    });
  });
});

describe('staff login limits and password parameters', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('rate-limits staffLogin per IP address', async () => {
    const app = await startTestApp({
      database,
      env: { ...STAFF_TEST_ENV, AUTH_RATE_LIMIT_PER_IP: '3' },
    });
    try {
      const codes = [];
      for (let i = 0; i < 4; i += 1)
        codes.push((await staffLogin(app, `someone${i}`, 'pass-123456')).code);
      expect(codes).toEqual([
        'STAFF_LOGIN_FAILED',
        'STAFF_LOGIN_FAILED',
        'STAFF_LOGIN_FAILED',
        'RATE_LIMITED',
      ]);
    } finally {
      await app.stop();
    }
  });

  it('upgrades a hash made with older parameters at the next login', async () => {
    const older = await startTestApp({ database, env: STAFF_TEST_ENV });
    try {
      const admin = await demoSession(older, 'SYSTEM_ADMIN');
      await createStaff(older, admin, { username: 'long.serving', password: 'Right-pass-2026' });
    } finally {
      await older.stop();
    }
    const newer = await startTestApp({
      database,
      env: { ...STAFF_TEST_ENV, STAFF_PASSWORD_SCRYPT_LOG_N: '13' },
    });
    try {
      const hashOf = async () =>
        (
          await newer.dataSource.query<{ password_hash: string }[]>(
            "SELECT password_hash FROM staff_account WHERE username = 'long.serving'",
          )
        )[0]!.password_hash;
      expect(await hashOf()).toMatch(/^scrypt\$ln=12,/);
      expect((await staffLogin(newer, 'long.serving', 'Right-pass-2026')).session).toBeDefined();
      expect(await hashOf()).toMatch(/^scrypt\$ln=13,/);
      expect((await staffLogin(newer, 'long.serving', 'Right-pass-2026')).session).toBeDefined();
    } finally {
      await newer.stop();
    }
  });
});

const redisUrl = process.env.TEST_REDIS_URL;
const describeIfRedis = redisUrl ? describe : describe.skip;

describeIfRedis('staff login limits shared through Redis', () => {
  it('counts attempts for one username across two instances', async () => {
    const database = await createTestDatabase();
    const env = {
      ...STAFF_TEST_ENV,
      REDIS_URL: redisUrl ?? '',
      AUTH_RATE_LIMIT_PER_SUBJECT: '3',
    };
    const one = await startTestApp({ database, env });
    const two = await startTestApp({ database, env });
    try {
      const username = `shared${Date.now().toString(36)}`;
      const codes = [
        (await staffLogin(one, username, 'pass-123456')).code,
        (await staffLogin(two, username, 'pass-123456')).code,
        (await staffLogin(one, username, 'pass-123456')).code,
        (await staffLogin(two, username, 'pass-123456')).code,
      ];
      expect(codes).toEqual([
        'STAFF_LOGIN_FAILED',
        'STAFF_LOGIN_FAILED',
        'STAFF_LOGIN_FAILED',
        'RATE_LIMITED',
      ]);
    } finally {
      await one.stop();
      await two.stop();
      await database.drop();
    }
  });
});

describe('the bootstrap system admin', () => {
  const BOOTSTRAP = {
    ...STAFF_TEST_ENV,
    BOOTSTRAP_ADMIN_USERNAME: 'First.Admin',
    BOOTSTRAP_ADMIN_PASSWORD: 'Bootstrap-pass-2026',
  };

  it('is created at start-up when configured and no system admin exists, once', async () => {
    const database = await createTestDatabase();
    try {
      const first = await startTestApp({ database, env: BOOTSTRAP });
      try {
        const login = await staffLogin(first, 'first.admin', 'Bootstrap-pass-2026');
        expect(login.session).toBeDefined();
        const me = await gql<MeData>(first, ME, {}, login.session!.accessToken);
        expect(me.data!.me).toMatchObject({ role: 'SYSTEM_ADMIN', staff: { hall: null } });
        const [row] = await first.dataSource.query<
          { action: string; actor_user_id: string | null }[]
        >('SELECT action, actor_user_id FROM staff_admin_audit WHERE target_user_id = ?', [
          login.session!.userId,
        ]);
        expect(row).toEqual({ action: 'BOOTSTRAP_ADMIN', actor_user_id: null });
      } finally {
        await first.stop();
      }
      // Started again with other settings: an admin exists, nothing changes.
      const again = await startTestApp({
        database,
        env: {
          ...BOOTSTRAP,
          BOOTSTRAP_ADMIN_USERNAME: 'second.admin',
          BOOTSTRAP_ADMIN_PASSWORD: 'Another-pass-2026',
        },
      });
      try {
        expect((await staffLogin(again, 'second.admin', 'Another-pass-2026')).code).toBe(
          'STAFF_LOGIN_FAILED',
        );
        expect(
          (await staffLogin(again, 'first.admin', 'Bootstrap-pass-2026')).session,
        ).toBeDefined();
        expect(await countRows(again, 'staff_account')).toBe(1);
      } finally {
        await again.stop();
      }
    } finally {
      await database.drop();
    }
  });

  it('is not created when a system admin already exists', async () => {
    const database = await createTestDatabase();
    try {
      const plain = await startTestApp({ database, env: STAFF_TEST_ENV });
      await demoSession(plain, 'SYSTEM_ADMIN');
      await plain.stop();
      const configured = await startTestApp({ database, env: BOOTSTRAP });
      try {
        expect((await staffLogin(configured, 'first.admin', 'Bootstrap-pass-2026')).code).toBe(
          'STAFF_LOGIN_FAILED',
        );
      } finally {
        await configured.stop();
      }
    } finally {
      await database.drop();
    }
  });
});
