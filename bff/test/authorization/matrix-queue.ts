import { shanghaiDateOf } from '@shizhong/domain';
import type { MatrixEntry } from './matrix';
import { anyone, citizens, hallAdmins, staff, type Role } from './roles';
import { unique, type World } from './world';

/**
 * The rows of the queue's queries and mutations (issue 7). The matrix runs at the real time, so:
 * citizens take tickets in category H, which an all-day extra service day (EXTRA_DAY 00:00–24:00
 * for today, added once by the system admin) keeps open at any hour; the window rows work at
 * window 61 (category F) with green-channel tickets, which staff issue at any hour. Category G
 * is left to the subscription rows (matrix-realtime.ts).
 */

const HALL = 'SZ-HALL';
const CITIZEN_CATEGORY = 'H';
const CONSOLE_CATEGORY = 'F';
const CONSOLE_WINDOW = 'SZ-HALL-W061';
const TRANSFER_WINDOW = 'SZ-HALL-W062';
/** Serves A and H; opened for H only to call and skip a ticket of A's. */
const SKIP_WINDOW = 'SZ-HALL-W116';
const HALL_X_STAFF: Role[] = ['staffHallX', 'hallAdminX', 'systemAdmin'];
const CITIZEN_ROLES = ['citizenA', 'citizenB', 'familyOfA'] as const;

interface TicketRef {
  id: string;
  status: string;
  categoryCode: string;
}

interface ConsoleRef {
  status: string;
  currentTicket: { id: string } | null;
  heldTickets: { id: string }[];
}

async function must<T>(
  world: World,
  role: Role,
  document: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const body = await world.call<T>(role, document, variables);
  if (body.errors || !body.data)
    throw new Error(`queue matrix set-up as ${role} failed: ${body.raw}`);
  return body.data;
}

const openAllDay = new WeakMap<World, Promise<void>>();

/** Today is an extra service day 00:00–24:00 for category H, so citizens can take at any hour. */
function openTodayAllDay(world: World): Promise<void> {
  let opened = openAllDay.get(world);
  if (!opened) {
    opened = must<unknown>(
      world,
      'systemAdmin',
      'mutation ($i: ScheduleExceptionInput!) { addScheduleException(input: $i) { id } }',
      {
        i: {
          hallCode: HALL,
          date: shanghaiDateOf(new Date()),
          categoryCode: CITIZEN_CATEGORY,
          kind: 'EXTRA_DAY',
          startTime: '00:00',
          endTime: '24:00',
          reason: '权限矩阵测试：全天取号',
        },
      },
    ).then(() => undefined);
    openAllDay.set(world, opened);
  }
  return opened;
}

async function doorCode(world: World): Promise<string> {
  const data = await must<{ hallDoorQr: { content: string } }>(
    world,
    'staffHallX',
    `{ hallDoorQr(hallCode: "${HALL}") { content } }`,
  );
  return data.hallDoorQr.content;
}

/** Cancels the role's tickets of category H that can be cancelled (the one-per-category rule). */
async function cancelCitizenTickets(world: World, role: Role): Promise<void> {
  const body = await world.call<{ myQueueTickets: TicketRef[] }>(
    role,
    '{ myQueueTickets { id status categoryCode } }',
  );
  for (const ticket of body.data?.myQueueTickets ?? []) {
    if (ticket.categoryCode !== CITIZEN_CATEGORY) continue;
    if (!['WAITING', 'HELD', 'SKIPPED'].includes(ticket.status)) continue;
    await world.call(role, 'mutation ($id: ID!) { cancelQueueTicket(id: $id) { id } }', {
      id: ticket.id,
    });
  }
}

async function takeInput(world: World): Promise<Record<string, unknown>> {
  await openTodayAllDay(world);
  return {
    i: {
      hallCode: HALL,
      categoryCode: CITIZEN_CATEGORY,
      doorCode: await doorCode(world),
      idempotencyKey: `matrix-${unique()}`,
    },
  };
}

/** A new WAITING ticket of citizen A's (category H); hall X's staff may see it at a window. */
async function ticketOfA(world: World): Promise<string> {
  await cancelCitizenTickets(world, 'citizenA');
  const data = await must<{ takeQueueTicket: { id: string } }>(
    world,
    'citizenA',
    'mutation ($i: TakeQueueTicketInput!) { takeQueueTicket(input: $i) { id } }',
    await takeInput(world),
  );
  const { id } = data.takeQueueTicket;
  world.markers.set(id, new Set<Role>(['citizenA', ...HALL_X_STAFF]));
  return id;
}

/** A ticket of A's that was called and skipped (过号), not re-queued yet. */
async function skippedTicketOfA(world: World): Promise<string> {
  const id = await ticketOfA(world);
  const skipWindow = (operation: string, args = '') =>
    must<Record<string, { currentTicket: { id: string } | null }>>(
      world,
      'staffHallX',
      `mutation { ${operation}(windowCode: "${SKIP_WINDOW}"${args}) { currentTicket { id } } }`,
    );
  await skipWindow('openServiceWindow', `, categoryCodes: ["${CITIZEN_CATEGORY}"]`);
  const called = await skipWindow('callNextTicket');
  if (called.callNextTicket.currentTicket?.id !== id) {
    throw new Error('the skip window called another ticket than A’s');
  }
  await skipWindow('skipTicket');
  await skipWindow('closeServiceWindow');
  return id;
}

