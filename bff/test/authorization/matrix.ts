import {
  anyone,
  citizens,
  hallAdmins,
  signedIn,
  staff,
  type Expectation,
  type Role,
} from './roles';
import { REALTIME_ROWS } from './matrix-realtime';
import { QUEUE_ROWS, afterQueueRow } from './matrix-queue';
import { unique, type Session, type World } from './world';

/**
 * The authorization matrix: one row per GraphQL operation (query, mutation, subscription), with
 * what each role must get. A new operation without a row fails the matrix test, so adding one
 * means deciding here who may call it.
 *
 * `prepare` runs before each role's call (as whoever it needs) and returns the variables, so
 * every call meets the state it needs (e.g. a fresh record of A's to remove). `session` gives a
 * role a fresh session for operations that end or rotate it.
 */
export interface MatrixEntry {
  document: string;
  expect: Expectation;
  prepare?: (world: World, role: Role, session: Session | null) => Promise<Record<string, unknown>>;
  freshSession?: boolean;
  /**
   * Calls as another account of the same role (e.g. a staff account with a known password for
   * changeMyPassword); the role's usual session when it returns undefined.
   */
  sessionFor?: (world: World, role: Role) => Promise<Session | null | undefined>;
  /** The operation returns whole personal values by design (an audited reveal). */
  revealsPersonalData?: boolean;
}

const ITEM = '370103-XK-01012';
/** A street address: whole only in the request, masked in every response. */
export const ADDRESS_DETAIL = '杏林雅苑3号楼2单元501室';
const THEME = 'YJS-KFD';
/** A kind of record the matrix registers for reveals: citizen A's profile, in hall X. */
export const MATRIX_SUBJECT_KIND = 'MATRIX_PROFILE_HALL_X';

async function addMemberOfA(world: World): Promise<string> {
  const body = await world.call<{ addFamilyMember: { id: string } }>(
    'citizenA',
    'mutation ($i: FamilyMemberInput!) { addFamilyMember(input: $i) { id } }',
    { i: { name: '鲁新禾', idNumber: world.freshIdNumber(), relation: 'CHILD' } },
  );
  if (!body.data) throw new Error(`could not add a member for A: ${body.raw}`);
  return body.data.addFamilyMember.id;
}

async function removeMemberOfA(world: World, id: string): Promise<void> {
  await world.call('citizenA', 'mutation ($id: ID!) { removeFamilyMember(id: $id) }', { id });
}

const SAVE_CHECKLIST = 'mutation ($i: SaveChecklistInput!) { saveChecklist(input: $i) { id } }';
const SAVED_CHECKLIST_INPUT = {
  subject: { kind: 'THEME', code: THEME },
  answers: [],
  heldCodes: [],
};

/** Saves A's checklist of the theme (marked as A's record: no one else may see its id). */
async function saveChecklistOfA(world: World): Promise<string> {
  const body = await world.call<{ saveChecklist: { id: string } }>('citizenA', SAVE_CHECKLIST, {
    i: SAVED_CHECKLIST_INPUT,
  });
  if (!body.data) throw new Error(`could not save a checklist for A: ${body.raw}`);
  world.markers.set(body.data.saveChecklist.id, new Set<Role>(['citizenA']));
  return body.data.saveChecklist.id;
}

/** Deletes every saved checklist of every citizen role. */
async function clearSavedChecklists(world: World): Promise<void> {
  for (const role of ['citizenA', 'citizenB', 'familyOfA'] as const) {
    const body = await world.call<{ savedChecklists: { id: string }[] }>(
      role,
      '{ savedChecklists { id } }',
    );
    for (const { id } of body.data?.savedChecklists ?? []) {
      await world.call(role, 'mutation ($id: ID!) { deleteSavedChecklist(id: $id) }', { id });
    }
  }
}

/** The citizen's own person, for operations on one's own profile. */
function personOf(world: World, role: Role) {
  return role === 'citizenB'
    ? world.people.b
    : role === 'familyOfA'
      ? world.people.f
      : world.people.a;
}

/** A different phone per role, so the per-phone SMS limits of one role don't meet another's. */
const PHONE_OF: Record<Role, string> = {
  anonymous: '13900020000',
  citizenA: '13900020001',
  citizenB: '13900020002',
  familyOfA: '13900020003',
  staffHallX: '13900020004',
  staffOtherHall: '13900020005',
  hallAdminX: '13900020006',
  systemAdmin: '13900020007',
};

