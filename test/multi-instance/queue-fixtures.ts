import { randomBytes } from 'node:crypto';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import { type HttpGraphql, inParallel } from '../support/graphql-clients';
import { withCheckCharacter } from '../support/id-number';

/** Monday 2026-09-28, 09:00 in Shanghai: a working day inside the hall's office hours. */
export const OFFICE_HOURS_NOW = '2026-09-28T09:00:00+08:00';
export const SERVICE_DATE = '2026-09-28';
export const HALL = 'SZ-HALL';

/** GB 11643: a valid, distinct ID number and a name for person `n` (n < 16 800). */
export function person(n: number): { name: string; idNumber: string } {
  // Born 1960–1999: under 70 on the test day, so nobody is offered the elderly priority.
  const year = 1960 + (n % 40);
  const month = String(1 + (Math.floor(n / 40) % 12)).padStart(2, '0');
  const day = String(1 + (Math.floor(n / 480) % 28)).padStart(2, '0');
  const first17 = `370103${year}${month}${day}${String(n % 1000).padStart(3, '0')}`;
  const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
  const given = '建华秀英明远桂兰立新志强丽娟海燕国庆玉梅晓东春';
  return {
    name: `${surnames[n % 20]}${given[Math.floor(n / 20) % 20]}${given[Math.floor(n / 400) % 20]}`,
    idNumber: withCheckCharacter(first17),
  };
}

/** Sets the test clock of every instance (each BFF process has its own). */
export async function setClockEverywhere(clients: HttpGraphql[], at: string): Promise<void> {
  for (const client of clients) {
    await client.data(
      'mutation ($at: String) { setTestClock(at: $at, frozen: false) { shanghai } }',
      { at },
    );
  }
}

export interface Citizen {
  index: number;
  accessToken: string;
  userId: string;
}

/**
 * `count` signed-in citizens with a verified identity, through the API as the app makes them
 * (WeChat login with the fake adapter, then 实名: name + ID number), alternating between the
 * instances, `parallel` at a time.
 */
export async function makeCitizens(
  clients: HttpGraphql[],
  count: number,
  parallel = 16,
  first = 0,
): Promise<Citizen[]> {
  const citizens = new Array<Citizen>(count);
  const run = randomBytes(4).toString('hex');
  await inParallel(count, parallel, async (i) => {
    const client = clients[i % clients.length];
    const login = await client.data<{
      loginWithWechat: { accessToken: string; user: { id: string } };
    }>('mutation ($c: String!) { loginWithWechat(code: $c) { accessToken user { id } } }', {
      c: `mi-${run}-${first + i}`,
    });
    const { accessToken, user } = login.loginWithWechat;
    await client.data(
      'mutation ($i: RealNameInput!) { submitRealName(input: $i) { id } }',
      { i: person(first + i) },
      accessToken,
    );
    citizens[i] = { index: first + i, accessToken, userId: user.id };
  });
  return citizens;
}

export interface HallLocation {
  latitude: number;
  longitude: number;
}

export async function hallLocation(client: HttpGraphql): Promise<HallLocation> {
  const data = await client.data<{ mainHall: { code: string } & HallLocation }>(
    '{ mainHall { code latitude longitude } }',
  );
  if (data.mainHall.code !== HALL) throw new Error(`main hall is ${data.mainHall.code}`);
  return { latitude: data.mainHall.latitude, longitude: data.mainHall.longitude };
}

export const TAKE_TICKET = `mutation Take($input: TakeQueueTicketInput!) {
  takeQueueTicket(input: $input) { id number status categoryCode serviceDate }
}`;

export interface TakenTicket {
  id: string;
  number: string;
  status: string;
  categoryCode: string;
  serviceDate: string;
}

/** The variables of a remote take (远程取号) at the hall's own coordinates. */
export function takeInput(
  at: HallLocation,
  categoryCode: string,
  idempotencyKey = randomBytes(12).toString('hex'),
) {
  return {
    input: {
      hallCode: HALL,
      categoryCode,
      latitude: at.latitude,
      longitude: at.longitude,
      idempotencyKey,
    },
  };
}

/** 'A', 3 → ['A001', 'A002', 'A003'] */
export function expectedNumbers(categoryCode: string, count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `${categoryCode}${String(i + 1).padStart(3, '0')}`,
  );
}

export interface TicketRow {
  id: string;
  serial: number;
  number: string;
  owner_user_id: string | null;
  status: string;
}

/** The category's tickets of the day, read from the table (not through the API), by serial. */
export async function ticketRows(
  pool: Pool,
  categoryCode: string,
  serviceDate = SERVICE_DATE,
): Promise<TicketRow[]> {
  const [rows] = await pool.query<(RowDataPacket & TicketRow)[]>(
    `SELECT id, serial, number, owner_user_id, status FROM queue_ticket
      WHERE hall_code = ? AND serial_category_code = ? AND service_date = ? ORDER BY serial`,
    [HALL, categoryCode, serviceDate],
  );
  return rows.map((row) => ({ ...row, serial: Number(row.serial) }));
}

/** The category's counter of the day (last serial issued), or null when it has none. */
export async function counterRow(
  pool: Pool,
  categoryCode: string,
  serviceDate = SERVICE_DATE,
): Promise<number | null> {
  const [rows] = await pool.query<RowDataPacket[]>(
    'SELECT last_serial FROM queue_counter WHERE hall_code = ? AND category_code = ? AND service_date = ?',
    [HALL, categoryCode, serviceDate],
  );
  return rows.length === 0 ? null : Number(rows[0].last_serial);
}