/** A green-channel ticket of category F (no owner); only hall X's staff see it. */
async function greenChannelTicket(world: World): Promise<string> {
  const data = await must<{ issueGreenChannelTicket: { id: string } }>(
    world,
    'staffHallX',
    `mutation { issueGreenChannelTicket(hallCode: "${HALL}", categoryCode: "${CONSOLE_CATEGORY}", reason: "权限矩阵测试") { id } }`,
  );
  const { id } = data.issueGreenChannelTicket;
  world.markers.set(id, new Set<Role>(HALL_X_STAFF));
  return id;
}

const CONSOLE_FIELDS = 'status currentTicket { id } heldTickets { id }';

async function consoleOp(world: World, operation: string, args = ''): Promise<ConsoleRef> {
  const data = await must<Record<string, ConsoleRef>>(
    world,
    'staffHallX',
    `mutation { ${operation}(windowCode: "${CONSOLE_WINDOW}"${args}) { ${CONSOLE_FIELDS} } }`,
  );
  return data[operation];
}

/**
 * Window 61 open for F with nothing on hold, and with a current ticket (`current`) or free.
 * Returns the current ticket's id.
 */
async function consoleReady(world: World, current: boolean): Promise<string | null> {
  let state = (
    await must<{ serviceWindowConsole: ConsoleRef }>(
      world,
      'staffHallX',
      `{ serviceWindowConsole(windowCode: "${CONSOLE_WINDOW}") { ${CONSOLE_FIELDS} } }`,
    )
  ).serviceWindowConsole;
  if (state.status !== 'OPEN') {
    state = await consoleOp(world, 'openServiceWindow', `, categoryCodes: ["${CONSOLE_CATEGORY}"]`);
  }
  for (const held of state.heldTickets) {
    if (state.currentTicket) state = await consoleOp(world, 'completeTicket');
    await consoleOp(world, 'resumeTicket', `, ticketId: "${held.id}"`);
    state = await consoleOp(world, 'completeTicket');
  }
  if (current && !state.currentTicket) {
    await greenChannelTicket(world);
    state = await consoleOp(world, 'callNextTicket');
  }
  if (!current && state.currentTicket) state = await consoleOp(world, 'completeTicket');
  return state.currentTicket?.id ?? null;
}

async function currentTicket(world: World): Promise<string> {
  const id = await consoleReady(world, true);
  if (!id) throw new Error('window 61 has no current ticket');
  return id;
}

const CITIZEN_OPERATIONS = new Set([
  'takeQueueTicket',
  'cancelQueueTicket',
  'requeueQueueTicket',
  'queueTicket',
  'myQueueTickets',
]);

/** After a citizen row: every citizen's H tickets cancelled again (one active per category). */
export async function afterQueueRow(world: World, operation: string): Promise<void> {
  if (!CITIZEN_OPERATIONS.has(operation)) return;
  for (const role of CITIZEN_ROLES) await cancelCitizenTickets(world, role);
}

const ownHallStaff = () => staff({ staffOtherHall: 'FORBIDDEN' });

/** A window mutation at window 61, with an extra argument (`declaration` of its variable). */
function windowMutation(operation: string, extra?: { declaration: string; argument: string }) {
  const declaration = extra ? ` (${extra.declaration})` : '';
  const argument = extra ? `, ${extra.argument}` : '';
  return `mutation${declaration} { ${operation}(windowCode: "${CONSOLE_WINDOW}"${argument}) { code status currentTicket { id number subjectName } } }`;
}