/** A far-future day for calendar edits, so no real booking date is touched. */
const ADMIN_TEST_DATE = '2099-06-01';

async function addHolidayAsSystemAdmin(world: World, date: string): Promise<void> {
  const body = await world.call(
    'systemAdmin',
    'mutation ($i: HolidayInput!) { upsertHoliday(input: $i) { date } }',
    { i: { date, kind: 'HOLIDAY', name: '测试' } },
  );
  if (body.errors) throw new Error(`could not add a holiday: ${body.raw}`);
}

async function addExceptionAsSystemAdmin(world: World): Promise<string> {
  const body = await world.call<{ addScheduleException: { id: string } }>(
    'systemAdmin',
    'mutation ($i: ScheduleExceptionInput!) { addScheduleException(input: $i) { id } }',
    { i: { hallCode: 'SZ-HALL', date: ADMIN_TEST_DATE, kind: 'CLOSED', reason: '测试' } },
  );
  if (!body.data) throw new Error(`could not add a schedule exception: ${body.raw}`);
  return body.data.addScheduleException.id;
}

/**
 * Removes A's link to F and makes it anew (PENDING, F has an account); with `confirm`, F accepts.
 * Returns the new link's id and keeps the world's id and record marker in step.
 */
async function relinkFamilyOfA(world: World, confirm: boolean): Promise<string> {
  await world.call('citizenA', 'mutation ($id: ID!) { removeFamilyMember(id: $id) }', {
    id: world.familyOfA.f,
  });
  world.markers.delete(world.familyOfA.f);
  const f = world.people.f;
  const body = await world.call<{ addFamilyMember: { id: string } }>(
    'citizenA',
    'mutation ($i: FamilyMemberInput!) { addFamilyMember(input: $i) { id } }',
    { i: { name: f.name, idNumber: f.idNumber, phone: f.phone, relation: 'PARENT' } },
  );
  if (!body.data) throw new Error(`could not link F again: ${body.raw}`);
  const id = body.data.addFamilyMember.id;
  world.familyOfA.f = id;
  world.markers.set(id, new Set<Role>(['citizenA', 'familyOfA']));
  if (confirm) {
    const confirmed = await world.call(
      'familyOfA',
      'mutation ($id: ID!) { respondToFamilyLink(id: $id, accept: true) { id } }',
      { id },
    );
    if (confirmed.errors) throw new Error(`F could not confirm: ${confirmed.raw}`);
  }
  return id;
}

/** What each staff role is, to make a look-alike account with a known password. */
const STAFF_SHAPE: Partial<Record<Role, { role: string; hallCode: string | null }>> = {
  staffHallX: { role: 'STAFF', hallCode: 'SZ-HALL' },
  staffOtherHall: { role: 'STAFF', hallCode: 'SZ-ST-DGY' },
  hallAdminX: { role: 'HALL_ADMIN', hallCode: 'SZ-HALL' },
  systemAdmin: { role: 'SYSTEM_ADMIN', hallCode: null },
};
export const MATRIX_STAFF_PASSWORD = 'matrix-pass-2026';

/** Creates a staff account (as the system admin) and returns its id. */
async function createStaffAccount(
  world: World,
  shape: { role: string; hallCode: string | null },
): Promise<{ id: string; username: string }> {
  const username = `matrix-${unique()}`;
  const body = await world.call<{ createStaffAccount: { id: string } }>(
    'systemAdmin',
    'mutation ($i: CreateStaffAccountInput!) { createStaffAccount(input: $i) { id } }',
    {
      i: {
        username,
        displayName: '矩阵测试',
        password: MATRIX_STAFF_PASSWORD,
        role: shape.role,
        hallCode: shape.hallCode,
      },
    },
  );
  if (!body.data) throw new Error(`could not create a staff account: ${body.raw}`);
  const id = body.data.createStaffAccount.id;
  // Its id may be seen by system admins and by hall admins of its hall.
  const viewers: Role[] =
    shape.hallCode === 'SZ-HALL' ? ['systemAdmin', 'hallAdminX'] : ['systemAdmin'];
  world.markers.set(id, new Set(viewers));
  return { id, username };
}

