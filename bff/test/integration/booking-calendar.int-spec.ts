import { DataSource } from 'typeorm';
import { AdjustableClock, Clock } from '../../src/common/clock/clock';
import { BookingCalendarRepository } from '../../src/booking-calendar/booking-calendar.repository';
import { BookingCalendarService } from '../../src/booking-calendar/booking-calendar.service';
import { SlotMaterializer } from '../../src/booking-calendar/slot-materializer.service';
import type { AppError } from '../../src/common/errors/app.error';
import { useAppWithSimulator } from '../support/app-with-simulator';
import { RELAXED_LOGIN_LIMITS, codeOf, gql } from '../support/identity-fixtures';
import { startTestApp, type GraphqlBody, type TestApp } from '../support/test-app';

const HALL = 'SZ-HALL';

const CALENDAR = `query Calendar($hall: String!, $category: String!, $from: String!, $days: Int!) {
  bookingCalendar(hallCode: $hall, categoryCode: $category, from: $from, days: $days) {
    hallCode categoryCode now today horizonEnd
    days { date weekday dayKind state holidayName remaining capacity releasesAt }
  }
}`;
const SLOTS = `query Slots($hall: String!, $category: String!, $date: String!) {
  bookingSlots(hallCode: $hall, categoryCode: $category, date: $date) {
    date dayKind holidayName state
    slots { id startTime endTime capacity remaining state evening }
  }
}`;
const SET_CLOCK = `mutation Clock($at: String, $frozen: Boolean!) {
  setTestClock(at: $at, frozen: $frozen) { now shanghai adjusted frozen }
}`;
const ADD_EXCEPTION = `mutation Add($input: ScheduleExceptionInput!) {
  addScheduleException(input: $input) { id hallCode date categoryCode kind startTime endTime capacity reason }
}`;
const REMOVE_EXCEPTION = 'mutation Remove($id: ID!) { removeScheduleException(id: $id) }';
const UPSERT_HOLIDAY = `mutation Upsert($input: HolidayInput!) {
  upsertHoliday(input: $input) { date kind name source }
}`;
const DELETE_HOLIDAY = 'mutation Delete($date: String!) { deleteHoliday(date: $date) }';
const PUBLISH_YEAR = `mutation Publish($year: Int!) {
  publishHolidayYear(year: $year) { year published holidays { date kind name } }
}`;
const HOLIDAY_YEAR = `query Year($year: Int!) {
  holidayYear(year: $year) { year published holidays { date kind name source } }
}`;

interface Day {
  date: string;
  weekday: number;
  dayKind: string | null;
  state: string;
  holidayName: string | null;
  remaining: number | null;
  capacity: number | null;
  releasesAt: string | null;
}
interface Calendar {
  hallCode: string;
  categoryCode: string;
  now: string;
  today: string;
  horizonEnd: string;
  days: Day[];
}
interface Slot {
  id: string;
  startTime: string;
  endTime: string;
  capacity: number;
  remaining: number;
  state: string;
  evening: boolean;
}
interface SlotDay {
  date: string;
  dayKind: string | null;
  holidayName: string | null;
  state: string;
  slots: Slot[];
}

async function staffToken(app: TestApp, persona: string): Promise<string> {
  const body = await gql<{ demoLogin: { accessToken: string } }>(
    app,
    'mutation Demo($p: DemoPersona!) { demoLogin(persona: $p) { accessToken } }',
    { p: persona },
  );
  if (!body.data) throw new Error(`demo login of ${persona} failed: ${body.raw}`);
  return body.data.demoLogin.accessToken;
}

function data<T>(body: GraphqlBody<T> & { raw: string }): T {
  if (body.errors || !body.data) throw new Error(`unexpected errors: ${body.raw}`);
  return body.data;
}

