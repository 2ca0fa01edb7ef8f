import { randomUUID } from 'node:crypto';
import { codeOf, gql, idNumber } from './identity-fixtures';
import type { GraphqlBody, TestApp } from './test-app';

/** Settings for tests that drive the clock and the background jobs themselves. */
export const APPOINTMENT_TEST_ENV = {
  TEST_CLOCK_ALLOWED: '1',
  OUTBOX_POLL_INTERVAL_MS: '0',
  NO_SHOW_SWEEP_INTERVAL_MS: '0',
  AUTH_RATE_LIMIT_PER_SUBJECT: '100000',
  AUTH_RATE_LIMIT_PER_IP: '100000',
  SMS_RATE_LIMIT_PER_PHONE_PER_HOUR: '100',
  FAMILY_ADD_RATE_LIMIT_PER_DAY: '1000',
};

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '建华秀英明远桂兰立新志强丽娟海燕国庆玉梅晓东春';

/** A valid, distinct ID number and Chinese name for person number `n` (0 ≤ n < 16 800). */
export function syntheticPerson(n: number, salt = 0): { name: string; idNumber: string } {
  const m = n + salt;
  const year = 1950 + (m % 50);
  const month = String(1 + (Math.floor(m / 50) % 12)).padStart(2, '0');
  const day = String(1 + (Math.floor(m / 600) % 28)).padStart(2, '0');
  const sequence = String(m % 1000).padStart(3, '0');
  const name = `${SURNAMES[m % 20]}${GIVEN[Math.floor(m / 20) % 20]}${GIVEN[Math.floor(m / 400) % 20]}`;
  return { name, idNumber: idNumber(`${year}${month}${day}`, sequence) };
}

export interface Citizen {
  token: string;
  userId: string;
  name: string;
  idNumber: string;
}

/** A new citizen through the API: WeChat login (fake adapter) and real name. */
export async function newCitizen(app: TestApp, person: { name: string; idNumber: string }) {
  const login = await gql<{ loginWithWechat: { accessToken: string; user: { id: string } } }>(
    app,
    'mutation ($c: String!) { loginWithWechat(code: $c) { accessToken user { id } } }',
    { c: `wx-${randomUUID()}` },
  );
  if (!login.data) throw new Error(`login failed: ${login.raw}`);
  const { accessToken, user } = login.data.loginWithWechat;
  const realName = await gql(
    app,
    'mutation ($i: RealNameInput!) { submitRealName(input: $i) { id } }',
    { i: person },
    accessToken,
  );
  if (realName.errors) throw new Error(`real name failed: ${realName.raw}`);
  return { token: accessToken, userId: user.id, ...person } satisfies Citizen;
}

/** `count` new citizens, `parallel` at a time. */
export async function newCitizens(
  app: TestApp,
  count: number,
  salt: number,
  parallel = 10,
): Promise<Citizen[]> {
  const citizens: Citizen[] = new Array<Citizen>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        const i = next;
        next += 1;
        citizens[i] = await newCitizen(app, syntheticPerson(i, salt));
      }
    }),
  );
  return citizens;
}

export const SET_CLOCK = `mutation ($at: String, $frozen: Boolean!) {
  setTestClock(at: $at, frozen: $frozen) { now }
}`;

/** Sets the app's clock (frozen by default) to a Shanghai local time like 2026-09-28T09:00. */
export async function setClock(app: TestApp, local: string, frozen = true): Promise<void> {
  const body = await gql(app, SET_CLOCK, { at: `${local}:00+08:00`, frozen });
  if (body.errors) throw new Error(`setTestClock failed: ${body.raw}`);
}

export interface SlotInfo {
  id: string;
  startTime: string;
  endTime: string;
  capacity: number;
  remaining: number;
  state: string;
}

