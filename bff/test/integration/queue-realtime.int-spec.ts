import { OutboxWorker } from '../../src/outbox/outbox.worker';
import { QueueEvents } from '../../src/queue/queue-events';
import { QueueLiveViews } from '../../src/queue/realtime/queue-live-views';
import { QueueNoticePlanner } from '../../src/queue/realtime/queue-notice-planner';
import { queueNoticeDedupeKey } from '../../src/queue/realtime/queue-notices';
import { type FakeSubscribeMessageAdapter } from '../../src/subscribe-messages/fake-subscribe-message.adapter';
import { SUBSCRIBE_MESSAGE_ADAPTER } from '../../src/subscribe-messages/subscribe-message.adapter';
import { useAppWithSimulator } from '../support/app-with-simulator';
import {
  newCitizen,
  setClock,
  syntheticPerson,
  type Citizen,
} from '../support/appointment-fixtures';
import { gql } from '../support/identity-fixtures';
import {
  HALL,
  QUEUE_TEST_ENV,
  callNext,
  doorCode,
  mustTake,
  mustWindowOp,
  openWindow,
  windowCode,
  type TicketView,
} from '../support/queue-fixtures';
import { demoSession } from '../support/staff-fixtures';
import { createTestDatabase, startTestApp, type TestApp } from '../support/test-app';
import { outcomeOf, wsClient, type WsTestClient } from '../support/ws-client';

/** Tuesday 29 September 2026, a working day. */
const DAY = '2026-09-29';

const TICKET_SUB = `subscription ($id: ID!) {
  queueTicketChanged(id: $id) {
    id number status ahead windowCode windowNumber windowLabel
    estimatedWait { minMinutes maxMinutes }
  }
}`;
type LiveTicket = Pick<
  TicketView,
  'id' | 'number' | 'status' | 'ahead' | 'windowCode' | 'windowNumber' | 'windowLabel'
>;
type TicketEvent = { queueTicketChanged: LiveTicket };

const BOARD_SUB = `subscription ($h: String!) {
  queueBoardChanged(hallCode: $h) { hallCode calls { number windowNumber windowLabel } waiting { code waitingCount } }
}`;
type BoardEvent = {
  queueBoardChanged: {
    hallCode: string;
    calls: { number: string; windowNumber: number; windowLabel: string }[];
    waiting: { code: string; waitingCount: number }[];
  };
};

const WINDOW_SUB = `subscription ($w: String!) {
  serviceWindowChanged(windowCode: $w) { code status currentTicket { number } waiting { code waitingCount } }
}`;
type WindowEvent = {
  serviceWindowChanged: {
    code: string;
    status: string;
    currentTicket: { number: string } | null;
    waiting: { code: string; waitingCount: number }[];
  };
};