describe('booking calendar (holidays, schedules, released slots)', () => {
  const stack = useAppWithSimulator({ ...RELAXED_LOGIN_LIMITS, TEST_CLOCK_ALLOWED: '1' });
  let admin: string;

  const setClock = async (at: string | null, frozen = true, app = stack.app) =>
    data(await gql<{ setTestClock: { shanghai: string } }>(app, SET_CLOCK, { at, frozen }));
  const calendar = async (category: string, from: string, days: number, app = stack.app) =>
    data(
      await gql<{ bookingCalendar: Calendar }>(app, CALENDAR, {
        hall: HALL,
        category,
        from,
        days,
      }),
    ).bookingCalendar;
  const slots = (category: string, date: string, app = stack.app) =>
    gql<{ bookingSlots: SlotDay }>(app, SLOTS, { hall: HALL, category, date });
  const states = (days: Day[]) => Object.fromEntries(days.map((day) => [day.date, day.state]));
  const addException = (input: Record<string, unknown>, token = admin) =>
    gql<{ addScheduleException: { id: string } }>(
      stack.app,
      ADD_EXCEPTION,
      { input: { hallCode: HALL, reason: '测试', ...input } },
      token,
    );
  const slotRows = (date: string, category: string) =>
    stack.app.dataSource.query<{ id: string; start_time: string; status: string }[]>(
      'SELECT id, start_time, status FROM appointment_slot WHERE hall_code = ? AND date = ? AND category_code = ? ORDER BY start_time',
      [HALL, date, category],
    );

  beforeAll(async () => {
    admin = await staffToken(stack.app, 'HALL_ADMIN_SZ');
  });

  beforeEach(async () => {
    // Monday 28 September 2026, 09:00 in Shanghai: the week before 国庆.
    await setClock('2026-09-28T09:00:00+08:00');
  });

  it('sets the test clock, in Shanghai time', async () => {
    const body = await gql<{ setTestClock: Record<string, unknown> }>(stack.app, SET_CLOCK, {
      at: '2026-09-28T01:00:00Z',
      frozen: true,
    });
    expect(body.data?.setTestClock).toEqual({
      now: '2026-09-28T01:00:00.000Z',
      shanghai: '2026-09-28 09:00',
      adjusted: true,
      frozen: true,
    });
    const bad = await gql(stack.app, SET_CLOCK, { at: '2026-09-28 09:00', frozen: true });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });

  it('lists the hall’s eight categories', async () => {
    const body = await gql<{ bookingCategories: Record<string, unknown>[] }>(
      stack.app,
      '{ bookingCategories(hallCode: "SZ-HALL") { code name zoneName bookable } }',
    );
    expect(data(body).bookingCategories.map((c) => c.code)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
      'G',
      'H',
    ]);
    expect(data(body).bookingCategories[0]).toEqual({
      code: 'A',
      name: '综合受理',
      zoneName: '综合受理区',
      bookable: true,
    });
    const unknown = await gql(stack.app, '{ bookingCategories(hallCode: "NOPE") { code } }');
    expect(codeOf(unknown)).toBe('HALL_NOT_FOUND');
    const street = await gql(stack.app, '{ bookingCategories(hallCode: "SZ-ST-DGY") { code } }');
    expect([codeOf(street), street.errors?.[0]?.message]).toEqual([
      'HALL_NOT_FOUND',
      '该服务网点暂不提供网上预约，请到区政务服务中心预约',
    ]);
  });

  it('shows 国庆 2026 as holidays and Saturday 10-10 as a bookable make-up workday', async () => {
    const view = await calendar('B', '2026-09-26', 20);
    expect(view).toMatchObject({
      hallCode: HALL,
      categoryCode: 'B',
      now: '2026-09-28T01:00:00.000Z',
      today: '2026-09-28',
      horizonEnd: '2026-10-13',
    });
    expect(states(view.days)).toEqual({
      '2026-09-26': 'PAST',
      '2026-09-27': 'PAST',
      '2026-09-28': 'OPEN',
      '2026-09-29': 'OPEN',
      '2026-09-30': 'OPEN',
      '2026-10-01': 'HOLIDAY',
      '2026-10-02': 'HOLIDAY',
      '2026-10-03': 'HOLIDAY',
      '2026-10-04': 'HOLIDAY',
      '2026-10-05': 'HOLIDAY',
      '2026-10-06': 'HOLIDAY',
      '2026-10-07': 'HOLIDAY',
      '2026-10-08': 'OPEN',
      '2026-10-09': 'OPEN',
      '2026-10-10': 'OPEN',
      '2026-10-11': 'CLOSED',
      '2026-10-12': 'OPEN',
      '2026-10-13': 'OPEN',
      '2026-10-14': 'BEYOND_HORIZON',
      '2026-10-15': 'BEYOND_HORIZON',
    });
    const byDate = new Map(view.days.map((day) => [day.date, day]));
    expect(byDate.get('2026-10-01')).toMatchObject({
      dayKind: 'HOLIDAY',
      holidayName: '国庆节',
      remaining: null,
    });
    expect(byDate.get('2026-10-10')).toMatchObject({
      weekday: 6,
      dayKind: 'MAKEUP_WORKDAY',
      holidayName: '国庆节',
      remaining: 14 * 12,
      capacity: 14 * 12,
    });
    // Today at 09:00: the 09:00 slot has started, 13 of 14 are left (12 places each).
    expect(byDate.get('2026-09-28')).toMatchObject({ remaining: 13 * 12, capacity: 14 * 12 });
    // 中秋 Sunday 09-20 was a make-up workday too (in the past here).
    const september = await calendar('B', '2026-09-20', 1);
    expect(september.days[0]).toMatchObject({ dayKind: 'MAKEUP_WORKDAY', state: 'PAST' });

    const slotDay = data(await slots('B', '2026-10-10')).bookingSlots;
    expect(slotDay).toMatchObject({ dayKind: 'MAKEUP_WORKDAY', state: 'OPEN' });
    expect(slotDay.slots).toHaveLength(14);
    expect(slotDay.slots[0]).toMatchObject({
      startTime: '09:00',
      endTime: '09:30',
      capacity: 12,
      remaining: 12,
      state: 'AVAILABLE',
      evening: false,
    });
    expect(new Set(slotDay.slots.map((slot) => slot.id)).size).toBe(14);
  });

  it('keeps the newest day unreleased until 08:00 and says when it opens', async () => {
    // Monday 2 November 2026, 07:30: 11-11 (7 working days ahead) opens at 08:00 today.
    await setClock('2026-11-02T07:30:00+08:00');
    const view = await calendar('C', '2026-11-10', 3);
    expect(view.days.map((day) => [day.date, day.state, day.releasesAt])).toEqual([
      ['2026-11-10', 'OPEN', null],
      ['2026-11-11', 'NOT_RELEASED', '2026-11-02T00:00:00.000Z'],
      ['2026-11-12', 'BEYOND_HORIZON', null],
    ]);
    expect(view.days[1].capacity).toBe(14 * 12);
    const refused = await slots('C', '2026-11-11');
    expect(codeOf(refused)).toBe('DATE_NOT_RELEASED');
    expect(refused.errors?.[0]?.message).toBe('11月11日的号源将于11月2日 08:00 开放预约');
    expect(refused.errors?.[0]?.extensions?.releasesAt).toBe('2026-11-02T00:00:00.000Z');
    // Nothing is materialized for a day that is not released.
    expect(await slotRows('2026-11-11', 'C')).toEqual([]);

    await setClock('2026-11-02T08:00:00+08:00');
    expect(data(await slots('C', '2026-11-11')).bookingSlots.state).toBe('OPEN');
    expect(await slotRows('2026-11-11', 'C')).toHaveLength(14);
  });

  it('marks today’s started slots and refuses a day whose slots are all over', async () => {
    const today = data(await slots('A', '2026-09-28')).bookingSlots;
    expect(today.slots[0]).toMatchObject({ startTime: '09:00', state: 'STARTED' });
    expect(today.slots[1]).toMatchObject({ startTime: '09:30', state: 'AVAILABLE', remaining: 20 });
    await setClock('2026-09-28T16:30:00+08:00');
    expect(codeOf(await slots('A', '2026-09-28'))).toBe('DATE_IN_PAST');
  });

  it('refuses each day that cannot be booked with its code and a Chinese message', async () => {
    const refusal = async (category: string, date: string) => {
      const body = await slots(category, date);
      return [codeOf(body), body.errors?.[0]?.message];
    };
    expect(await refusal('B', '2026-10-01')).toEqual([
      'DATE_HOLIDAY',
      '10月1日是国庆节假期，大厅不办公',
    ]);
    expect(await refusal('B', '2026-09-27')).toEqual([
      'DATE_IN_PAST',
      '9月27日已经过去或当天的号源已过时，请选择以后的日期',
    ]);
    expect(await refusal('B', '2026-10-14')).toEqual([
      'DATE_BEYOND_HORIZON',
      '只能预约今天起7个工作日内的日期',
    ]);
    expect(await refusal('B', '2026-10-11')).toEqual([
      'DATE_CLOSED',
      '10月11日不办理此类业务，请选择其他日期',
    ]);
    expect(await refusal('B', '2027-01-04')).toEqual([
      'NO_HOLIDAY_DATA',
      '2027年的节假日安排尚未公布，暂不能预约2027年的日期',
    ]);
    expect(await refusal('B', '2026-02-30')).toEqual([
      'DATE_INVALID',
      '日期不正确，请按“年-月-日”填写，如 2026-10-08',
    ]);
    expect((await refusal('B', 'tomorrow'))[0]).toBe('DATE_INVALID');
    expect((await refusal('Z', '2026-10-08'))[0]).toBe('CATEGORY_NOT_FOUND');
    const tooMany = await gql(stack.app, CALENDAR, {
      hall: HALL,
      category: 'B',
      from: '2026-10-01',
      days: 32,
    });
    expect([codeOf(tooMany), tooMany.errors?.[0]?.message]).toEqual([
      'BAD_USER_INPUT',
      '一次可查询1到31天',
    ]);
    const badFrom = await gql(stack.app, CALENDAR, {
      hall: HALL,
      category: 'B',
      from: '2026-13-01',
      days: 7,
    });
    expect(codeOf(badFrom)).toBe('DATE_INVALID');
    expect(badFrom.errors?.[0]?.extensions?.field).toBe('from');
  });

  it('opens the Saturday-morning 延时服务 for 综合受理 only', async () => {
    await setClock('2026-11-02T10:00:00+08:00');
    const a = await calendar('A', '2026-11-07', 2);
    const b = await calendar('B', '2026-11-07', 2);
    expect(a.days.map((day) => [day.state, day.remaining])).toEqual([
      ['OPEN', 6 * 10],
      ['CLOSED', null],
    ]);
    expect(b.days.map((day) => day.state)).toEqual(['CLOSED', 'CLOSED']);
  });

  it('refuses 2027 until its holidays are published, across the year end', async () => {
    await setClock('2026-12-24T09:00:00+08:00');
    const view = await calendar('A', '2026-12-28', 8);
    expect(view.horizonEnd).toBe('2026-12-31');
    expect(states(view.days)).toEqual({
      '2026-12-28': 'OPEN',
      '2026-12-29': 'OPEN',
      '2026-12-30': 'OPEN',
      '2026-12-31': 'OPEN',
      '2027-01-01': 'NO_HOLIDAY_DATA',
      '2027-01-02': 'NO_HOLIDAY_DATA',
      '2027-01-03': 'NO_HOLIDAY_DATA',
      '2027-01-04': 'NO_HOLIDAY_DATA',
    });
    expect(view.days[4].dayKind).toBeNull();
    const [{ n }] = await stack.app.dataSource.query<{ n: number | string }[]>(
      "SELECT COUNT(*) AS n FROM appointment_slot WHERE date >= '2027-01-01'",
    );
    expect(Number(n)).toBe(0);

    // An admin enters 2027 as the State Council publishes it: not bookable before publishing.
    const entered = await gql<{ upsertHoliday: Record<string, unknown> }>(
      stack.app,
      UPSERT_HOLIDAY,
      { input: { date: '2027-01-01', kind: 'HOLIDAY', name: '元旦' } },
      admin,
    );
    expect(data(entered).upsertHoliday).toEqual({
      date: '2027-01-01',
      kind: 'HOLIDAY',
      name: '元旦',
      source: 'admin',
    });
    expect(data(await gql(stack.app, HOLIDAY_YEAR, { year: 2027 }))).toEqual({
      holidayYear: {
        year: 2027,
        published: false,
        holidays: [{ date: '2027-01-01', kind: 'HOLIDAY', name: '元旦', source: 'admin' }],
      },
    });
    expect((await calendar('A', '2026-12-31', 2)).days[1].state).toBe('NO_HOLIDAY_DATA');

    const empty = await gql(stack.app, PUBLISH_YEAR, { year: 2028 }, admin);
    expect(codeOf(empty)).toBe('HOLIDAY_YEAR_EMPTY');
    const published = await gql<{ publishHolidayYear: { published: boolean } }>(
      stack.app,
      PUBLISH_YEAR,
      { year: 2027 },
      admin,
    );
    expect(data(published).publishHolidayYear.published).toBe(true);
    const after = await calendar('A', '2026-12-31', 5);
    expect(after.days.map((day) => [day.date, day.state, day.holidayName])).toEqual([
      ['2026-12-31', 'OPEN', null],
      ['2027-01-01', 'HOLIDAY', '元旦'],
      ['2027-01-02', 'OPEN', null], // an ordinary Saturday: 综合受理's 延时服务
      ['2027-01-03', 'CLOSED', null],
      ['2027-01-04', 'OPEN', null],
    ]);
    expect(after.horizonEnd).toBe('2027-01-05');
  });

  it('applies closures, extra days and 延时服务 evenings, also to materialized slots', async () => {
    // 09-30 is released and read: its B slots exist.
    const before = data(await slots('B', '2026-09-30')).bookingSlots.slots;
    expect(before).toHaveLength(14);

    const closed = data(
      await addException({ date: '2026-09-30', categoryCode: 'B', kind: 'CLOSED' }),
    );
    const closedDay = await calendar('B', '2026-09-30', 1);
    expect(closedDay.days[0].state).toBe('CLOSED');
    expect(codeOf(await slots('B', '2026-09-30'))).toBe('DATE_CLOSED');
    expect((await slotRows('2026-09-30', 'B')).every((row) => row.status === 'CLOSED')).toBe(true);
    // Other categories are untouched.
    expect((await calendar('C', '2026-09-30', 1)).days[0].state).toBe('OPEN');

    const removed = await gql(
      stack.app,
      REMOVE_EXCEPTION,
      { id: closed.addScheduleException.id },
      admin,
    );
    expect(data(removed)).toEqual({ removeScheduleException: true });
    const reopened = data(await slots('B', '2026-09-30')).bookingSlots.slots;
    // The same rows, open again: bookings made before the closure keep their slot.
    expect(reopened.map((slot) => slot.id)).toEqual(before.map((slot) => slot.id));

    // 延时服务: four evening slots of 5 for 综合受理 on 09-29.
    data(
      await addException({
        date: '2026-09-29',
        categoryCode: 'A',
        kind: 'EVENING',
        startTime: '17:00',
        endTime: '19:00',
        capacity: 5,
        reason: '延时服务',
      }),
    );
    const evening = data(await slots('A', '2026-09-29')).bookingSlots.slots;
    expect(evening).toHaveLength(18);
    expect(evening.slice(14).map((slot) => [slot.startTime, slot.capacity, slot.evening])).toEqual([
      ['17:00', 5, true],
      ['17:30', 5, true],
      ['18:00', 5, true],
      ['18:30', 5, true],
    ]);

    // An extra Sunday morning for the whole hall, and the afternoon of 10-09 closed.
    data(
      await addException({
        date: '2026-10-11',
        kind: 'EXTRA_DAY',
        startTime: '09:00',
        endTime: '12:00',
      }),
    );
    data(
      await addException({
        date: '2026-10-09',
        kind: 'CLOSED',
        startTime: '13:00',
        endTime: '17:00',
      }),
    );
    const week = await calendar('D', '2026-10-09', 3);
    expect(week.days.map((day) => [day.date, day.state, day.capacity])).toEqual([
      ['2026-10-09', 'OPEN', 6 * 10],
      ['2026-10-10', 'OPEN', 14 * 10],
      ['2026-10-11', 'OPEN', 6 * 10],
    ]);

    // Bad exceptions.
    const noTimes = await addException({ date: '2026-10-12', kind: 'EVENING' });
    expect([codeOf(noTimes), noTimes.errors?.[0]?.message]).toEqual([
      'SCHEDULE_EXCEPTION_INVALID',
      '延时服务需要填写开始时间和结束时间',
    ]);
    const badTime = await addException({
      date: '2026-10-12',
      kind: 'EVENING',
      startTime: '17:00',
      endTime: '25:00',
    });
    expect(codeOf(badTime)).toBe('TIME_INVALID');
    expect(codeOf(await addException({ date: '2026-09-27', kind: 'CLOSED' }))).toBe('DATE_IN_PAST');
    expect(
      codeOf(await addException({ date: '2026-10-12', kind: 'CLOSED', categoryCode: 'Z' })),
    ).toBe('CATEGORY_NOT_FOUND');
  });

  it('lets only hall admins edit, and hall admins only their own hall', async () => {
    const staff = await staffToken(stack.app, 'STAFF_SZ');
    const otherHall = await gql(
      stack.app,
      ADD_EXCEPTION,
      { input: { hallCode: 'SZ-ST-DGY', date: '2026-10-12', kind: 'CLOSED', reason: '测试' } },
      admin,
    );
    expect([codeOf(otherHall), otherHall.errors?.[0]?.message]).toEqual([
      'FORBIDDEN',
      '只能调整本大厅的排班',
    ]);
    expect(codeOf(await addException({ date: '2026-10-12', kind: 'CLOSED' }, staff))).toBe(
      'FORBIDDEN',
    );
    const anonymous = await gql(stack.app, ADD_EXCEPTION, {
      input: { hallCode: HALL, date: '2026-10-12', kind: 'CLOSED', reason: '测试' },
    });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(
      codeOf(
        await gql(
          stack.app,
          UPSERT_HOLIDAY,
          { input: { date: '2026-10-12', kind: 'HOLIDAY', name: '测试' } },
          staff,
        ),
      ),
    ).toBe('FORBIDDEN');
    // A system admin may edit any hall that takes bookings.
    const system = await staffToken(stack.app, 'SYSTEM_ADMIN');
    const added = data(
      await addException({ date: '2026-10-12', kind: 'CLOSED', categoryCode: 'H' }, system),
    );
    const removedByOther = await gql(
      stack.app,
      REMOVE_EXCEPTION,
      { id: added.addScheduleException.id },
      staff,
    );
    expect(codeOf(removedByOther)).toBe('FORBIDDEN');
    expect(
      data(await gql(stack.app, REMOVE_EXCEPTION, { id: added.addScheduleException.id }, admin)),
    ).toEqual({ removeScheduleException: true });
  });

  it('a holiday entered for a released day closes its slots; deleting it reopens them', async () => {
    const open = data(await slots('E', '2026-10-12')).bookingSlots.slots;
    expect(open).toHaveLength(14);
    data(
      await gql(
        stack.app,
        UPSERT_HOLIDAY,
        { input: { date: '2026-10-12', kind: 'HOLIDAY', name: '临时调整' } },
        admin,
      ),
    );
    expect(await slots('E', '2026-10-12').then(codeOf)).toBe('DATE_HOLIDAY');
    expect((await slotRows('2026-10-12', 'E')).every((row) => row.status === 'CLOSED')).toBe(true);
    data(await gql(stack.app, DELETE_HOLIDAY, { date: '2026-10-12' }, admin));
    const again = data(await slots('E', '2026-10-12')).bookingSlots.slots;
    expect(again.map((slot) => slot.id)).toEqual(open.map((slot) => slot.id));
    expect(codeOf(await gql(stack.app, DELETE_HOLIDAY, { date: '2026-10-12' }, admin))).toBe(
      'NOT_FOUND',
    );
  });

  it('gives items and themes the category a booking from their page starts with', async () => {
    const item = await gql<{
      serviceItem: { businessCategory: string; bookingCategoryCode: string };
    }>(
      stack.app,
      '{ serviceItem(code: "370103-XK-01012") { businessCategory bookingCategoryCode } }',
    );
    const { businessCategory, bookingCategoryCode } = data(item).serviceItem;
    expect(bookingCategoryCode).toBe(businessCategory);
    const theme = async (code: string) =>
      data(
        await gql<{ theme: { bookingCategoryCode: string } }>(
          stack.app,
          `{ theme(code: "${code}") { bookingCategoryCode } }`,
        ),
      ).theme.bookingCategoryCode;
    expect(await theme('YJS-KFD')).toBe('B');
    expect(await theme('YJS-KZS')).toBe('A');
    expect(await theme('YJS-ESFJY')).toBe('D');
  });

  it('materializes each slot once when two instances and many calls race for a day', async () => {
    const second = await startTestApp({
      database: stack.database,
      env: { APPROVAL_BASE_URL: stack.sim.url, TEST_CLOCK_ALLOWED: '1' },
    });
    try {
      // Days nobody has read yet: Thursday 5 and Friday 6 November, seen on Monday 2 November.
      await setClock('2026-11-02T09:00:00+08:00', true, stack.app);
      await setClock('2026-11-02T09:00:00+08:00', true, second);
      // Ten materializers (five per instance, bypassing each instance's single-flight) at once.
      const materializers = [stack.app, second].flatMap((app) =>
        Array.from(
          { length: 5 },
          () =>
            new SlotMaterializer(
              app.app.get(DataSource),
              app.app.get(BookingCalendarRepository),
              app.app.get(Clock),
            ),
        ),
      );
      const results = await Promise.all(
        materializers.map((materializer) => materializer.sync(HALL, '2026-11-05')),
      );
      const planned = (await materializers[0].plan(HALL, '2026-11-05')).length;
      expect(planned).toBe(8 * 14);
      expect(results.reduce((sum, result) => sum + result.inserted, 0)).toBe(planned);
      const [{ n, distinct_keys: keys }] = await stack.app.dataSource.query<
        { n: number; distinct_keys: number }[]
      >(
        `SELECT COUNT(*) AS n, COUNT(DISTINCT ${
          stack.database.dialect === 'mysql'
            ? "CONCAT(category_code, '|', start_time)"
            : "category_code || '|' || start_time"
        }) AS distinct_keys FROM appointment_slot WHERE hall_code = ? AND date = ?`,
        [HALL, '2026-11-05'],
      );
      expect([Number(n), Number(keys)]).toEqual([planned, planned]);

      // And through the API: 20 first reads of a fresh day on both instances see the same slots.
      const reads = await Promise.all(
        Array.from({ length: 20 }, (_, i) => slots('G', '2026-11-06', i % 2 ? second : stack.app)),
      );
      const ids = reads.map((body) =>
        data(body)
          .bookingSlots.slots.map((slot) => slot.id)
          .join(','),
      );
      expect(new Set(ids).size).toBe(1);
      expect(await slotRows('2026-11-06', 'G')).toHaveLength(14);
    } finally {
      await second.stop();
    }
  });

  it('takes exactly the capacity with the booking step’s atomic statement, even at once', async () => {
    const [slot] = data(await slots('F', '2026-09-29')).bookingSlots.slots;
    expect(slot.capacity).toBe(6);
    const take = async () => {
      const runner = stack.app.dataSource.createQueryRunner();
      try {
        const result = await runner.query(
          "UPDATE appointment_slot SET booked = booked + 1, version = version + 1 WHERE id = ? AND status = 'OPEN' AND booked < capacity",
          [slot.id],
          true,
        );
        return result.affected ?? 0;
      } finally {
        await runner.release();
      }
    };
    const taken = await Promise.all(Array.from({ length: 30 }, take));
    expect(taken.filter((affected) => affected === 1)).toHaveLength(6);
    const after = data(await slots('F', '2026-09-29')).bookingSlots.slots[0];
    expect(after).toMatchObject({ id: slot.id, remaining: 0, state: 'FULL' });
    // The CHECK constraint refuses more than the capacity, whatever a statement tries.
    await expect(
      stack.app.dataSource.query('UPDATE appointment_slot SET booked = capacity + 1 WHERE id = ?', [
        slot.id,
      ]),
    ).rejects.toThrow();
    const [row] = await stack.app.dataSource.query<{ booked: number; version: number }[]>(
      'SELECT booked, version FROM appointment_slot WHERE id = ?',
      [slot.id],
    );
    expect([Number(row.booked), Number(row.version)]).toEqual([6, 6]);
  });

  it('tells the booking step whether a slot may be booked now', async () => {
    const service = stack.app.app.get(BookingCalendarService);
    const refusal = (id: string) =>
      service.bookableSlot(id).then(
        () => 'OK',
        (error: AppError) => error.code,
      );
    const [first, second] = data(await slots('D', '2026-09-29')).bookingSlots.slots;
    const bookable = await service.bookableSlot(second.id);
    expect(bookable.slot).toMatchObject({ id: second.id, categoryCode: 'D', date: '2026-09-29' });
    expect(bookable.startsAt.toISOString()).toBe('2026-09-29T01:30:00.000Z');
    expect(bookable.endsAt.toISOString()).toBe('2026-09-29T02:00:00.000Z');
    expect(bookable.settings.cancelCutoffMinutes).toBe(60);

    await setClock('2026-09-29T09:10:00+08:00');
    expect(await refusal(first.id)).toBe('DATE_IN_PAST');
    expect(await refusal(second.id)).toBe('OK');
    const closure = data(
      await addException({
        date: '2026-09-29',
        categoryCode: 'D',
        kind: 'CLOSED',
        startTime: '09:30',
        endTime: '10:00',
      }),
    );
    expect(await refusal(second.id)).toBe('DATE_CLOSED');
    data(await gql(stack.app, REMOVE_EXCEPTION, { id: closure.addScheduleException.id }, admin));
    expect(await refusal(second.id)).toBe('OK');
    expect(await refusal('00000000-0000-4000-8000-000000000000')).toBe('NOT_FOUND');
    // 09-29 opened at 08:00 on 09-18, 7 working days before (counting make-up Sunday 09-20).
    await setClock('2026-09-18T07:59:00+08:00');
    expect(await refusal(second.id)).toBe('DATE_NOT_RELEASED');
    await setClock('2026-09-18T08:00:00+08:00');
    expect(await refusal(second.id)).toBe('OK');
  });

  it('refuses the test clock unless TEST_CLOCK_ALLOWED=1, and always in production', async () => {
    expect(stack.app.app.get(Clock)).toBeInstanceOf(AdjustableClock);
    const environments: Record<string, string>[] = [
      {},
      {
        NODE_ENV: 'production',
        PII_ENCRYPTION_KEY: 'ab'.repeat(32),
        SESSION_SECRET: 'a-production-secret-of-at-least-32-characters',
      },
    ];
    for (const env of environments) {
      const app = await startTestApp({
        database: stack.database,
        env: { APPROVAL_BASE_URL: stack.sim.url, ...env },
      });
      try {
        const body = await gql(app, SET_CLOCK, { at: '2026-09-28T09:00:00+08:00', frozen: true });
        expect([codeOf(body), body.errors?.[0]?.message]).toEqual([
          'FORBIDDEN',
          '测试时钟只在测试环境中可用',
        ]);
      } finally {
        await app.stop();
      }
    }
  });
});