export const QUEUE_ROWS: Record<string, MatrixEntry> = {
  queueCategories: {
    document: `{ queueCategories(hallCode: "${HALL}") { code waitingCount estimatedWait { minMinutes } } }`,
    expect: anyone(),
  },
  queueOpenState: {
    document: `{ queueOpenState(hallCode: "${HALL}") { open reason opensAt } }`,
    expect: anyone(),
  },
  queueBoard: {
    document: `{ queueBoard(hallCode: "${HALL}") { hallName calls { number windowLabel } waiting { code } } }`,
    expect: anyone(),
  },
  takeQueueTicket: {
    document:
      'mutation ($i: TakeQueueTicketInput!) { takeQueueTicket(input: $i) { id number status subjectName actedBy { summary } } }',
    // Each citizen takes one for themselves with today's door code (cancelled after each call).
    prepare: async (world, role) => {
      if (role !== 'anonymous') await cancelCitizenTickets(world, role);
      return takeInput(world);
    },
    expect: citizens(),
  },
  myQueueTickets: {
    document: '{ myQueueTickets { id number status ahead subjectName } }',
    // A's ticket is listed for A only.
    prepare: async (world) => {
      await ticketOfA(world);
      return {};
    },
    expect: citizens(),
  },
  queueTicket: {
    document: 'query ($id: ID!) { queueTicket(id: $id) { id number status ahead subjectName } }',
    prepare: async (world) => ({ id: await ticketOfA(world) }),
    expect: citizens({ citizenB: 'NOT_FOUND', familyOfA: 'NOT_FOUND' }),
  },
  cancelQueueTicket: {
    document: 'mutation ($id: ID!) { cancelQueueTicket(id: $id) { id status } }',
    // A fresh ticket of A's: A may cancel it; anyone else is told it does not exist.
    prepare: async (world) => ({ id: await ticketOfA(world) }),
    expect: citizens({ citizenB: 'NOT_FOUND', familyOfA: 'NOT_FOUND' }),
  },
  requeueQueueTicket: {
    document: 'mutation ($id: ID!) { requeueQueueTicket(id: $id) { id status requeued } }',
    // A ticket of A's called and skipped at a window of hall X: A puts it back in the queue.
    prepare: async (world) => ({ id: await skippedTicketOfA(world) }),
    expect: citizens({ citizenB: 'NOT_FOUND', familyOfA: 'NOT_FOUND' }),
  },
  hallDoorQr: {
    document: `{ hallDoorQr(hallCode: "${HALL}") { content validUntil refreshSeconds } }`,
    expect: ownHallStaff(),
  },
  issueGreenChannelTicket: {
    document: `mutation { issueGreenChannelTicket(hallCode: "${HALL}", categoryCode: "${CONSOLE_CATEGORY}", reason: "权限矩阵测试") { id number priority } }`,
    expect: ownHallStaff(),
  },
  setQueueCategoryPaused: {
    // Resuming a category that is not paused: changes nothing, allowed to hall admins only.
    document: `mutation { setQueueCategoryPaused(hallCode: "${HALL}", categoryCode: "C", paused: false) { code paused } }`,
    expect: hallAdmins(),
  },
  serviceWindows: {
    document: `{ serviceWindows(hallCode: "${HALL}") { code status currentTicket { id subjectName } } }`,
    expect: ownHallStaff(),
  },
  serviceWindowConsole: {
    document: `{ serviceWindowConsole(windowCode: "${CONSOLE_WINDOW}") { code status currentTicket { id subjectName } waiting { code waitingCount } } }`,
    expect: ownHallStaff(),
  },
  openServiceWindow: {
    document: windowMutation('openServiceWindow', {
      declaration: '$c: [String!]',
      argument: 'categoryCodes: $c',
    }),
    prepare: () => Promise.resolve({ c: [CONSOLE_CATEGORY] }),
    expect: ownHallStaff(),
  },
  pauseServiceWindow: {
    document: windowMutation('pauseServiceWindow'),
    prepare: async (world) => {
      await consoleReady(world, false);
      return {};
    },
    expect: ownHallStaff(),
  },
  closeServiceWindow: {
    document: windowMutation('closeServiceWindow'),
    prepare: async (world) => {
      await consoleReady(world, false);
      return {};
    },
    expect: ownHallStaff(),
  },
  callNextTicket: {
    document: windowMutation('callNextTicket'),
    // Window 61 open and free, a green-channel ticket waiting.
    prepare: async (world) => {
      await consoleReady(world, false);
      await greenChannelTicket(world);
      return {};
    },
    expect: ownHallStaff(),
  },
  recallTicket: {
    document: windowMutation('recallTicket'),
    prepare: async (world) => {
      await currentTicket(world);
      return {};
    },
    expect: ownHallStaff(),
  },
  skipTicket: {
    document: windowMutation('skipTicket'),
    prepare: async (world) => {
      await currentTicket(world);
      return {};
    },
    expect: ownHallStaff(),
  },
  holdTicket: {
    document: windowMutation('holdTicket'),
    prepare: async (world) => {
      await currentTicket(world);
      return {};
    },
    expect: ownHallStaff(),
  },
  resumeTicket: {
    document: windowMutation('resumeTicket', { declaration: '$t: ID!', argument: 'ticketId: $t' }),
    // A ticket window 61 holds, the window free.
    prepare: async (world) => {
      const id = await currentTicket(world);
      await consoleOp(world, 'holdTicket');
      return { t: id };
    },
    expect: ownHallStaff(),
  },
  completeTicket: {
    document: windowMutation('completeTicket'),
    prepare: async (world) => {
      await currentTicket(world);
      return {};
    },
    expect: ownHallStaff(),
  },
  transferTicket: {
    document: windowMutation('transferTicket', {
      declaration: '$i: TransferTicketInput!',
      argument: 'input: $i',
    }),
    // The current ticket to window 62 (which serves F too).
    prepare: async (world) => ({
      i: { ticketId: await currentTicket(world), toWindowCode: TRANSFER_WINDOW },
    }),
    expect: ownHallStaff(),
  },
};