describe('the queue, live over graphql-ws (one instance)', () => {
  const stack = useAppWithSimulator(QUEUE_TEST_ENV);
  let staff: string;
  let door: string;
  let people = 0;
  const clients: WsTestClient[] = [];
  const connect = (token?: string) => {
    const client = wsClient(stack.app.url, token);
    clients.push(client);
    return client;
  };
  const citizen = (): Promise<Citizen> =>
    newCitizen(stack.app, syntheticPerson(40 + people++ * 7, 7100));

  beforeAll(async () => {
    staff = (await demoSession(stack.app, 'STAFF_SZ')).accessToken;
    await setClock(stack.app, `${DAY}T09:05`);
    door = await doorCode(stack.app, staff);
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  it('pushes my position when someone ahead is called, and the window when I am called', async () => {
    const window = windowCode(1);
    await openWindow(stack.app, staff, window, ['A']);
    const [first, second, me] = await Promise.all([citizen(), citizen(), citizen()]);
    await mustTake(stack.app, first.token, { categoryCode: 'A', doorCode: door });
    await mustTake(stack.app, second.token, { categoryCode: 'A', doorCode: door });
    const mine = await mustTake(stack.app, me.token, { categoryCode: 'A', doorCode: door });

    const live = connect(me.token).subscribe<TicketEvent>(TICKET_SUB, { id: mine.id });
    // First the current state: two ahead.
    expect(await live.next()).toMatchObject({
      kind: 'next',
      data: { queueTicketChanged: { id: mine.id, status: 'WAITING', ahead: 2 } },
    });

    expect((await callNext(stack.app, staff, window)).number).toBe('A001');
    expect(await live.until((d) => d.queueTicketChanged.ahead === 1)).toBeTruthy();

    await mustWindowOp(stack.app, staff, 'completeTicket', window);
    await callNext(stack.app, staff, window);
    await live.until((d) => d.queueTicketChanged.ahead === 0);

    await mustWindowOp(stack.app, staff, 'completeTicket', window);
    const called = await callNext(stack.app, staff, window);
    expect(called.id).toBe(mine.id);
    const atWindow = await live.until((d) => d.queueTicketChanged.status === 'CALLED');
    expect(atWindow.queueTicketChanged).toMatchObject({
      number: mine.number,
      ahead: null,
      windowCode: window,
      windowNumber: 1,
      windowLabel: called.windowLabel,
    });

    // Completed: the last view, then the stream ends.
    await mustWindowOp(stack.app, staff, 'completeTicket', window);
    await live.until((d) => d.queueTicketChanged.status === 'COMPLETED');
    expect(await live.next()).toEqual({ kind: 'complete' });
  });

  it('lets only the ticket’s owner watch it: others are told it does not exist', async () => {
    const [owner, other] = await Promise.all([citizen(), citizen()]);
    const ticket = await mustTake(stack.app, owner.token, { categoryCode: 'D', doorCode: door });
    const stranger = await connect(other.token).subscribe(TICKET_SUB, { id: ticket.id }).next();
    expect(outcomeOf(stranger, 'queueTicketChanged')).toBe('NOT_FOUND');
    expect(JSON.stringify(stranger)).not.toContain(ticket.number);
    const anonymous = await connect().subscribe(TICKET_SUB, { id: ticket.id }).next();
    expect(outcomeOf(anonymous, 'queueTicketChanged')).toBe('UNAUTHENTICATED');
    const staffEvent = await connect(staff).subscribe(TICKET_SUB, { id: ticket.id }).next();
    expect(outcomeOf(staffEvent, 'queueTicketChanged')).toBe('FORBIDDEN');
  });

  it('pushes the display board to anyone and a window’s console to its hall’s staff', async () => {
    const window = windowCode(128);
    await openWindow(stack.app, staff, window, ['C']);
    const taker = await citizen();

    const board = connect().subscribe<BoardEvent>(BOARD_SUB, { h: HALL });
    const consoleLive = connect(staff).subscribe<WindowEvent>(WINDOW_SUB, { w: window });
    const initialBoard = await board.until(() => true);
    expect(initialBoard.queueBoardChanged.hallCode).toBe(HALL);
    expect((await consoleLive.until(() => true)).serviceWindowChanged).toMatchObject({
      code: window,
      status: 'OPEN',
      currentTicket: null,
    });

    const ticket = await mustTake(stack.app, taker.token, { categoryCode: 'C', doorCode: door });
    await consoleLive.until((d) =>
      d.serviceWindowChanged.waiting.some((q) => q.code === 'C' && q.waitingCount === 1),
    );
    await callNext(stack.app, staff, window);
    // (The test clock is frozen: every call has the same time, so look for it, not at the top.)
    const afterCall = await board.until((d) =>
      d.queueBoardChanged.calls.some((call) => call.number === ticket.number),
    );
    expect(afterCall.queueBoardChanged.calls).toContainEqual(
      expect.objectContaining({ number: ticket.number, windowNumber: 128 }),
    );
    expect(JSON.stringify(afterCall)).not.toContain(taker.name);
    await consoleLive.until((d) => d.serviceWindowChanged.currentTicket?.number === ticket.number);

    // Subscribers that leave are forgotten.
    const views = stack.app.app.get(QueueLiveViews);
    expect(views.subscriberCount).toBeGreaterThanOrEqual(2);
    board.unsubscribe();
    consoleLive.unsubscribe();
    await waitFor(() => views.subscriberCount === 0);

    const otherHall = (await demoSession(stack.app, 'STAFF_STREET')).accessToken;
    const refused = await connect(otherHall).subscribe(WINDOW_SUB, { w: window }).next();
    expect(outcomeOf(refused, 'serviceWindowChanged')).toBe('FORBIDDEN');
    const unknown = await connect(staff).subscribe(WINDOW_SUB, { w: 'SZ-HALL-W999' }).next();
    expect(outcomeOf(unknown, 'serviceWindowChanged')).toBe('QUEUE_WINDOW_UNKNOWN');
  });

  it('sends 前面还有N人 and 请到N号窗口 once per ticket, only while the app is closed', async () => {
    const fake = stack.app.app.get<FakeSubscribeMessageAdapter>(SUBSCRIBE_MESSAGE_ADAPTER);
    const planner = stack.app.app.get(QueueNoticePlanner);
    const worker = stack.app.app.get(OutboxWorker);
    const deliver = async () => {
      await planner.settled();
      await worker.runOnce();
    };
    const window = windowCode(129);
    await openWindow(stack.app, staff, window, ['B']);
    const [first, closed, open] = await Promise.all([citizen(), citizen(), citizen()]);
    for (const person of [closed, open]) {
      const body = await gql(
        stack.app,
        `mutation ($t: [String!]!) { recordSubscription(templateIds: $t, accepted: $t) { remaining } }`,
        { t: ['fake-tmpl-queue-almost-turn', 'fake-tmpl-queue-called'] },
        person.token,
      );
      expect(body.errors).toBeUndefined();
    }
    await mustTake(stack.app, first.token, { categoryCode: 'B', doorCode: door });
    const closedTicket = await mustTake(stack.app, closed.token, {
      categoryCode: 'B',
      doorCode: door,
    });
    const openTicket = await mustTake(stack.app, open.token, { categoryCode: 'B', doorCode: door });
    // `open` keeps the app open on the ticket.
    const live = connect(open.token).subscribe<TicketEvent>(TICKET_SUB, { id: openTicket.id });
    await live.until(() => true);
    await deliver();

    const sentTo = (ticketId: string) =>
      fake.sent.filter((message) => message.page.endsWith(`?id=${ticketId}`));
    // 1 ahead when taken, app closed: told at once.
    expect(sentTo(closedTicket.id)).toEqual([
      expect.objectContaining({
        templateId: 'fake-tmpl-queue-almost-turn',
        page: `subpackages/queue/pages/ticket/index?id=${closedTicket.id}`,
        data: expect.objectContaining({
          character_string1: closedTicket.number,
          number3: '1',
          thing5: '前面还有1人，请回到大厅等候叫号',
        }),
      }),
    ]);
    // The app is open: not sent, tried again later.
    expect(sentTo(openTicket.id)).toEqual([]);
    const [pending] = await stack.app.dataSource.query<{ status: string; last_error: string }[]>(
      'SELECT status, last_error FROM outbox WHERE dedupe_key = ?',
      [queueNoticeDedupeKey(openTicket.id, 'ALMOST_TURN')],
    );
    expect(pending).toMatchObject({
      status: 'PENDING',
      last_error: expect.stringMatching(/^APP_OPEN/),
    });

    // Someone ahead is called: `closed` moves up but is not told again.
    await callNext(stack.app, staff, window);
    await deliver();
    expect(sentTo(closedTicket.id)).toHaveLength(1);

    await mustWindowOp(stack.app, staff, 'completeTicket', window);
    const called = await callNext(stack.app, staff, window);
    expect(called.id).toBe(closedTicket.id);
    await deliver();
    expect(sentTo(closedTicket.id).map((message) => message.templateId)).toEqual([
      'fake-tmpl-queue-almost-turn',
      'fake-tmpl-queue-called',
    ]);
    expect(sentTo(closedTicket.id)[1]?.data).toMatchObject({
      character_string1: closedTicket.number,
      thing3: called.windowLabel,
      thing4: `请到${called.windowLabel}办理`,
    });

    // `open` is called while watching: seen live, no message.
    await mustWindowOp(stack.app, staff, 'completeTicket', window);
    await callNext(stack.app, staff, window);
    await live.until((d) => d.queueTicketChanged.status === 'CALLED');
    await deliver();
    expect(sentTo(openTicket.id)).toEqual([]);
    const rows = await stack.app.dataSource.query<
      { dedupe_key: string; status: string; last_error: string | null }[]
    >(
      'SELECT dedupe_key, status, last_error FROM outbox WHERE dedupe_key LIKE ? ORDER BY dedupe_key',
      [`queue-notice:${openTicket.id}:%`],
    );
    expect(rows).toEqual([
      expect.objectContaining({ dedupe_key: queueNoticeDedupeKey(openTicket.id, 'ALMOST_TURN') }),
      {
        dedupe_key: queueNoticeDedupeKey(openTicket.id, 'CALLED'),
        status: 'SKIPPED',
        last_error: 'APP_OPEN',
      },
    ]);
  });

  it('plans a notice once even when two instances see the same change at once', async () => {
    const second = await startTestApp({
      database: stack.database,
      env: { APPROVAL_BASE_URL: stack.sim.url, ...QUEUE_TEST_ENV },
    });
    try {
      await setClock(second, `${DAY}T09:05`);
      const taker = await citizen();
      const ticket = await mustTake(stack.app, taker.token, { categoryCode: 'E', doorCode: door });
      await stack.app.app.get(QueueNoticePlanner).settled();
      // Planned when taken (nobody ahead): forget it, as if this change were the first to see it.
      const key = queueNoticeDedupeKey(ticket.id, 'ALMOST_TURN');
      await stack.app.dataSource.query('DELETE FROM outbox WHERE dedupe_key = ?', [key]);
      const change = {
        hallCode: HALL,
        serviceDate: DAY,
        categoryCodes: ['E'],
        ticketIds: [ticket.id],
        windowCode: null,
        kind: 'CANCELLED' as const,
      };
      // Both instances plan from the same change, concurrently.
      for (let round = 0; round < 3; round += 1) {
        stack.app.app.get(QueueEvents).emit(change);
        second.app.get(QueueEvents).emit(change);
      }
      await Promise.all([
        stack.app.app.get(QueueNoticePlanner).settled(),
        second.app.get(QueueNoticePlanner).settled(),
      ]);
      const [row] = await stack.app.dataSource.query<{ n: number | string }[]>(
        'SELECT COUNT(*) AS n FROM outbox WHERE dedupe_key = ?',
        [key],
      );
      expect(Number(row?.n)).toBe(1);
    } finally {
      await second.stop();
    }
  });
});

const redisUrl = process.env.TEST_REDIS_URL;
const describeIfRedis = redisUrl ? describe : describe.skip;

describeIfRedis('the queue, live across two instances (Redis pub/sub)', () => {
  it('a window’s call on instance 1 reaches a subscriber connected to instance 2', async () => {
    const database = await createTestDatabase();
    const env = { ...QUEUE_TEST_ENV, REDIS_URL: redisUrl ?? '' };
    const apps: TestApp[] = [];
    const clients: WsTestClient[] = [];
    try {
      apps.push(await startTestApp({ database, env }));
      apps.push(await startTestApp({ database, env }));
      const [one, two] = apps as [TestApp, TestApp];
      for (const app of apps) await setClock(app, `${DAY}T09:05`);
      const staff = (await demoSession(one, 'STAFF_SZ')).accessToken;
      const door = await doorCode(one, staff);
      const window = windowCode(2);
      await openWindow(one, staff, window, ['A']);
      const [ahead, me] = [
        await newCitizen(one, syntheticPerson(11, 7200)),
        await newCitizen(two, syntheticPerson(12, 7200)),
      ];
      await mustTake(one, ahead.token, { categoryCode: 'A', doorCode: door });
      const mine = await mustTake(two, me.token, { categoryCode: 'A', doorCode: door });

      const client = wsClient(two.url, me.token);
      clients.push(client);
      const live = client.subscribe<TicketEvent>(TICKET_SUB, { id: mine.id });
      expect(await live.until(() => true)).toMatchObject({ queueTicketChanged: { ahead: 1 } });

      await callNext(one, staff, window);
      await live.until((d) => d.queueTicketChanged.ahead === 0);
      await mustWindowOp(one, staff, 'completeTicket', window);
      const called = await callNext(one, staff, window);
      const seen = await live.until((d) => d.queueTicketChanged.status === 'CALLED');
      expect(seen.queueTicketChanged).toMatchObject({
        id: mine.id,
        windowCode: window,
        windowNumber: 2,
        windowLabel: called.windowLabel,
      });
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
      for (const app of apps) await app.stop();
      await database.drop();
    }
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !condition(); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  if (!condition()) throw new Error('condition not met within 10 s');
}