/** A window staff account of hall X, the target of a hall admin's actions. */
async function staffOfHallX(world: World): Promise<string> {
  return (await createStaffAccount(world, { role: 'STAFF', hallCode: 'SZ-HALL' })).id;
}

// ── Appointments: the matrix runs at the real time (it cannot set the clock) ──────────────────

/** Roles that see an appointment A made for F: A, F, and hall X's staff (the day view). */
const APPOINTMENT_VIEWERS: Role[] = [
  'citizenA',
  'familyOfA',
  'staffHallX',
  'hallAdminX',
  'systemAdmin',
];
const BOOK_FOR_MATRIX =
  'mutation ($i: BookAppointmentInput!) { bookAppointment(input: $i) { appointment { id date checkInCode } } }';
const openSlots = new WeakMap<World, Promise<{ slotId: string; date: string }>>();

/** The last slot of the first released day after today with places left (category A). */
function openSlotOf(world: World): Promise<{ slotId: string; date: string }> {
  let found = openSlots.get(world);
  if (!found) {
    found = findOpenSlot(world);
    openSlots.set(world, found);
  }
  return found;
}

async function findOpenSlot(world: World): Promise<{ slotId: string; date: string }> {
  const shanghaiToday = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const calendar = await world.call<{
    bookingCalendar: { today: string; days: { date: string; state: string }[] };
  }>(
    null,
    'query ($f: String!) { bookingCalendar(hallCode: "SZ-HALL", categoryCode: "A", from: $f, days: 31) { today days { date state } } }',
    { f: shanghaiToday },
  );
  const today = calendar.data?.bookingCalendar.today ?? shanghaiToday;
  const day = calendar.data?.bookingCalendar.days.find((d) => d.state === 'OPEN' && d.date > today);
  if (!day) throw new Error(`no bookable day after ${today}: ${calendar.raw}`);
  const slots = await world.call<{ bookingSlots: { slots: { id: string; state: string }[] } }>(
    null,
    'query ($d: String!) { bookingSlots(hallCode: "SZ-HALL", categoryCode: "A", date: $d) { slots { id state } } }',
    { d: day.date },
  );
  const slot = slots.data?.bookingSlots.slots.filter((x) => x.state === 'AVAILABLE').pop();
  if (!slot) throw new Error(`no slot with places on ${day.date}: ${slots.raw}`);
  return { slotId: slot.id, date: day.date };
}

/** A books for F (relinking F first if an earlier row left the link unusable). */
async function appointmentOfAForF(
  world: World,
): Promise<{ id: string; date: string; checkInCode: string }> {
  const { slotId } = await openSlotOf(world);
  const attempt = () =>
    world.call<{
      bookAppointment: { appointment: { id: string; date: string; checkInCode: string } };
    }>('citizenA', BOOK_FOR_MATRIX, {
      i: { slotId, familyMemberId: world.familyOfA.f, idempotencyKey: `matrix-${unique()}` },
    });
  let body = await attempt();
  if (String(body.errors?.[0]?.extensions?.code ?? '').startsWith('FAMILY_')) {
    await relinkFamilyOfA(world, true);
    body = await attempt();
  }
  if (!body.data) throw new Error(`A could not book for F: ${body.raw}`);
  const appointment = body.data.bookAppointment.appointment;
  world.markers.set(appointment.id, new Set(APPOINTMENT_VIEWERS));
  return appointment;
}

/** Cancels every upcoming appointment the citizens booked (limits and days are per person). */
async function cancelUpcomingAppointments(world: World): Promise<void> {
  for (const role of ['citizenA', 'citizenB', 'familyOfA'] as const) {
    const body = await world.call<{
      myAppointments: { id: string; bookedByMe: boolean; canCancel: boolean }[];
    }>(role, '{ myAppointments(scope: UPCOMING, limit: 50) { id bookedByMe canCancel } }');
    for (const appointment of body.data?.myAppointments ?? []) {
      if (appointment.bookedByMe && appointment.canCancel) {
        await world.call(role, 'mutation ($id: ID!) { cancelAppointment(id: $id) { id } }', {
          id: appointment.id,
        });
      }
    }
  }
}

const APPOINTMENT_OPERATIONS = new Set([
  'bookAppointment',
  'cancelAppointment',
  'myAppointments',
  'appointment',
  'checkInAppointment',
  'staffCheckIn',
  'hallBookings',
]);

