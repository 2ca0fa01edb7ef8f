import { maskName, parseScannedCode } from '@shizhong/domain';
import { AppError } from '../../src/common/errors/app.error';
import { AppointmentCheckInHooks } from '../../src/appointments/check-in/check-in-hooks';
import { NoShowSweeper } from '../../src/appointments/no-show.sweeper';
import { AppointmentReminderHandler } from '../../src/appointments/reminders/appointment-reminder.handler';
import { OutboxWorker } from '../../src/outbox/outbox.worker';
import { type FakeSubscribeMessageAdapter } from '../../src/subscribe-messages/fake-subscribe-message.adapter';
import { SUBSCRIBE_MESSAGE_ADAPTER } from '../../src/subscribe-messages/subscribe-message.adapter';
import { FAKE_TEMPLATE_IDS } from '../../src/subscribe-messages/subscribe-templates';
import { useAppWithSimulator } from '../support/app-with-simulator';
import {
  APPOINTMENT_FIELDS,
  APPOINTMENT_TEST_ENV,
  book,
  bookedOf,
  countRows,
  mustBook,
  newCitizen,
  setClock,
  slotAt,
  slotsOf,
  syntheticPerson,
  type AppointmentView,
  type Body,
  type Citizen,
} from '../support/appointment-fixtures';
import { codeOf, gql, wechatToken } from '../support/identity-fixtures';
import { demoSession } from '../support/staff-fixtures';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const DAY_TEMPLATE = FAKE_TEMPLATE_IDS.APPOINTMENT_DAY_BEFORE;
const HOUR_TEMPLATE = FAKE_TEMPLATE_IDS.APPOINTMENT_HOUR_BEFORE;

const MY = `query ($s: AppointmentScope!) { myAppointments(scope: $s) { ${APPOINTMENT_FIELDS} } }`;
const ONE = `query ($id: ID!) { appointment(id: $id) { ${APPOINTMENT_FIELDS} } }`;
const CANCEL = `mutation ($id: ID!) { cancelAppointment(id: $id) { ${APPOINTMENT_FIELDS} } }`;
const STATUS = `query ($m: ID) {
  myBookingStatus(familyMemberId: $m) {
    hallCode forSelf subjectMaskedName canBook reason banned bannedUntil recentNoShows
    noShowLimit noShowWindowDays noShowBanDays activeCount activeLimit
    reminderQuota { purpose templateId remaining }
  }
}`;
const QR =
  'query ($h: String!) { hallCheckInQr(hallCode: $h) { hallCode token content validOn validUntil } }';
const CHECK_IN = `mutation ($h: String!, $t: String!, $id: ID) {
  checkInAppointment(hallCode: $h, qrToken: $t, appointmentId: $id) { ${APPOINTMENT_FIELDS} }
}`;
const HALL_BOOKING = `id hallCode categoryCode categoryName date startTime endTime status statusLabel
  subjectMaskedName subjectMaskedIdNumber subjectMaskedPhone checkInCode checkedInAt checkInMethod
  createdAt actedBy { actorMaskedName subjectMaskedName relation forSelf summary }`;
const STAFF_CHECK_IN = `mutation ($c: String!) { staffCheckIn(checkInCode: $c) { ${HALL_BOOKING} } }`;
const HALL_BOOKINGS = `query ($d: String!, $c: String, $h: String, $x: Boolean) {
  hallBookings(date: $d, categoryCode: $c, hallCode: $h, includeCancelled: $x) {
    hallCode date categoryCode
    counts { total booked checkedIn noShow cancelled }
    bookings { ${HALL_BOOKING} }
  }
}`;
const SUBSCRIBE = `mutation ($t: [String!]!, $a: [String!]!) {
  recordSubscription(templateIds: $t, accepted: $a) { purpose templateId remaining }
}`;
const ADD_MEMBER =
  'mutation ($i: FamilyMemberInput!) { addFamilyMember(input: $i) { id linkStatus } }';
const LINKS_TO_ME = '{ familyLinksToMe { id status } }';
const RESPOND =
  'mutation ($id: ID!, $a: Boolean!) { respondToFamilyLink(id: $id, accept: $a) { id status } }';

function data<T>(body: Body<T>): T {
  if (body.errors || !body.data) throw new Error(`unexpected errors: ${body.raw}`);
  return body.data;
}

/** The code and message of a refused call. */
function refusal(body: Body<unknown>): { code: unknown; message: string | undefined } {
  return { code: codeOf(body), message: body.errors?.[0]?.message };
}

