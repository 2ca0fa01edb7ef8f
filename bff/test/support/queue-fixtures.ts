import { randomUUID } from 'node:crypto';
import { APPOINTMENT_TEST_ENV, type Body } from './appointment-fixtures';
import { codeOf, gql } from './identity-fixtures';
import type { TestApp } from './test-app';

/** Settings for queue tests: the clock can be set, no background jobs, no rate limits. */
export const QUEUE_TEST_ENV = { ...APPOINTMENT_TEST_ENV, STAFF_PASSWORD_SCRYPT_LOG_N: '12' };

export const HALL = 'SZ-HALL';
/** The hall's coordinates (GCJ-02) as seeded. */
export const HALL_LOCATION = { latitude: 36.636905, longitude: 117.006431 };
/** 综合受理 windows 1–12 serve A only; 101–116 serve A and H; 127–132 (绿色通道) all. */
export const windowCode = (number: number) => `${HALL}-W${String(number).padStart(3, '0')}`;

export const TICKET_FIELDS = `id hallCode categoryCode categoryName number serviceDate priority
  status source ahead estimatedWait { minMinutes maxMinutes } windowCode windowNumber windowLabel
  zoneName takenAt calledAt completedAt requeued canCancel canRequeue subjectName
  actedBy { actorMaskedName subjectMaskedName relation forSelf summary }`;

export interface TicketView {
  id: string;
  hallCode: string;
  categoryCode: string;
  categoryName: string;
  number: string;
  serviceDate: string;
  priority: string;
  status: string;
  source: string;
  ahead: number | null;
  estimatedWait: { minMinutes: number; maxMinutes: number } | null;
  windowCode: string | null;
  windowNumber: number | null;
  windowLabel: string | null;
  zoneName: string | null;
  takenAt: string;
  calledAt: string | null;
  completedAt: string | null;
  requeued: boolean;
  canCancel: boolean;
  canRequeue: boolean;
  subjectName: string | null;
  actedBy: { summary: string; subjectMaskedName: string } | null;
}

export const CONSOLE_FIELDS = `code hallCode number label zoneName status categoryCodes
  allowedCategoryCodes servedToday currentTicket { ${TICKET_FIELDS} }
  heldTickets { ${TICKET_FIELDS} }
  waiting { code waitingCount openWindowCount estimatedWait { minMinutes maxMinutes } }`;

export interface ConsoleView {
  code: string;
  hallCode: string;
  number: number;
  label: string;
  zoneName: string;
  status: string;
  categoryCodes: string[];
  allowedCategoryCodes: string[];
  servedToday: number;
  currentTicket: TicketView | null;
  heldTickets: TicketView[];
  waiting: {
    code: string;
    waitingCount: number;
    openWindowCount: number;
    estimatedWait: { minMinutes: number; maxMinutes: number } | null;
  }[];
}

const TAKE = `mutation ($i: TakeQueueTicketInput!) { takeQueueTicket(input: $i) { ${TICKET_FIELDS} } }`;

export interface TakeInput {
  hallCode?: string;
  categoryCode: string;
  doorCode?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  elderlyPriority?: boolean;
  idempotencyKey?: string;
}

export function take(
  app: TestApp,
  token: string,
  input: TakeInput,
): Promise<Body<{ takeQueueTicket: TicketView }>> {
  return gql<{ takeQueueTicket: TicketView }>(
    app,
    TAKE,
    { i: { hallCode: HALL, idempotencyKey: randomUUID(), ...input } },
    token,
  );
}

/** Takes a ticket (door code by default) and returns it; throws on an error. */
export async function mustTake(app: TestApp, token: string, input: TakeInput): Promise<TicketView> {
  const body = await take(app, token, input);
  if (!body.data) throw new Error(`take failed (${String(codeOf(body))}): ${body.raw}`);
  return body.data.takeQueueTicket;
}