export const MATRIX: Record<string, MatrixEntry> = {
  // ── Catalogue, search, themes, checklists, halls: public reads ──────────────────────────────
  browseServiceItems: {
    document: '{ browseServiceItems(limit: 1) { __typename } }',
    expect: anyone(),
  },
  catalogueFacets: { document: '{ catalogueFacets { __typename } }', expect: anyone() },
  departments: { document: '{ departments { __typename } }', expect: anyone() },
  hotServiceItems: { document: '{ hotServiceItems(limit: 1) { __typename } }', expect: anyone() },
  serviceItem: {
    document: `{ serviceItem(code: "${ITEM}") { __typename } }`,
    expect: anyone(),
  },
  themes: { document: '{ themes { __typename } }', expect: anyone() },
  theme: { document: `{ theme(code: "${THEME}") { __typename } }`, expect: anyone() },
  searchCatalogue: {
    document: '{ searchCatalogue(query: "开饭店", limit: 1) { __typename } }',
    expect: anyone(),
  },
  searchSuggestions: {
    document: '{ searchSuggestions(prefix: "社保", limit: 1) { __typename } }',
    expect: anyone(),
  },
  mainHall: { document: '{ mainHall { __typename } }', expect: anyone() },
  checklist: {
    document: `{ checklist(subject: { kind: THEME, code: "${THEME}" }) { __typename } }`,
    expect: anyone(),
  },
  shareChecklist: {
    document: 'mutation ($i: ShareChecklistInput!) { shareChecklist(input: $i) { token } }',
    prepare: () =>
      Promise.resolve({
        i: { subject: { kind: 'THEME', code: THEME }, answers: [], heldCodes: [] },
      }),
    expect: anyone(),
  },
  sharedChecklist: {
    document: 'query ($t: String!) { sharedChecklist(token: $t) { __typename } }',
    prepare: async (world) => {
      const body = await world.call<{ shareChecklist: { token: string } }>(
        null,
        'mutation ($i: ShareChecklistInput!) { shareChecklist(input: $i) { token } }',
        { i: { subject: { kind: 'THEME', code: THEME }, answers: [], heldCodes: [] } },
      );
      return { t: body.data?.shareChecklist.token };
    },
    expect: anyone(),
  },

  // ── Sign-in and sessions ────────────────────────────────────────────────────────────────────
  loginWithWechat: {
    document: 'mutation ($c: String!) { loginWithWechat(code: $c) { expiresIn } }',
    prepare: () => Promise.resolve({ c: `wx-matrix-${unique()}` }),
    expect: anyone(),
  },
  demoLogin: {
    document: 'mutation { demoLogin(persona: CITIZEN_B) { expiresIn } }',
    expect: anyone(),
  },
  refreshSession: {
    document: 'mutation ($t: String!) { refreshSession(refreshToken: $t) { expiresIn } }',
    freshSession: true,
    // Whoever holds a refresh token may use it; a made-up one is refused.
    prepare: (_world, _role, session) =>
      Promise.resolve({ t: session?.refreshToken ?? `made-up-${unique()}` }),
    expect: anyone({ anonymous: 'UNAUTHENTICATED' }),
  },
  logout: { document: 'mutation { logout }', freshSession: true, expect: signedIn() },
  me: { document: '{ me { id role } }', expect: anyone() },
  setCareMode: {
    document: 'mutation { setCareMode(enabled: false) { id } }',
    expect: signedIn(),
  },

  // ── Real-name profile and phone ─────────────────────────────────────────────────────────────
  submitRealName: {
    document: 'mutation ($i: RealNameInput!) { submitRealName(input: $i) { id } }',
    // Each citizen re-submits their own identity; taking someone else's is ID_NUMBER_TAKEN.
    prepare: (world, role) => {
      const person = personOf(world, role);
      return Promise.resolve({ i: { name: person.name, idNumber: person.idNumber } });
    },
    expect: citizens(),
  },
  requestPhoneCode: {
    document: 'mutation ($p: String!) { requestPhoneCode(phone: $p) }',
    prepare: (_world, role) => Promise.resolve({ p: PHONE_OF[role] }),
    expect: citizens(),
  },
  verifyPhone: {
    document: 'mutation ($p: String!, $c: String!) { verifyPhone(phone: $p, code: $c) { id } }',
    // A new phone each call, with a code sent to it first (refused for non-citizens, who then
    // meet the policy before the code check).
    prepare: async (world, role) => {
      const p = `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
      await world.call(role, 'mutation ($p: String!) { requestPhoneCode(phone: $p) }', { p });
      return { p, c: '246810' };
    },
    expect: citizens(),
  },

  // ── Family members (代办) ────────────────────────────────────────────────────────────────────
  familyMembers: {
    document: '{ familyMembers { id maskedName relation } }',
    expect: citizens(),
  },
  addFamilyMember: {
    document: 'mutation ($i: FamilyMemberInput!) { addFamilyMember(input: $i) { id } }',
    prepare: (world) =>
      Promise.resolve({
        i: { name: '付青禾', idNumber: world.freshIdNumber(), relation: 'OTHER' },
      }),
    expect: citizens(),
  },
  removeFamilyMember: {
    document: 'mutation ($id: ID!) { removeFamilyMember(id: $id) }',
    // A fresh member of A's each time: only A may remove it; others are told it does not exist.
    prepare: async (world) => ({ id: await addMemberOfA(world) }),
    expect: citizens({ citizenB: 'NOT_FOUND', familyOfA: 'NOT_FOUND' }),
  },

  // ── Saved checklists (我的 → 已存清单) ────────────────────────────────────────────────────────
  savedChecklists: {
    document: '{ savedChecklists { id title missingCount } }',
    // A has one: only A's answer may carry its id.
    prepare: async (world) => {
      await saveChecklistOfA(world);
      return {};
    },
    expect: citizens(),
  },
  saveChecklist: {
    document: SAVE_CHECKLIST,
    // Each citizen saves their own (one per subject); cleared after each call.
    prepare: () => Promise.resolve({ i: SAVED_CHECKLIST_INPUT }),
    expect: citizens(),
  },
  deleteSavedChecklist: {
    document: 'mutation ($id: ID!) { deleteSavedChecklist(id: $id) }',
    // One of A's each time: only A may delete it; others are told it does not exist.
    prepare: async (world) => ({ id: await saveChecklistOfA(world) }),
    expect: citizens({ citizenB: 'NOT_FOUND', familyOfA: 'NOT_FOUND' }),
  },

  // ── Booking calendar (预约 read side) and its admin edits ───────────────────────────────────
  bookingCategories: {
    document: '{ bookingCategories(hallCode: "SZ-HALL") { code } }',
    expect: anyone(),
  },
  bookingCalendar: {
    document:
      '{ bookingCalendar(hallCode: "SZ-HALL", categoryCode: "A", from: "2026-10-01", days: 7) { days { state } } }',
    expect: anyone(),
  },
  bookingSlots: {
    // A past day: the day's own refusal, reached by everyone (the operation is public).
    document:
      '{ bookingSlots(hallCode: "SZ-HALL", categoryCode: "A", date: "2026-01-05") { date } }',
    expect: anyone({
      anonymous: 'DATE_IN_PAST',
      citizenA: 'DATE_IN_PAST',
      citizenB: 'DATE_IN_PAST',
      familyOfA: 'DATE_IN_PAST',
      staffHallX: 'DATE_IN_PAST',
      staffOtherHall: 'DATE_IN_PAST',
      hallAdminX: 'DATE_IN_PAST',
      systemAdmin: 'DATE_IN_PAST',
    }),
  },
  holidayYear: { document: '{ holidayYear(year: 2026) { published } }', expect: anyone() },
  upsertHoliday: {
    document: 'mutation ($i: HolidayInput!) { upsertHoliday(input: $i) { date } }',
    prepare: () => Promise.resolve({ i: { date: '2099-01-01', kind: 'HOLIDAY', name: '测试' } }),
    expect: hallAdmins(),
  },
  deleteHoliday: {
    document: 'mutation ($d: String!) { deleteHoliday(date: $d) }',
    prepare: async (world) => {
      await addHolidayAsSystemAdmin(world, '2099-01-02');
      return { d: '2099-01-02' };
    },
    expect: hallAdmins(),
  },
  publishHolidayYear: {
    document: 'mutation { publishHolidayYear(year: 2099) { published } }',
    prepare: async (world) => {
      await addHolidayAsSystemAdmin(world, '2099-01-01');
      return {};
    },
    expect: hallAdmins(),
  },
  scheduleExceptions: {
    document: '{ scheduleExceptions(hallCode: "SZ-HALL", from: "2026-10-01", days: 31) { id } }',
    expect: hallAdmins(),
  },
  addScheduleException: {
    document: 'mutation ($i: ScheduleExceptionInput!) { addScheduleException(input: $i) { id } }',
    prepare: () =>
      Promise.resolve({
        i: { hallCode: 'SZ-HALL', date: ADMIN_TEST_DATE, kind: 'CLOSED', reason: '测试' },
      }),
    expect: hallAdmins(),
  },
  removeScheduleException: {
    document: 'mutation ($id: ID!) { removeScheduleException(id: $id) }',
    prepare: async (world) => ({ id: await addExceptionAsSystemAdmin(world) }),
    expect: hallAdmins(),
  },
  // Tests only: refused unless the app runs with TEST_CLOCK_ALLOWED=1 (never in production).
  setTestClock: {
    document: 'mutation { setTestClock(at: "2026-09-28T09:00:00+08:00") { now } }',
    expect: anyone({
      anonymous: 'FORBIDDEN',
      citizenA: 'FORBIDDEN',
      citizenB: 'FORBIDDEN',
      familyOfA: 'FORBIDDEN',
      staffHallX: 'FORBIDDEN',
      staffOtherHall: 'FORBIDDEN',
      hallAdminX: 'FORBIDDEN',
      systemAdmin: 'FORBIDDEN',
    }),
  },
  // ── Family links seen from the member's side, and the member's consent ────────────────────
  familyLinksToMe: {
    document: '{ familyLinksToMe { id status ownerMaskedName } }',
    // F sees A's link (its id is a marker F may see); nobody else sees it.
    expect: citizens(),
  },
  respondToFamilyLink: {
    document: 'mutation ($id: ID!) { respondToFamilyLink(id: $id, accept: true) { id status } }',
    // A fresh PENDING link from A to F: only F may answer it; the owner and others are told it
    // does not exist.
    prepare: async (world) => ({ id: await relinkFamilyOfA(world, false) }),
    expect: citizens({ citizenA: 'NOT_FOUND', citizenB: 'NOT_FOUND' }),
  },
  revokeFamilyLink: {
    document: 'mutation ($id: ID!) { revokeFamilyLink(id: $id) { id status } }',
    prepare: async (world) => ({ id: await relinkFamilyOfA(world, true) }),
    expect: citizens({ citizenA: 'NOT_FOUND', citizenB: 'NOT_FOUND' }),
  },

  // ── Addresses ───────────────────────────────────────────────────────────────────────────────
  setAddress: {
    document:
      'mutation ($i: PostalAddressInput!) { setAddress(input: $i) { id address { masked } } }',
    prepare: () => Promise.resolve({ i: { region: '山东省济南市市中区', detail: ADDRESS_DETAIL } }),
    expect: citizens(),
  },
  clearAddress: { document: 'mutation { clearAddress { id } }', expect: citizens() },

  // ── Staff accounts and administration ───────────────────────────────────────────────────────
  staffLogin: {
    document:
      'mutation ($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { expiresIn } }',
    // Anyone may try; with the right password everyone gets in.
    prepare: async (world) => {
      const { username } = await createStaffAccount(world, { role: 'STAFF', hallCode: 'SZ-HALL' });
      return { u: username, p: MATRIX_STAFF_PASSWORD };
    },
    expect: anyone(),
  },
  changeMyPassword: {
    document:
      'mutation ($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }',
    // Staff roles call as a new account of the same role and hall, whose password is known.
    sessionFor: async (world, role) => {
      const shape = STAFF_SHAPE[role];
      if (!shape) return undefined;
      const { username } = await createStaffAccount(world, shape);
      const body = await world.call<{
        staffLogin: { accessToken: string; refreshToken: string; user: { id: string } };
      }>(
        null,
        'mutation ($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { accessToken refreshToken user { id } } }',
        { u: username, p: MATRIX_STAFF_PASSWORD },
      );
      if (!body.data) throw new Error(`staff login failed: ${body.raw}`);
      const { accessToken, refreshToken, user } = body.data.staffLogin;
      world.markers.set(user.id, new Set<Role>([role, 'systemAdmin', 'hallAdminX']));
      return { accessToken, refreshToken, userId: user.id };
    },
    prepare: () => Promise.resolve({ c: MATRIX_STAFF_PASSWORD, n: 'matrix-newpass-2027' }),
    expect: staff(),
  },
  staffAccounts: {
    document: 'query ($h: String) { staffAccounts(hallCode: $h) { id username } }',
    prepare: () => Promise.resolve({ h: 'SZ-HALL' }),
    expect: hallAdmins(),
  },
  createStaffAccount: {
    document: 'mutation ($i: CreateStaffAccountInput!) { createStaffAccount(input: $i) { id } }',
    // A window staff account in hall X: its hall admin and system admins may create it.
    prepare: () =>
      Promise.resolve({
        i: {
          username: `matrix-new-${unique()}`,
          displayName: '矩阵新人',
          password: MATRIX_STAFF_PASSWORD,
          role: 'STAFF',
          hallCode: 'SZ-HALL',
        },
      }),
    expect: hallAdmins(),
  },
  updateStaffAssignment: {
    document:
      'mutation ($id: ID!, $z: [String!]!, $w: [String!]!) { updateStaffAssignment(id: $id, zoneCodes: $z, windowCodes: $w) { id } }',
    prepare: async (world) => ({ id: await staffOfHallX(world), z: [], w: ['SZ-HALL-W003'] }),
    expect: hallAdmins(),
  },
  unlockStaffAccount: {
    document: 'mutation ($id: ID!) { unlockStaffAccount(id: $id) { id } }',
    prepare: async (world) => ({ id: await staffOfHallX(world) }),
    expect: hallAdmins(),
  },
  disableStaffAccount: {
    document: 'mutation ($id: ID!) { disableStaffAccount(id: $id) { id } }',
    prepare: async (world) => ({ id: await staffOfHallX(world) }),
    expect: hallAdmins(),
  },

  // ── Personal data: audited reveal by staff, and the audit ──────────────────────────────────
  revealPersonalData: {
    document:
      'mutation ($s: PersonalDataSubjectInput!, $f: PersonalDataField!, $r: String!) { revealPersonalData(subject: $s, field: $f, reason: $r) }',
    // A record of citizen A's in hall X (see MATRIX_SUBJECT_KIND): staff of hall X, its hall
    // admin and system admins may reveal it; staff of another hall may not.
    prepare: (world) =>
      Promise.resolve({
        s: { kind: MATRIX_SUBJECT_KIND, id: world.sessions.get('citizenA')?.userId },
        f: 'ID_NUMBER',
        r: '核验申请人身份，窗口现场办理',
      }),
    revealsPersonalData: true,
    expect: staff({ staffOtherHall: 'FORBIDDEN' }),
  },
  piiAccessAudit: {
    document:
      'query ($f: PiiAccessAuditFilter) { piiAccessAudit(filter: $f) { total items { id } } }',
    prepare: () => Promise.resolve({ f: { hallCode: 'SZ-HALL' } }),
    expect: hallAdmins(),
  },

  // ── Appointments (预约): booking side ──────────────────────────────────────────────────────
  bookAppointment: {
    document: BOOK_FOR_MATRIX,
    // Each citizen books for themselves (cancelled after each call); staff accounts cannot book.
    prepare: async (world) => ({
      i: { slotId: (await openSlotOf(world)).slotId, idempotencyKey: `matrix-${unique()}` },
    }),
    expect: citizens(),
  },
  cancelAppointment: {
    document: 'mutation ($id: ID!) { cancelAppointment(id: $id) { id status } }',
    // A fresh booking A made for F: only A may cancel it; F sees it but may not cancel it;
    // anyone else is told it does not exist.
    prepare: async (world) => ({ id: (await appointmentOfAForF(world)).id }),
    expect: citizens({ citizenB: 'NOT_FOUND', familyOfA: 'FORBIDDEN' }),
  },
  myAppointments: {
    document: '{ myAppointments(scope: UPCOMING) { id status actedBy { summary } } }',
    // A's booking for F is listed for A and F only (its id is their marker).
    prepare: async (world) => {
      await appointmentOfAForF(world);
      return {};
    },
    expect: citizens(),
  },
  appointment: {
    document: 'query ($id: ID!) { appointment(id: $id) { id status checkInCode } }',
    prepare: async (world) => ({ id: (await appointmentOfAForF(world)).id }),
    expect: citizens({ citizenB: 'NOT_FOUND' }),
  },
  myBookingStatus: {
    document: '{ myBookingStatus { canBook activeCount reminderQuota { remaining } } }',
    expect: citizens(),
  },
  checkInAppointment: {
    document:
      'mutation ($t: String!) { checkInAppointment(hallCode: "SZ-HALL", qrToken: $t) { id } }',
    // Today's real QR code of hall X: citizens pass the policy and are told they have nothing to
    // check in today (the matrix books later days only).
    prepare: async (world) => {
      const qr = await world.call<{ hallCheckInQr: { token: string } }>(
        'staffHallX',
        '{ hallCheckInQr(hallCode: "SZ-HALL") { token } }',
      );
      return { t: qr.data?.hallCheckInQr.token ?? 'no-token' };
    },
    expect: citizens({
      citizenA: 'NO_APPOINTMENT_TO_CHECK_IN',
      citizenB: 'NO_APPOINTMENT_TO_CHECK_IN',
      familyOfA: 'NO_APPOINTMENT_TO_CHECK_IN',
    }),
  },
  staffCheckIn: {
    document: 'mutation ($c: String!) { staffCheckIn(checkInCode: $c) { id status } }',
    // The code of a booking in hall X on a later day: hall X's staff pass and are told it is too
    // early; staff of another hall are refused.
    prepare: async (world) => ({ c: (await appointmentOfAForF(world)).checkInCode }),
    expect: staff({
      staffHallX: 'CHECK_IN_TOO_EARLY',
      hallAdminX: 'CHECK_IN_TOO_EARLY',
      systemAdmin: 'CHECK_IN_TOO_EARLY',
      staffOtherHall: 'FORBIDDEN',
    }),
  },
  hallCheckInQr: {
    document: '{ hallCheckInQr(hallCode: "SZ-HALL") { token validOn } }',
    expect: staff({ staffOtherHall: 'FORBIDDEN' }),
  },
  hallBookings: {
    document:
      'query ($d: String!) { hallBookings(date: $d, hallCode: "SZ-HALL") { counts { total } bookings { id subjectMaskedName actedBy { summary } } } }',
    // Hall X's day with A's booking for F: hall X's staff see it (masked); other halls may not.
    prepare: async (world) => ({ d: (await appointmentOfAForF(world)).date }),
    expect: staff({ staffOtherHall: 'FORBIDDEN' }),
  },
  recordSubscription: {
    document:
      'mutation { recordSubscription(templateIds: ["fake-tmpl-appointment-day-before"], accepted: []) { remaining } }',
    expect: citizens(),
  },
  subscribeTemplates: {
    document: '{ subscribeTemplates { purpose templateId } }',
    expect: anyone(),
  },
  // ── Queue tickets (取号/叫号): queries and mutations ─────────────────────────────────────
  ...QUEUE_ROWS,
  // ── Queue subscriptions (graphql-ws) ─────────────────────────────────────────────────────
  ...REALTIME_ROWS,
};

/** Cleans up what a row's allowed calls left behind, so later rows meet the same world. */
export async function afterRow(
  world: World,
  operation: string,
  variables: Record<string, unknown>,
) {
  if (operation === 'removeFamilyMember' && typeof variables.id === 'string') {
    await removeMemberOfA(world, variables.id);
  }
  if (
    operation === 'savedChecklists' ||
    operation === 'saveChecklist' ||
    operation === 'deleteSavedChecklist'
  ) {
    await clearSavedChecklists(world);
  }
  if (APPOINTMENT_OPERATIONS.has(operation)) await cancelUpcomingAppointments(world);
  await afterQueueRow(world, operation);
  if (operation === 'addScheduleException' || operation === 'removeScheduleException') {
    // Whatever the row's calls left: remove every test exception of that far-future day.
    const listed = await world.call<{ scheduleExceptions: { id: string }[] }>(
      'systemAdmin',
      `{ scheduleExceptions(hallCode: "SZ-HALL", from: "${ADMIN_TEST_DATE}", days: 1) { id } }`,
    );
    for (const { id } of listed.data?.scheduleExceptions ?? []) {
      await world.call('systemAdmin', 'mutation ($id: ID!) { removeScheduleException(id: $id) }', {
        id,
      });
    }
  }
}