describe('appointments: booking, cancelling, family, no-shows, check-in, reminders, staff', () => {
  const stack = useAppWithSimulator(APPOINTMENT_TEST_ENV);
  let salt = 0;
  /** A new citizen with a real name, distinct from every other one of this file. */
  const citizen = () => newCitizen(stack.app, syntheticPerson((salt += 1)));
  let a: Citizen;
  let b: Citizen;
  let f: Citizen;
  const m = syntheticPerson(9000);
  const member = { f: '', m: '' };
  let admin: string;
  let staffX: string;
  let staffOther: string;
  let systemAdmin: string;

  const call = <T>(query: string, variables: Record<string, unknown>, token?: string) =>
    gql<T>(stack.app, query, variables, token);
  const clock = (local: string) => setClock(stack.app, local);
  const appointmentRows = () => countRows(stack.app, 'appointment');
  const outboxRows = () => countRows(stack.app, 'outbox');

  beforeAll(async () => {
    await clock('2026-09-28T09:00');
    a = await citizen();
    b = await citizen();
    f = await citizen();
    member.f = data(
      await call<{ addFamilyMember: { id: string } }>(
        ADD_MEMBER,
        { i: { name: f.name, idNumber: f.idNumber, relation: 'PARENT' } },
        a.token,
      ),
    ).addFamilyMember.id;
    const link = data(await call<{ familyLinksToMe: { id: string }[] }>(LINKS_TO_ME, {}, f.token));
    data(await call(RESPOND, { id: link.familyLinksToMe[0].id, a: true }, f.token));
    member.m = data(
      await call<{ addFamilyMember: { id: string } }>(
        ADD_MEMBER,
        { i: { name: m.name, idNumber: m.idNumber, relation: 'CHILD' } },
        a.token,
      ),
    ).addFamilyMember.id;
    admin = (await demoSession(stack.app, 'HALL_ADMIN_SZ')).accessToken;
    staffX = (await demoSession(stack.app, 'STAFF_SZ')).accessToken;
    staffOther = (await demoSession(stack.app, 'STAFF_STREET')).accessToken;
    systemAdmin = (await demoSession(stack.app, 'SYSTEM_ADMIN')).accessToken;
  });

  beforeEach(async () => {
    // Monday 28 September 2026, 09:00 in Shanghai: the week before 国庆.
    await clock('2026-09-28T09:00');
  });

  it('books a place for oneself: the appointment, its reminders and the slot counter in one go', async () => {
    const slot = await slotAt(stack.app, 'A', '2026-09-29', '10:00');
    const before = await bookedOf(stack.app, slot.id);
    const body = await book(stack.app, a.token, { slotId: slot.id, categoryCode: 'A' });
    const { appointment, replayed, reminderTemplates } = data(body).bookAppointment;
    expect(replayed).toBe(false);
    expect(appointment).toMatchObject({
      hallCode: 'SZ-HALL',
      hallName: '济南市市中区政务服务中心',
      categoryCode: 'A',
      categoryName: '综合受理',
      date: '2026-09-29',
      startTime: '10:00',
      endTime: '10:30',
      startsAt: '2026-09-29T02:00:00.000Z',
      endsAt: '2026-09-29T02:30:00.000Z',
      status: 'BOOKED',
      statusLabel: '待签到',
      subjectMaskedName: maskName(a.name),
      bookedByMe: true,
      canCancel: true,
      cancelDeadline: '2026-09-29T01:00:00.000Z',
      checkInOpensAt: '2026-09-29T01:30:00.000Z',
      checkInClosesAt: '2026-09-29T02:15:00.000Z',
      canCheckIn: false,
      createdAt: '2026-09-28T01:00:00.000Z',
      cancelledAt: null,
      actedBy: {
        actorMaskedName: maskName(a.name),
        subjectMaskedName: maskName(a.name),
        relation: null,
        forSelf: true,
        summary: `${maskName(a.name)} 本人办理`,
      },
    });
    expect(appointment.checkInCode).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(reminderTemplates.map((t) => t.templateId)).toEqual([DAY_TEMPLATE, HOUR_TEMPLATE]);
    expect(await bookedOf(stack.app, slot.id)).toBe(before + 1);
    const reminders = await stack.app.dataSource.query<{ dedupe_key: string; status: string }[]>(
      'SELECT dedupe_key, status, due_at FROM outbox WHERE dedupe_key LIKE ? ORDER BY due_at',
      [`%${appointment.id}%`],
    );
    expect(reminders.map((row) => [row.dedupe_key.split(':')[2], row.status])).toEqual([
      ['DAY_BEFORE', 'PENDING'],
      ['HOUR_BEFORE', 'PENDING'],
    ]);

    const mine = data(
      await call<{ myAppointments: AppointmentView[] }>(MY, { s: 'UPCOMING' }, a.token),
    );
    expect(mine.myAppointments.map((x) => x.id)).toContain(appointment.id);
    const one = data(
      await call<{ appointment: AppointmentView }>(ONE, { id: appointment.id }, a.token),
    );
    expect(one.appointment).toEqual(appointment);
    // Personal data is stored encrypted: neither the name nor the ID number is readable.
    const stored = JSON.stringify(
      await stack.app.dataSource.query('SELECT * FROM appointment WHERE id = ?', [appointment.id]),
    );
    expect(stored).not.toContain(a.name);
    expect(stored).not.toContain(a.idNumber);
  });

  it('a retried request books once; its key with another request is refused', async () => {
    const slot = await slotAt(stack.app, 'A', '2026-09-29', '11:00');
    const key = 'retry-key-0001';
    const first = data(await book(stack.app, b.token, { slotId: slot.id, idempotencyKey: key }));
    const booked = await bookedOf(stack.app, slot.id);
    const rows = await appointmentRows();
    const retries = await Promise.all(
      Array.from({ length: 5 }, () =>
        book(stack.app, b.token, { slotId: slot.id, idempotencyKey: key }),
      ),
    );
    for (const retry of retries) {
      expect(data(retry).bookAppointment).toMatchObject({
        replayed: true,
        appointment: { id: first.bookAppointment.appointment.id, status: 'BOOKED' },
      });
    }
    const other = await slotAt(stack.app, 'A', '2026-09-29', '11:30');
    const reused = await book(stack.app, b.token, { slotId: other.id, idempotencyKey: key });
    expect(refusal(reused)).toEqual({
      code: 'IDEMPOTENCY_KEY_REUSED',
      message: '这个请求编号已用于另一笔预约，请刷新页面后重新提交',
    });
    // Another citizen's key is theirs: the same string books for them.
    const c = await citizen();
    const theirs = data(await book(stack.app, c.token, { slotId: slot.id, idempotencyKey: key }));
    expect(theirs.bookAppointment.replayed).toBe(false);
    expect(await bookedOf(stack.app, slot.id)).toBe(booked + 1);
    expect(await bookedOf(stack.app, other.id)).toBe(0);
    expect(await appointmentRows()).toBe(rows + 1);
  });

  it('refuses every bad input with a stable code and a Chinese message, and writes nothing', async () => {
    const c = await citizen();
    // Slots of days that are not bookable at 2026-09-28 09:00 exist when those days were read
    // at another time: a past day, a day beyond the horizon.
    await clock('2026-09-24T08:30');
    const past = await slotAt(stack.app, 'A', '2026-09-24', '09:00');
    await clock('2026-10-12T09:00');
    const beyond = await slotAt(stack.app, 'A', '2026-10-20', '09:00');
    await clock('2026-09-28T09:00');
    const started = await slotAt(stack.app, 'A', '2026-09-28', '09:00');
    const newest = await slotAt(stack.app, 'A', '2026-10-13', '09:00');
    const holiday = await slotAt(stack.app, 'D', '2026-10-09', '09:00');
    const closed = await slotAt(stack.app, 'B', '2026-09-30', '10:00');
    const other = await slotAt(stack.app, 'A', '2026-09-29', '14:00');
    const full = await slotAt(stack.app, 'F', '2026-09-29', '09:00');
    for (let i = 0; i < full.capacity; i += 1) {
      await mustBook(stack.app, (await citizen()).token, { slotId: full.id });
    }
    const sameDay = await slotAt(stack.app, 'A', '2026-09-30', '09:00');
    await mustBook(stack.app, c.token, { slotId: sameDay.id });
    const sameDayLater = await slotAt(stack.app, 'A', '2026-09-30', '15:00');
    await mustBook(stack.app, c.token, {
      slotId: (await slotAt(stack.app, 'B', '2026-09-30', '09:00')).id,
    });
    await mustBook(stack.app, c.token, {
      slotId: (await slotAt(stack.app, 'A', '2026-10-08', '09:00')).id,
    });
    const overLimit = await slotAt(stack.app, 'A', '2026-10-09', '09:00');
    const noRealName = await wechatToken(stack.app, 'wx-appointments-no-real-name');
    const pending = data(
      await call<{ addFamilyMember: { id: string; linkStatus: string } }>(
        ADD_MEMBER,
        { i: { name: c.name, idNumber: c.idNumber, relation: 'OTHER' } },
        b.token,
      ),
    ).addFamilyMember;
    expect(pending.linkStatus).toBe('PENDING');

    interface Case {
      name: string;
      token: string;
      input: Parameters<typeof book>[2];
      code: string;
      message: RegExp | string;
      before?: () => Promise<void>;
      after?: () => Promise<void>;
    }
    let exceptionId = '';
    const cases: Case[] = [
      {
        name: 'a past date',
        token: c.token,
        input: { slotId: past.id },
        code: 'DATE_IN_PAST',
        message: '9月24日已经过去或当天的号源已过时，请选择以后的日期',
      },
      {
        name: 'a slot that has started',
        token: c.token,
        input: { slotId: started.id },
        code: 'DATE_IN_PAST',
        message: '该时段已经开始，请选择以后的时段',
      },
      {
        name: 'a date beyond the horizon',
        token: c.token,
        input: { slotId: beyond.id },
        code: 'DATE_BEYOND_HORIZON',
        message: '只能预约今天起7个工作日内的日期',
      },
      {
        name: 'a date not released yet',
        token: c.token,
        input: { slotId: newest.id },
        code: 'DATE_NOT_RELEASED',
        message: '10月13日的号源将于9月28日 08:00 开放预约',
        before: () => clock('2026-09-28T07:30'),
        after: () => clock('2026-09-28T09:00'),
      },
      {
        name: 'a holiday',
        token: c.token,
        input: { slotId: holiday.id },
        code: 'DATE_HOLIDAY',
        message: '10月9日是临时调整假期，大厅不办公',
        before: async () => {
          data(
            await call(
              'mutation ($i: HolidayInput!) { upsertHoliday(input: $i) { date } }',
              { i: { date: '2026-10-09', kind: 'HOLIDAY', name: '临时调整' } },
              admin,
            ),
          );
        },
        after: async () => {
          data(await call('mutation { deleteHoliday(date: "2026-10-09") }', {}, admin));
        },
      },
      {
        name: 'a closed day',
        token: c.token,
        input: { slotId: closed.id },
        code: 'DATE_CLOSED',
        message: '9月30日不办理此类业务，请选择其他日期',
        before: async () => {
          exceptionId = data(
            await call<{ addScheduleException: { id: string } }>(
              'mutation ($i: ScheduleExceptionInput!) { addScheduleException(input: $i) { id } }',
              {
                i: {
                  hallCode: 'SZ-HALL',
                  date: '2026-09-30',
                  categoryCode: 'B',
                  kind: 'CLOSED',
                  reason: '设备检修',
                },
              },
              admin,
            ),
          ).addScheduleException.id;
        },
        after: async () => {
          data(
            await call(
              'mutation ($id: ID!) { removeScheduleException(id: $id) }',
              { id: exceptionId },
              admin,
            ),
          );
        },
      },
      {
        name: 'a slot of another category',
        token: c.token,
        input: { slotId: other.id, categoryCode: 'B' },
        code: 'SLOT_CATEGORY_MISMATCH',
        message: '该时段属于“综合受理”，与所选业务类别不符，请重新选择时段',
      },
      {
        name: 'a full slot',
        token: c.token,
        input: { slotId: full.id },
        code: 'SLOT_FULL',
        message: '9月29日 09:00 的号源已约满，请选择其他时段',
      },
      {
        name: 'a family member who is not mine',
        token: b.token,
        input: { slotId: other.id, familyMemberId: member.m },
        code: 'FAMILY_MEMBER_NOT_FOUND',
        message: '未找到这位家庭成员',
      },
      {
        name: 'a family member who has not agreed yet',
        token: b.token,
        input: { slotId: other.id, familyMemberId: pending.id },
        code: 'FAMILY_LINK_NOT_CONFIRMED',
        message: '对方还没有确认家人关系，暂时不能替他（她）办理',
      },
      {
        name: 'a second booking of the category the same day',
        token: c.token,
        input: { slotId: sameDayLater.id },
        code: 'ALREADY_BOOKED_THAT_DAY',
        message: '您9月30日已预约过“综合受理”，同一类业务每天只能预约一次',
      },
      {
        name: 'more active bookings than the limit',
        token: c.token,
        input: { slotId: overLimit.id },
        code: 'BOOKING_LIMIT_REACHED',
        message: '每个账号最多同时保留3个待办理的预约，请先办理或取消已有预约',
      },
      {
        name: 'an unknown slot',
        token: b.token,
        input: { slotId: UNKNOWN_ID },
        code: 'SLOT_NOT_FOUND',
        message: '未找到该预约时段，请重新选择',
      },
      {
        name: 'a malformed slot id',
        token: b.token,
        input: { slotId: 'slot-1' },
        code: 'BAD_USER_INPUT',
        message: '未找到该预约时段，请重新选择',
      },
      {
        name: 'a malformed idempotency key',
        token: b.token,
        input: { slotId: other.id, idempotencyKey: 'k' },
        code: 'BAD_USER_INPUT',
        message: '请求编号格式不正确，请刷新页面后重试',
      },
      {
        name: 'no real name yet',
        token: noRealName,
        input: { slotId: other.id },
        code: 'REAL_NAME_REQUIRED',
        message: '请先完成实名认证',
      },
    ];
    const slotIds = [
      past,
      beyond,
      started,
      newest,
      holiday,
      closed,
      other,
      full,
      sameDayLater,
      overLimit,
    ].map((slot) => slot.id);
    const counters = async () => Promise.all(slotIds.map((id) => bookedOf(stack.app, id)));
    for (const testCase of cases) {
      const before = await counters();
      const rows = [await appointmentRows(), await outboxRows()];
      await testCase.before?.();
      const body = await book(stack.app, testCase.token, testCase.input);
      await testCase.after?.();
      const got = refusal(body);
      expect({ case: testCase.name, ...got }).toEqual({
        case: testCase.name,
        code: testCase.code,
        message: testCase.message,
      });
      expect({ case: testCase.name, booked: await counters() }).toEqual({
        case: testCase.name,
        booked: before,
      });
      expect([await appointmentRows(), await outboxRows()]).toEqual(rows);
    }
    expect(await bookedOf(stack.app, full.id)).toBe(full.capacity);
  });

  it('cancelling returns the place at once; only the booker may cancel, until the cut-off', async () => {
    const slot = await slotAt(stack.app, 'G', '2026-09-29', '10:00');
    const people = await Promise.all(Array.from({ length: slot.capacity + 1 }, () => citizen()));
    const booked = [];
    for (const person of people.slice(0, slot.capacity)) {
      booked.push(await mustBook(stack.app, person.token, { slotId: slot.id }));
    }
    const late = people[slot.capacity];
    expect(codeOf(await book(stack.app, late.token, { slotId: slot.id }))).toBe('SLOT_FULL');

    const cancelled = data(
      await call<{ cancelAppointment: AppointmentView }>(
        CANCEL,
        { id: booked[0].id },
        people[0].token,
      ),
    ).cancelAppointment;
    expect(cancelled).toMatchObject({
      id: booked[0].id,
      status: 'CANCELLED',
      statusLabel: '已取消',
      canCancel: false,
      checkInCode: null,
      cancelledAt: '2026-09-28T01:00:00.000Z',
    });
    expect(await bookedOf(stack.app, slot.id)).toBe(slot.capacity - 1);
    const reminders = await stack.app.dataSource.query<{ status: string }[]>(
      'SELECT status FROM outbox WHERE dedupe_key LIKE ?',
      [`%${booked[0].id}%`],
    );
    expect(reminders.map((row) => row.status)).toEqual(['CANCELLED', 'CANCELLED']);
    // The freed place can be taken at once.
    await mustBook(stack.app, late.token, { slotId: slot.id });
    expect(await bookedOf(stack.app, slot.id)).toBe(slot.capacity);

    expect(refusal(await call(CANCEL, { id: booked[0].id }, people[0].token))).toEqual({
      code: 'APPOINTMENT_NOT_ACTIVE',
      message: '该预约已取消，不能再操作',
    });
    expect(refusal(await call(CANCEL, { id: booked[1].id }, b.token))).toEqual({
      code: 'NOT_FOUND',
      message: '未找到该预约',
    });
    expect(codeOf(await call(CANCEL, { id: UNKNOWN_ID }, b.token))).toBe('NOT_FOUND');
    // The cancelled person may book the category that day again.
    await mustBook(stack.app, people[0].token, {
      slotId: (await slotAt(stack.app, 'G', '2026-09-29', '11:00')).id,
    });

    await clock('2026-09-29T09:01');
    expect(refusal(await call(CANCEL, { id: booked[1].id }, people[1].token))).toEqual({
      code: 'CANCEL_TOO_LATE',
      message: '预约开始前60分钟内不能取消（截止时间为2026年9月29日 09:00）',
    });
    await clock('2026-09-29T09:00');
    data(await call(CANCEL, { id: booked[1].id }, people[1].token));
    expect(await bookedOf(stack.app, slot.id)).toBe(slot.capacity - 1);
  });

  it('books for a family member: the member with an account sees it, nobody else does', async () => {
    const slot = await slotAt(stack.app, 'C', '2026-10-08', '09:00');
    const forF = await mustBook(stack.app, a.token, { slotId: slot.id, familyMemberId: member.f });
    expect(forF).toMatchObject({
      subjectMaskedName: maskName(f.name),
      bookedByMe: true,
      canCancel: true,
      actedBy: {
        actorMaskedName: maskName(a.name),
        subjectMaskedName: maskName(f.name),
        relation: 'PARENT',
        forSelf: false,
        summary: `${maskName(a.name)} 代 ${maskName(f.name)} 办理`,
      },
    });
    const forM = await mustBook(stack.app, a.token, {
      slotId: (await slotAt(stack.app, 'C', '2026-10-08', '09:30')).id,
      familyMemberId: member.m,
    });
    expect(forM.actedBy).toMatchObject({ relation: 'CHILD', subjectMaskedName: maskName(m.name) });

    // F sees the one made for them (not the one for M), may check in with its code, may not cancel.
    const fList = data(
      await call<{ myAppointments: AppointmentView[] }>(MY, { s: 'UPCOMING' }, f.token),
    );
    expect(fList.myAppointments.map((x) => x.id)).toEqual([forF.id]);
    expect(fList.myAppointments[0]).toMatchObject({
      bookedByMe: false,
      canCancel: false,
      checkInCode: forF.checkInCode,
    });
    expect(
      data(await call<{ appointment: AppointmentView }>(ONE, { id: forF.id }, f.token)).appointment
        .id,
    ).toBe(forF.id);
    expect(codeOf(await call(ONE, { id: forM.id }, f.token))).toBe('NOT_FOUND');
    expect(refusal(await call(CANCEL, { id: forF.id }, f.token))).toEqual({
      code: 'FORBIDDEN',
      message: '只有预约人本人可以取消这个预约',
    });
    // B sees neither.
    const bList = data(
      await call<{ myAppointments: AppointmentView[] }>(MY, { s: 'UPCOMING' }, b.token),
    );
    expect(bList.myAppointments.map((x) => x.id)).not.toContain(forF.id);
    expect(codeOf(await call(ONE, { id: forF.id }, b.token))).toBe('NOT_FOUND');
    expect(codeOf(await call(CANCEL, { id: forF.id }, b.token))).toBe('NOT_FOUND');
    // One active booking per person: F cannot book the category that day for themselves.
    expect(
      refusal(
        await book(stack.app, f.token, {
          slotId: (await slotAt(stack.app, 'C', '2026-10-08', '10:00')).id,
        }),
      ),
    ).toEqual({
      code: 'ALREADY_BOOKED_THAT_DAY',
      message: '您10月8日已预约过“社保医保”，同一类业务每天只能预约一次',
    });
    // A's status for M.
    const status = data(
      await call<{ myBookingStatus: Record<string, unknown> }>(STATUS, { m: member.m }, a.token),
    ).myBookingStatus;
    expect(status).toMatchObject({
      forSelf: false,
      subjectMaskedName: maskName(m.name),
      banned: false,
    });
    expect(codeOf(await call(STATUS, { m: member.m }, b.token))).toBe('FAMILY_MEMBER_NOT_FOUND');
    data(await call(CANCEL, { id: forF.id }, a.token));
    data(await call(CANCEL, { id: forM.id }, a.token));
  });

  it('marks no-shows when the slot ends, and bans booking after 3 in 90 days (with the end date)', async () => {
    const n = await citizen();
    const sweeper = stack.app.app.get(NoShowSweeper);
    const first = await mustBook(stack.app, n.token, {
      slotId: (await slotAt(stack.app, 'H', '2026-09-29', '09:00')).id,
    });
    await mustBook(stack.app, n.token, {
      slotId: (await slotAt(stack.app, 'H', '2026-09-30', '09:00')).id,
    });
    await mustBook(stack.app, n.token, {
      slotId: (await slotAt(stack.app, 'H', '2026-10-08', '09:00')).id,
    });
    const full = data(
      await call<{ myBookingStatus: Record<string, unknown> }>(STATUS, {}, n.token),
    );
    expect(full.myBookingStatus).toMatchObject({
      canBook: false,
      reason: '每个账号最多同时保留3个待办理的预约，请先办理或取消已有预约',
      activeCount: 3,
      activeLimit: 3,
      banned: false,
    });

    await clock('2026-09-29T09:29');
    await sweeper.sweep();
    const row = async (id: string) =>
      (
        await stack.app.dataSource.query<{ status: string; active_key: string | null }[]>(
          'SELECT status, active_key FROM appointment WHERE id = ?',
          [id],
        )
      )[0];
    expect((await row(first.id)).status).toBe('BOOKED');
    await clock('2026-09-29T09:30');
    expect(await sweeper.sweep()).toBeGreaterThanOrEqual(1);
    expect(await row(first.id)).toEqual({ status: 'NO_SHOW', active_key: null });
    expect(await sweeper.sweep()).toBe(0);
    const past = data(
      await call<{ myAppointments: AppointmentView[] }>(MY, { s: 'PAST' }, n.token),
    );
    expect(past.myAppointments.find((x) => x.id === first.id)).toMatchObject({
      status: 'NO_SHOW',
      statusLabel: '未到（爽约）',
      checkInCode: null,
    });

    await clock('2026-10-08T10:00');
    await sweeper.sweep();
    const banned = data(
      await call<{ myBookingStatus: Record<string, unknown> }>(STATUS, {}, n.token),
    );
    expect(banned.myBookingStatus).toMatchObject({
      canBook: false,
      banned: true,
      bannedUntil: '2026-11-07T01:30:00.000Z',
      recentNoShows: 3,
      noShowLimit: 3,
      noShowWindowDays: 90,
      noShowBanDays: 30,
      activeCount: 0,
      reason: '您90天内有3次预约未到，2026年11月7日 09:30前不能预约',
    });
    const slot = await slotAt(stack.app, 'H', '2026-10-09', '10:00');
    const rows = [await appointmentRows(), await outboxRows()];
    const refused = await book(stack.app, n.token, { slotId: slot.id });
    expect(refusal(refused)).toEqual({
      code: 'BOOKING_BANNED',
      message: '您90天内有3次预约未到，2026年11月7日 09:30前不能预约',
    });
    expect(refused.errors?.[0]?.extensions?.bannedUntil).toBe('2026-11-07T01:30:00.000Z');
    expect(await bookedOf(stack.app, slot.id)).toBe(0);
    expect([await appointmentRows(), await outboxRows()]).toEqual(rows);

    // The ban ends 30 days after the third no-show.
    await clock('2026-11-07T09:31');
    await mustBook(stack.app, n.token, {
      slotId: (await slotAt(stack.app, 'H', '2026-11-09', '09:00')).id,
    });
  });

  it('checks in by the hall’s QR code from 30 minutes before to 15 after, or at a staff console', async () => {
    const q = await citizen();
    const early = await mustBook(stack.app, q.token, {
      slotId: (await slotAt(stack.app, 'E', '2026-09-29', '14:00')).id,
    });
    const later = await mustBook(stack.app, q.token, {
      slotId: (await slotAt(stack.app, 'D', '2026-09-29', '16:00')).id,
    });
    const yesterday = data(
      await call<{ hallCheckInQr: { token: string } }>(QR, { h: 'SZ-HALL' }, staffX),
    ).hallCheckInQr.token;
    expect(codeOf(await call(QR, { h: 'SZ-HALL' }, staffOther))).toBe('FORBIDDEN');
    expect(codeOf(await call(QR, { h: 'SZ-HALL' }, q.token))).toBe('FORBIDDEN');

    await clock('2026-09-29T13:29');
    const qr = data(
      await call<{
        hallCheckInQr: {
          hallCode: string;
          token: string;
          content: string;
          validOn: string;
          validUntil: string;
        };
      }>(QR, { h: 'SZ-HALL' }, staffX),
    ).hallCheckInQr;
    expect(qr).toMatchObject({
      hallCode: 'SZ-HALL',
      content: `SZHB:CHECKIN:${qr.token}`,
      validOn: '2026-09-29',
      validUntil: '2026-09-29T16:00:00.000Z',
    });
    expect(parseScannedCode(qr.content)).toEqual({
      kind: 'CHECK_IN',
      token: qr.token,
      hallCode: 'SZ-HALL',
    });
    const checkIn = (token: string, as = q.token, hall = 'SZ-HALL', id?: string) =>
      call<{ checkInAppointment: AppointmentView[] }>(CHECK_IN, { h: hall, t: token, id }, as);
    expect(refusal(await checkIn(qr.token))).toEqual({
      code: 'CHECK_IN_TOO_EARLY',
      message: '还没到签到时间，请在9月29日 13:30至14:15之间签到',
    });
    expect(codeOf(await checkIn(yesterday))).toBe('CHECK_IN_QR_INVALID');
    expect(codeOf(await checkIn(qr.token, q.token, 'SZ-ST-DGY'))).toBe('CHECK_IN_QR_INVALID');
    const tampered = `${qr.token.slice(0, -1)}${qr.token.endsWith('A') ? 'B' : 'A'}`;
    expect(codeOf(await checkIn(tampered))).toBe('CHECK_IN_QR_INVALID');
    // A queue door code with the check-in token in it is still not a check-in code.
    expect(codeOf(await checkIn(`SZHB:DOOR:${qr.token}`))).toBe('CHECK_IN_QR_INVALID');
    const nobody = await citizen();
    expect(refusal(await checkIn(qr.token, nobody.token))).toEqual({
      code: 'NO_APPOINTMENT_TO_CHECK_IN',
      message: '您今天在本大厅没有待签到的预约',
    });

    await clock('2026-09-29T13:30');
    // The scanned content as it is (with the scanner's line break) works as well as the token.
    const done = data(await checkIn(`${qr.content}\n`)).checkInAppointment;
    expect(done.map((x) => [x.id, x.status, x.statusLabel, x.checkedInAt])).toEqual([
      [early.id, 'CHECKED_IN', '已签到', '2026-09-29T05:30:00.000Z'],
    ]);
    expect(refusal(await checkIn(qr.token))).toEqual({
      code: 'ALREADY_CHECKED_IN',
      message: '该预约已于13:30签到',
    });
    expect(codeOf(await checkIn(qr.token, q.token, 'SZ-HALL', later.id))).toBe(
      'CHECK_IN_TOO_EARLY',
    );

    // At the console: staff of the hall only; the code is read case- and space-insensitively.
    await clock('2026-09-29T16:16');
    expect(refusal(await call(STAFF_CHECK_IN, { c: later.checkInCode }, staffX))).toEqual({
      code: 'CHECK_IN_TOO_LATE',
      message: '已超过签到时间（16:15），请现场取号办理或重新预约',
    });
    await clock('2026-09-29T15:45');
    expect(codeOf(await call(STAFF_CHECK_IN, { c: later.checkInCode }, staffOther))).toBe(
      'FORBIDDEN',
    );
    expect(refusal(await call(STAFF_CHECK_IN, { c: 'ZZZZ2222' }, staffX))).toEqual({
      code: 'CHECK_IN_CODE_INVALID',
      message: '签到码不正确，请核对后重新输入',
    });
    const typed = `${later.checkInCode!.slice(0, 4).toLowerCase()} ${later.checkInCode!.slice(4)}`;
    const staffDone = data(
      await call<{ staffCheckIn: Record<string, unknown> }>(STAFF_CHECK_IN, { c: typed }, staffX),
    ).staffCheckIn;
    expect(staffDone).toMatchObject({
      id: later.id,
      status: 'CHECKED_IN',
      checkInMethod: 'STAFF',
      checkedInAt: '2026-09-29T07:45:00.000Z',
      subjectMaskedName: maskName(q.name),
    });
    expect(codeOf(await call(STAFF_CHECK_IN, { c: later.checkInCode }, staffX))).toBe(
      'ALREADY_CHECKED_IN',
    );
  });

  it('runs the check-in hooks in the check-in transaction (the queue’s priority ticket goes there)', async () => {
    const hooks = stack.app.app.get(AppointmentCheckInHooks);
    const seen: string[] = [];
    const refuse = new Set<string>();
    hooks.register('test-hook', async (appointment, manager) => {
      const [row] = await manager.query<{ status: string }[]>(
        'SELECT status FROM appointment WHERE id = ?',
        [appointment.id],
      );
      seen.push(`${appointment.id}:${row.status}`);
      if (refuse.has(appointment.id)) throw new AppError('FORBIDDEN', '测试钩子拒绝签到');
    });
    const h = await citizen();
    const one = await mustBook(stack.app, h.token, {
      slotId: (await slotAt(stack.app, 'B', '2026-09-29', '15:00')).id,
    });
    await clock('2026-09-29T14:45');
    refuse.add(one.id);
    expect(refusal(await call(STAFF_CHECK_IN, { c: one.checkInCode }, staffX))).toEqual({
      code: 'FORBIDDEN',
      message: '测试钩子拒绝签到',
    });
    const [afterRefusal] = await stack.app.dataSource.query<{ status: string }[]>(
      'SELECT status FROM appointment WHERE id = ?',
      [one.id],
    );
    expect(afterRefusal.status).toBe('BOOKED');
    refuse.clear();
    data(await call(STAFF_CHECK_IN, { c: one.checkInCode }, staffX));
    expect(seen).toEqual([`${one.id}:CHECKED_IN`, `${one.id}:CHECKED_IN`]);
  });

  it('sends the reminders through the WeChat adapter: only with a subscription, once, retried after a failure', async () => {
    const fake = stack.app.app.get<FakeSubscribeMessageAdapter>(SUBSCRIBE_MESSAGE_ADAPTER);
    const worker = stack.app.app.get(OutboxWorker);
    fake.clear();
    const r = await citizen();
    expect(codeOf(await call(SUBSCRIBE, { t: ['unknown-template'], a: [] }, r.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await call(SUBSCRIBE, { t: [DAY_TEMPLATE], a: [HOUR_TEMPLATE] }, r.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      codeOf(await call(SUBSCRIBE, { t: [DAY_TEMPLATE, HOUR_TEMPLATE, 'x', 'y'], a: [] }, r.token)),
    ).toBe('BAD_USER_INPUT');
    const quota = data(
      await call<{ recordSubscription: { templateId: string; remaining: number }[] }>(
        SUBSCRIBE,
        { t: [DAY_TEMPLATE, HOUR_TEMPLATE], a: [DAY_TEMPLATE, HOUR_TEMPLATE] },
        r.token,
      ),
    ).recordSubscription;
    expect(quota.map((q) => [q.templateId, q.remaining])).toEqual([
      [DAY_TEMPLATE, 1],
      [HOUR_TEMPLATE, 1],
      // The queue's templates (issue 7), not accepted here.
      ['fake-tmpl-queue-almost-turn', 0],
      ['fake-tmpl-queue-called', 0],
    ]);

    const one = await mustBook(stack.app, r.token, {
      slotId: (await slotAt(stack.app, 'A', '2026-10-08', '10:00')).id,
    });
    const two = await mustBook(stack.app, r.token, {
      slotId: (await slotAt(stack.app, 'B', '2026-10-09', '11:00')).id,
    });
    const cancelled = await mustBook(stack.app, r.token, {
      slotId: (await slotAt(stack.app, 'C', '2026-10-08', '14:00')).id,
    });
    data(await call(CANCEL, { id: cancelled.id }, r.token));
    const outbox = async (id: string, kind: string) =>
      (
        await stack.app.dataSource.query<
          { status: string; attempts: number; last_error: string | null }[]
        >('SELECT status, attempts, last_error FROM outbox WHERE dedupe_key = ?', [
          `appointment-reminder:${id}:${kind}`,
        ])
      )[0];
    const mine = () =>
      fake.sent.filter(
        (message) =>
          message.page.includes(one.id) ||
          message.page.includes(two.id) ||
          message.page.includes(cancelled.id),
      );
    const [{ openid }] = await stack.app.dataSource.query<{ openid: string }[]>(
      'SELECT openid FROM app_user WHERE id = ?',
      [r.userId],
    );

    await clock('2026-10-07T17:59');
    await worker.runOnce();
    expect(mine()).toEqual([]);

    await clock('2026-10-07T18:00');
    fake.failNext(1);
    await worker.runOnce();
    expect(mine()).toEqual([]);
    expect(await outbox(one.id, 'DAY_BEFORE')).toMatchObject({ status: 'PENDING', attempts: 1 });
    const afterFailure = data(
      await call<{ myBookingStatus: { reminderQuota: { remaining: number }[] } }>(
        STATUS,
        {},
        r.token,
      ),
    );
    expect(afterFailure.myBookingStatus.reminderQuota.map((q) => q.remaining)).toEqual([1, 1]);

    await clock('2026-10-07T18:01');
    await worker.runOnce();
    expect(mine()).toHaveLength(1);
    expect(mine()[0]).toMatchObject({
      toOpenid: openid,
      templateId: DAY_TEMPLATE,
      page: `subpackages/booking/pages/mine/index?id=${one.id}`,
      data: {
        thing1: '综合受理',
        time2: '2026年10月08日 10:00',
        thing3: '济南市市中区政务服务中心 综合受理区',
        character_string4: one.checkInCode,
        thing5: '明天请按时到大厅，提前30分钟可签到',
      },
    });
    expect(await outbox(one.id, 'DAY_BEFORE')).toMatchObject({ status: 'SENT', attempts: 2 });
    await worker.runOnce();
    expect(mine()).toHaveLength(1);

    await clock('2026-10-08T09:00');
    await worker.runOnce();
    expect(mine().map((message) => [message.templateId, message.page.endsWith(one.id)])).toEqual([
      [DAY_TEMPLATE, true],
      [HOUR_TEMPLATE, true],
    ]);

    // The second booking's day-before reminder finds no subscription left: skipped, not sent.
    await clock('2026-10-08T18:00');
    await worker.runOnce();
    expect(mine()).toHaveLength(2);
    expect(await outbox(two.id, 'DAY_BEFORE')).toMatchObject({
      status: 'SKIPPED',
      last_error: 'NO_SUBSCRIPTION',
    });
    // The cancelled booking's reminders were withdrawn; the handler skips it in any case.
    expect(await outbox(cancelled.id, 'DAY_BEFORE')).toMatchObject({
      status: 'CANCELLED',
      attempts: 0,
    });
    expect(await outbox(cancelled.id, 'HOUR_BEFORE')).toMatchObject({
      status: 'CANCELLED',
      attempts: 0,
    });
    await expect(
      stack.app.app
        .get(AppointmentReminderHandler)
        .deliver(
          { appointmentId: cancelled.id, kind: 'HOUR_BEFORE' },
          null,
          new Date('2026-10-08T05:00:00Z'),
        ),
    ).resolves.toEqual({ kind: 'SKIPPED', reason: 'APPOINTMENT_CANCELLED' });

    // WeChat refusing the data (47003) is not retried; the subscription was not used.
    data(await call(SUBSCRIBE, { t: [HOUR_TEMPLATE], a: [HOUR_TEMPLATE] }, r.token));
    await clock('2026-10-09T10:00');
    fake.failNext(1, 47003);
    await worker.runOnce();
    expect(await outbox(two.id, 'HOUR_BEFORE')).toMatchObject({ status: 'FAILED', attempts: 1 });
    const final = data(
      await call<{ myBookingStatus: { reminderQuota: { remaining: number }[] } }>(
        STATUS,
        {},
        r.token,
      ),
    );
    expect(final.myBookingStatus.reminderQuota.map((q) => q.remaining)).toEqual([0, 1]);
    expect(mine()).toHaveLength(2);
  });

  it('shows staff the day of their own hall, names masked, with who booked for whom', async () => {
    const s = await citizen();
    const slot = await slotAt(stack.app, 'E', '2026-10-09', '09:00');
    const own = await mustBook(stack.app, s.token, { slotId: slot.id });
    const forM = await mustBook(stack.app, a.token, { slotId: slot.id, familyMemberId: member.m });
    const gone = await mustBook(stack.app, b.token, {
      slotId: (await slotAt(stack.app, 'E', '2026-10-09', '10:00')).id,
    });
    data(await call(CANCEL, { id: gone.id }, b.token));

    const day = await call<{
      hallBookings: {
        hallCode: string;
        categoryCode: string | null;
        counts: Record<string, number>;
        bookings: Record<string, unknown>[];
      };
    }>(HALL_BOOKINGS, { d: '2026-10-09', c: 'E' }, staffX);
    const view = data(day).hallBookings;
    expect(view.hallCode).toBe('SZ-HALL');
    expect(view.counts).toEqual({ total: 2, booked: 2, checkedIn: 0, noShow: 0, cancelled: 1 });
    // Same slot, booked at the same (frozen) instant: their order is not defined.
    expect(view.bookings.map((x) => x.id).sort()).toEqual([own.id, forM.id].sort());
    expect(view.bookings.find((x) => x.id === forM.id)).toMatchObject({
      categoryName: '税务',
      startTime: '09:00',
      status: 'BOOKED',
      subjectMaskedName: maskName(m.name),
      subjectMaskedIdNumber: `${m.idNumber.slice(0, 3)}***********${m.idNumber.slice(-4)}`,
      checkInCode: forM.checkInCode,
      actedBy: { summary: `${maskName(a.name)} 代 ${maskName(m.name)} 办理`, relation: 'CHILD' },
    });
    for (const secret of [a.name, m.name, m.idNumber, s.name, s.idNumber]) {
      expect(day.raw).not.toContain(secret);
    }
    const withCancelled = data(
      await call<{ hallBookings: { bookings: { id: string }[] } }>(
        HALL_BOOKINGS,
        { d: '2026-10-09', c: 'E', x: true },
        staffX,
      ),
    ).hallBookings;
    expect(withCancelled.bookings.map((x) => x.id).slice(2)).toEqual([gone.id]);

    expect(codeOf(await call(HALL_BOOKINGS, { d: '2026-10-09', h: 'SZ-HALL' }, staffOther))).toBe(
      'FORBIDDEN',
    );
    const street = data(
      await call<{ hallBookings: { hallCode: string; bookings: unknown[] } }>(
        HALL_BOOKINGS,
        { d: '2026-10-09' },
        staffOther,
      ),
    ).hallBookings;
    expect(street).toMatchObject({ hallCode: 'SZ-ST-DGY', bookings: [] });
    expect(codeOf(await call(HALL_BOOKINGS, { d: '2026-10-09' }, systemAdmin))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      data(
        await call<{ hallBookings: { bookings: unknown[] } }>(
          HALL_BOOKINGS,
          { d: '2026-10-09', h: 'SZ-HALL', c: 'E' },
          systemAdmin,
        ),
      ).hallBookings.bookings,
    ).toHaveLength(2);
    expect(codeOf(await call(HALL_BOOKINGS, { d: '2026-10-09' }, s.token))).toBe('FORBIDDEN');
    expect(codeOf(await call(HALL_BOOKINGS, { d: '2026-13-09' }, staffX))).toBe('DATE_INVALID');
    expect(codeOf(await call(HALL_BOOKINGS, { d: '2026-10-09', c: 'Z' }, staffX))).toBe(
      'CATEGORY_NOT_FOUND',
    );

    // The whole name, with a reason, audited: staff of the hall only.
    const reveal = (token: string) =>
      call<{ revealPersonalData: string }>(
        'mutation ($s: PersonalDataSubjectInput!) { revealPersonalData(subject: $s, field: NAME, reason: "核对预约人身份") }',
        { s: { kind: 'APPOINTMENT', id: forM.id } },
        token,
      );
    expect(data(await reveal(staffX)).revealPersonalData).toBe(m.name);
    expect(codeOf(await reveal(staffOther))).toBe('FORBIDDEN');
  });

  it('lists upcoming appointments soonest first and past ones latest first', async () => {
    const l = await citizen();
    const later = await mustBook(stack.app, l.token, {
      slotId: (await slotAt(stack.app, 'F', '2026-09-30', '15:00')).id,
    });
    const sooner = await mustBook(stack.app, l.token, {
      slotId: (await slotAt(stack.app, 'F', '2026-09-29', '16:00')).id,
    });
    const list = async (scope: string) =>
      data(
        await call<{ myAppointments: { id: string }[] }>(MY, { s: scope }, l.token),
      ).myAppointments.map((x) => x.id);
    expect(await list('UPCOMING')).toEqual([sooner.id, later.id]);
    expect(await list('PAST')).toEqual([]);
    await clock('2026-09-30T16:00');
    expect(await list('UPCOMING')).toEqual([]);
    expect(await list('PAST')).toEqual([later.id, sooner.id]);
    expect(codeOf(await call('{ myAppointments(limit: 51) { id } }', {}, l.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await call('{ myAppointments { id } }', {}, staffX))).toBe('FORBIDDEN');
    expect(codeOf(await call('{ myAppointments { id } }', {}))).toBe('UNAUTHENTICATED');
    // Every slot of the file kept its counter equal to its booked appointments.
    const drift = await stack.app.dataSource.query<{ id: string }[]>(
      `SELECT s.id FROM appointment_slot s WHERE s.booked <>
         (SELECT COUNT(*) FROM appointment x WHERE x.slot_id = s.id AND x.status <> 'CANCELLED')`,
    );
    expect(drift).toEqual([]);
    expect((await slotsOf(stack.app, 'F', '2026-09-30')).length).toBeGreaterThan(0);
  });
});