/** The hall's current door code (QR content), as its staff's screen shows it. */
export async function doorCode(app: TestApp, staffToken: string, hall = HALL): Promise<string> {
  const body = await gql<{ hallDoorQr: { content: string } }>(
    app,
    'query ($h: String!) { hallDoorQr(hallCode: $h) { content } }',
    { h: hall },
    staffToken,
  );
  if (!body.data) throw new Error(`hallDoorQr failed: ${body.raw}`);
  return body.data.hallDoorQr.content;
}

/** Runs a window mutation (e.g. callNextTicket) and returns the body. */
export function windowOp(
  app: TestApp,
  staffToken: string,
  operation: string,
  window: string,
  extra: { args?: string; variables?: Record<string, unknown> } = {},
): Promise<Body<Record<string, ConsoleView>>> {
  const args = extra.args ? `, ${extra.args}` : '';
  const types = Object.keys(extra.variables ?? {})
    .map((name) => `, $${name}: ${VARIABLE_TYPES[name] ?? 'String'}`)
    .join('');
  return gql<Record<string, ConsoleView>>(
    app,
    `mutation ($w: String!${types}) { ${operation}(windowCode: $w${args}) { ${CONSOLE_FIELDS} } }`,
    { w: window, ...extra.variables },
    staffToken,
  );
}

const VARIABLE_TYPES: Record<string, string> = {
  c: '[String!]',
  t: 'ID!',
  i: 'TransferTicketInput!',
};

/** A window mutation that must succeed: returns the console. */
export async function mustWindowOp(
  app: TestApp,
  staffToken: string,
  operation: string,
  window: string,
  extra: { args?: string; variables?: Record<string, unknown> } = {},
): Promise<ConsoleView> {
  const body = await windowOp(app, staffToken, operation, window, extra);
  if (!body.data) throw new Error(`${operation} failed (${String(codeOf(body))}): ${body.raw}`);
  return body.data[operation];
}

export const openWindow = (app: TestApp, token: string, window: string, categories?: string[]) =>
  mustWindowOp(app, token, 'openServiceWindow', window, {
    args: 'categoryCodes: $c',
    variables: { c: categories ?? null },
  });

/** Calls the next ticket at a window and returns the called ticket. */
export async function callNext(app: TestApp, token: string, window: string): Promise<TicketView> {
  const console = await mustWindowOp(app, token, 'callNextTicket', window);
  if (!console.currentTicket) throw new Error('no current ticket after callNextTicket');
  return console.currentTicket;
}

export async function myTickets(app: TestApp, token: string): Promise<TicketView[]> {
  const body = await gql<{ myQueueTickets: TicketView[] }>(
    app,
    `{ myQueueTickets { ${TICKET_FIELDS} } }`,
    {},
    token,
  );
  if (!body.data) throw new Error(`myQueueTickets failed: ${body.raw}`);
  return body.data.myQueueTickets;
}

/** Issues a green-channel ticket as staff and returns it. */
export async function greenChannel(
  app: TestApp,
  token: string,
  categoryCode: string,
  reason = '行动不便的残疾人',
): Promise<TicketView> {
  const body = await gql<{ issueGreenChannelTicket: TicketView }>(
    app,
    `mutation ($h: String!, $c: String!, $r: String!) {
      issueGreenChannelTicket(hallCode: $h, categoryCode: $c, reason: $r) { ${TICKET_FIELDS} }
    }`,
    { h: HALL, c: categoryCode, r: reason },
    token,
  );
  if (!body.data) throw new Error(`green channel failed: ${body.raw}`);
  return body.data.issueGreenChannelTicket;
}

/** The serials of a hall's tickets of a category and day, as the database has them. */
export async function serialsOf(
  app: TestApp,
  categoryCode: string,
  serviceDate: string,
): Promise<number[]> {
  const rows = await app.dataSource.query<{ serial: number | string }[]>(
    'SELECT serial FROM queue_ticket WHERE hall_code = ? AND serial_category_code = ? AND service_date = ? ORDER BY serial',
    [HALL, categoryCode, serviceDate],
  );
  return rows.map((row) => Number(row.serial));
}

/** 1…n */
export const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