/** The slots of a released day (materialized by this read). */
export async function slotsOf(
  app: TestApp,
  category: string,
  date: string,
  hall = 'SZ-HALL',
): Promise<SlotInfo[]> {
  const body = await gql<{ bookingSlots: { slots: SlotInfo[] } }>(
    app,
    `query ($h: String!, $c: String!, $d: String!) {
      bookingSlots(hallCode: $h, categoryCode: $c, date: $d) {
        slots { id startTime endTime capacity remaining state }
      }
    }`,
    { h: hall, c: category, d: date },
  );
  if (!body.data) throw new Error(`bookingSlots ${category} ${date} failed: ${body.raw}`);
  return body.data.bookingSlots.slots;
}

/** The slot starting at `start` of a released day. */
export async function slotAt(
  app: TestApp,
  category: string,
  date: string,
  start: string,
): Promise<SlotInfo> {
  const slot = (await slotsOf(app, category, date)).find((s) => s.startTime === start);
  if (!slot) throw new Error(`no ${category} slot at ${date} ${start}`);
  return slot;
}

export const APPOINTMENT_FIELDS = `id hallCode hallName categoryCode categoryName zoneName date
  startTime endTime startsAt endsAt status statusLabel subjectMaskedName bookedByMe canCancel
  cancelDeadline checkInOpensAt checkInClosesAt canCheckIn checkInCode createdAt cancelledAt
  checkedInAt actedBy { actorMaskedName subjectMaskedName relation forSelf summary }`;

export const BOOK = `mutation ($i: BookAppointmentInput!) {
  bookAppointment(input: $i) {
    replayed
    reminderTemplates { purpose templateId title }
    appointment { ${APPOINTMENT_FIELDS} }
  }
}`;

export interface AppointmentView {
  id: string;
  hallCode: string;
  hallName: string;
  categoryCode: string;
  categoryName: string;
  zoneName: string;
  date: string;
  startTime: string;
  endTime: string;
  startsAt: string;
  endsAt: string;
  status: string;
  statusLabel: string;
  subjectMaskedName: string;
  bookedByMe: boolean;
  canCancel: boolean;
  cancelDeadline: string;
  checkInOpensAt: string;
  checkInClosesAt: string;
  canCheckIn: boolean;
  checkInCode: string | null;
  createdAt: string;
  cancelledAt: string | null;
  checkedInAt: string | null;
  actedBy: {
    actorMaskedName: string;
    subjectMaskedName: string;
    relation: string | null;
    forSelf: boolean;
    summary: string;
  };
}

export interface BookPayload {
  replayed: boolean;
  reminderTemplates: { purpose: string; templateId: string; title: string }[];
  appointment: AppointmentView;
}

export type Body<T> = GraphqlBody<T> & { raw: string };

export function book(
  app: TestApp,
  token: string,
  input: {
    slotId: string;
    familyMemberId?: string | null;
    categoryCode?: string | null;
    idempotencyKey?: string;
  },
): Promise<Body<{ bookAppointment: BookPayload }>> {
  return gql<{ bookAppointment: BookPayload }>(
    app,
    BOOK,
    { i: { idempotencyKey: randomUUID(), ...input } },
    token,
  );
}

/** Books and returns the appointment; throws on an error. */
export async function mustBook(
  app: TestApp,
  token: string,
  input: Parameters<typeof book>[2],
): Promise<AppointmentView> {
  const body = await book(app, token, input);
  if (!body.data) throw new Error(`booking failed (${String(codeOf(body))}): ${body.raw}`);
  return body.data.bookAppointment.appointment;
}

/** The slot's counter as the database has it. */
export async function bookedOf(app: TestApp, slotId: string): Promise<number> {
  const rows = await app.dataSource.query<{ booked: number | string }[]>(
    'SELECT booked FROM appointment_slot WHERE id = ?',
    [slotId],
  );
  return Number(rows[0]?.booked);
}

/** How many rows a table has. */
export async function countRows(app: TestApp, table: string, where = '1 = 1'): Promise<number> {
  const rows = await app.dataSource.query<{ n: number | string }[]>(
    `SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`,
  );
  return Number(rows[0]?.n);
}
