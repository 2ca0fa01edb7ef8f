import { maskName } from '@shizhong/domain';
import { useAppWithSimulator } from '../support/app-with-simulator';
import {
  countRows,
  mustBook,
  newCitizen,
  setClock,
  slotAt,
  syntheticPerson,
  type Body,
  type Citizen,
} from '../support/appointment-fixtures';
import { codeOf, gql, wechatToken } from '../support/identity-fixtures';
import {
  HALL,
  HALL_LOCATION,
  QUEUE_TEST_ENV,
  TICKET_FIELDS,
  callNext,
  doorCode,
  greenChannel,
  mustTake,
  mustWindowOp,
  myTickets,
  openWindow,
  serialsOf,
  take,
  windowCode,
  windowOp,
  type TicketView,
} from '../support/queue-fixtures';
import { demoSession } from '../support/staff-fixtures';

/** Working days of 2026 (09:00–12:00, 13:00–17:00), one per test so queues do not mix. */
const NUMBERING_DAY = '2026-09-29';
const NUMBERING_NEXT_DAY = '2026-09-30';
const REFUSALS_DAY = '2026-10-08';
const CONSOLE_DAY = '2026-10-09';
const POLICY_DAY = '2026-10-12';
const CHECK_IN_DAY = '2026-10-13';
const WAIT_DAY = '2026-10-14';
const SCOPE_DAY = '2026-10-15';

const ONE_TICKET = `query ($id: ID!) { queueTicket(id: $id) { ${TICKET_FIELDS} } }`;
const CANCEL = `mutation ($id: ID!) { cancelQueueTicket(id: $id) { ${TICKET_FIELDS} } }`;
const REQUEUE = `mutation ($id: ID!) { requeueQueueTicket(id: $id) { ${TICKET_FIELDS} } }`;
const CATEGORIES = `query ($h: String!) {
  queueCategories(hallCode: $h) {
    hallCode code name zoneName waitingCount openWindowCount paused pausedReason
    estimatedWait { minMinutes maxMinutes }
  }
}`;
const PAUSE = `mutation ($h: String!, $c: String!, $p: Boolean!, $r: String) {
  setQueueCategoryPaused(hallCode: $h, categoryCode: $c, paused: $p, reason: $r) { code paused pausedReason }
}`;
const OPEN_STATE =
  'query ($h: String!) { queueOpenState(hallCode: $h) { open reason opensAt closesAt } }';
const BOARD = `query ($h: String!) {
  queueBoard(hallCode: $h) {
    hallCode hallName calls { number windowLabel windowNumber zoneName calledAt }
    waiting { code waitingCount }
  }
}`;

function refusal(body: Body<unknown>): { code: unknown; message: string | undefined } {
  return { code: codeOf(body), message: body.errors?.[0]?.message };
}

describe('queue tickets: taking, numbering, the window console, positions and waits', () => {
  const stack = useAppWithSimulator(QUEUE_TEST_ENV);
  let staff: string;
  let admin: string;
  let people = 0;

  /** A new citizen with a real name: born 1950 (76 in 2026) with `elderly`, else in the 1980s. */
  const citizen = (elderly = false): Promise<Citizen> => {
    people += 1;
    return newCitizen(stack.app, syntheticPerson(elderly ? people * 50 : 30 + people * 50, 7000));
  };
  const clock = (local: string) => setClock(stack.app, local);
  const ticketRows = () => countRows(stack.app, 'queue_ticket');
  const serialSum = async () => {
    const rows = await stack.app.dataSource.query<{ n: number | string | null }[]>(
      'SELECT SUM(last_serial) AS n FROM queue_counter',
    );
    return Number(rows[0]?.n ?? 0);
  };
  const byId = async (token: string, id: string) =>
    (await gql<{ queueTicket: TicketView }>(stack.app, ONE_TICKET, { id }, token)).data
      ?.queueTicket;

  beforeAll(async () => {
    staff = (await demoSession(stack.app, 'STAFF_SZ')).accessToken;
    admin = (await demoSession(stack.app, 'HALL_ADMIN_SZ')).accessToken;
  });

  it('numbers each hall, category and day from 001, without gaps', async () => {
    await clock(`${NUMBERING_DAY}T09:05`);
    const door = await doorCode(stack.app, staff);
    const [a, b, c] = [await citizen(), await citizen(), await citizen()];
    const first = await mustTake(stack.app, a.token, { categoryCode: 'B', doorCode: door });
    expect(first).toMatchObject({
      number: 'B001',
      hallCode: HALL,
      categoryCode: 'B',
      categoryName: '开办企业',
      serviceDate: NUMBERING_DAY,
      priority: 'NORMAL',
      status: 'WAITING',
      source: 'DOOR_QR',
      subjectName: maskName(a.name),
      canCancel: true,
      canRequeue: false,
      windowNumber: null,
    });
    expect(first.actedBy?.summary).toContain(maskName(a.name));
    const second = await mustTake(stack.app, b.token, { categoryCode: 'B', doorCode: door });
    expect(second.number).toBe('B002');
    expect((await mustTake(stack.app, c.token, { categoryCode: 'C', doorCode: door })).number).toBe(
      'C001',
    );
    // A cancelled ticket keeps its number; the next one goes on.
    expect(
      (await gql<{ cancelQueueTicket: TicketView }>(stack.app, CANCEL, { id: second.id }, b.token))
        .data?.cancelQueueTicket.status,
    ).toBe('CANCELLED');
    expect((await mustTake(stack.app, b.token, { categoryCode: 'B', doorCode: door })).number).toBe(
      'B003',
    );

    await clock(`${NUMBERING_NEXT_DAY}T09:05`);
    const nextDoor = await doorCode(stack.app, staff);
    expect(
      (await mustTake(stack.app, a.token, { categoryCode: 'B', doorCode: nextDoor })).number,
    ).toBe('B001');
    expect(await serialsOf(stack.app, 'B', NUMBERING_DAY)).toEqual([1, 2, 3]);
    expect(await serialsOf(stack.app, 'B', NUMBERING_NEXT_DAY)).toEqual([1]);
  });

  it('refuses every bad take with its code and a Chinese message, writing nothing', async () => {
    await clock(`${REFUSALS_DAY}T09:00`);
    const early = await doorCode(stack.app, staff);
    await clock(`${REFUSALS_DAY}T10:00`);
    const door = await doorCode(stack.app, staff);
    const street = (await demoSession(stack.app, 'STAFF_STREET')).accessToken;
    const otherHallDoor = await doorCode(stack.app, street, 'SZ-ST-DGY');
    const young = await citizen();
    const holder = await citizen();
    const held = await mustTake(stack.app, holder.token, { categoryCode: 'A', doorCode: door });
    const rows = await ticketRows();
    const serials = await serialSum();

    const cases: [string, Promise<Body<unknown>>, string, RegExp][] = [
      [
        'forged door code',
        take(stack.app, young.token, {
          categoryCode: 'A',
          doorCode: door.slice(0, -4) + (door.endsWith('AAAA') ? 'BBBB' : 'AAAA'),
        }),
        'QUEUE_DOOR_CODE_INVALID',
        /取号二维码无效或已过期/,
      ],
      [
        'expired door code (an hour old)',
        take(stack.app, young.token, { categoryCode: 'A', doorCode: early }),
        'QUEUE_DOOR_CODE_INVALID',
        /无效或已过期/,
      ],
      [
        'another hall’s door code',
        take(stack.app, young.token, { categoryCode: 'A', doorCode: otherHallDoor }),
        'QUEUE_DOOR_CODE_INVALID',
        /其他大厅的取号码/,
      ],
      [
        'remote without a location',
        take(stack.app, young.token, { categoryCode: 'A' }),
        'QUEUE_LOCATION_REQUIRED',
        /需要获取您的位置/,
      ],
      [
        'remote 5.5 km away',
        take(stack.app, young.token, {
          categoryCode: 'A',
          latitude: HALL_LOCATION.latitude + 0.05,
          longitude: HALL_LOCATION.longitude,
        }),
        'QUEUE_TOO_FAR',
        /约5\.6公里.*2\.0公里范围内/,
      ],
      [
        'a second ticket in the category',
        take(stack.app, holder.token, { categoryCode: 'A', doorCode: door }),
        'QUEUE_TICKET_ACTIVE_EXISTS',
        new RegExp(`已有一张排队中的号（${held.number}）`),
      ],
      [
        'an unknown category',
        take(stack.app, young.token, { categoryCode: 'Z', doorCode: door }),
        'QUEUE_CATEGORY_UNKNOWN',
        /未找到业务类别“Z”/,
      ],
      [
        'elderly priority under 70',
        take(stack.app, young.token, { categoryCode: 'A', doorCode: door, elderlyPriority: true }),
        'QUEUE_ELDERLY_NOT_ELIGIBLE',
        /年满70周岁/,
      ],
      [
        'an unknown hall',
        take(stack.app, young.token, {
          hallCode: 'NO-SUCH-HALL',
          categoryCode: 'A',
          doorCode: door,
        }),
        'HALL_NOT_FOUND',
        /未找到该服务大厅/,
      ],
      [
        'no real name',
        take(stack.app, await wechatToken(stack.app, 'wx-queue-no-real-name'), {
          categoryCode: 'A',
          doorCode: door,
        }),
        'REAL_NAME_REQUIRED',
        /实名认证/,
      ],
    ];
    for (const [what, call, code, message] of cases) {
      const body = await call;
      expect({ what, ...refusal(body) }).toEqual({
        what,
        code,
        message: expect.stringMatching(message),
      });
    }

    // Outside the hours of a working day, on a holiday, on a Sunday, and a category that does
    // not work on Saturday (A has 延时服务 on Saturday mornings).
    const closed: [string, string, string, RegExp][] = [
      [`${REFUSALS_DAY}T12:30`, 'A', 'QUEUE_OUTSIDE_OFFICE_HOURS', /09:00—12:00、13:00—17:00/],
      [`${REFUSALS_DAY}T17:00`, 'A', 'QUEUE_OUTSIDE_OFFICE_HOURS', /现在不在取号时间内/],
      ['2026-10-01T10:00', 'A', 'QUEUE_HALL_CLOSED', /国庆节假期，大厅不办公/],
      ['2026-10-11T10:00', 'A', 'QUEUE_HALL_CLOSED', /周末，大厅不办公/],
      ['2026-10-17T10:00', 'B', 'QUEUE_HALL_CLOSED', /不办理“开办企业”业务/],
    ];
    for (const [at, category, code, message] of closed) {
      await clock(at);
      const nowDoor = await doorCode(stack.app, staff);
      const body = await take(stack.app, young.token, {
        categoryCode: category,
        doorCode: nowDoor,
      });
      expect({ at, ...refusal(body) }).toEqual({
        at,
        code,
        message: expect.stringMatching(message),
      });
    }
    expect(await ticketRows()).toBe(rows);
    expect(await serialSum()).toBe(serials);
    await clock('2026-10-17T10:00');
    const saturday = await mustTake(stack.app, young.token, {
      categoryCode: 'A',
      doorCode: await doorCode(stack.app, staff),
    });
    expect(saturday.number).toBe('A001');
    await gql(stack.app, CANCEL, { id: saturday.id }, young.token);
    const rowsNow = await ticketRows();

    // A paused category, with the admin's reason; staff other than the hall admin cannot pause.
    await clock(`${REFUSALS_DAY}T10:00`);
    expect(
      codeOf(await gql(stack.app, PAUSE, { h: HALL, c: 'E', p: true, r: '系统升级' }, staff)),
    ).toBe('FORBIDDEN');
    const paused = await gql<{ setQueueCategoryPaused: { paused: boolean } }>(
      stack.app,
      PAUSE,
      { h: HALL, c: 'E', p: true, r: '系统升级' },
      admin,
    );
    expect(paused.data?.setQueueCategoryPaused).toEqual({
      code: 'E',
      paused: true,
      pausedReason: '系统升级',
    });
    expect(
      refusal(await take(stack.app, young.token, { categoryCode: 'E', doorCode: door })),
    ).toEqual({
      code: 'QUEUE_CATEGORY_PAUSED',
      message: '“税务”暂停取号（系统升级），请稍后再试或咨询大厅工作人员',
    });
    expect(await ticketRows()).toBe(rowsNow);

    await gql(stack.app, PAUSE, { h: HALL, c: 'E', p: false }, admin);
    expect(
      (await mustTake(stack.app, young.token, { categoryCode: 'E', doorCode: door })).number,
    ).toBe('E001');
  });

  it('accepts the door code of this period and the previous one, or a location near the hall', async () => {
    await clock(`${REFUSALS_DAY}T14:00`);
    const door = await doorCode(stack.app, staff);
    await clock(`${REFUSALS_DAY}T14:06`);
    const [a, b, elder] = [await citizen(), await citizen(), await citizen(true)];
    expect(await mustTake(stack.app, a.token, { categoryCode: 'F', doorCode: door })).toMatchObject(
      {
        source: 'DOOR_QR',
        number: 'F001',
      },
    );
    const near = await mustTake(stack.app, b.token, {
      categoryCode: 'F',
      latitude: HALL_LOCATION.latitude + 0.005,
      longitude: HALL_LOCATION.longitude,
    });
    expect(near).toMatchObject({ source: 'REMOTE', number: 'F002' });
    const old = await mustTake(stack.app, elder.token, {
      categoryCode: 'F',
      doorCode: await doorCode(stack.app, staff),
      elderlyPriority: true,
    });
    expect(old).toMatchObject({ priority: 'ELDERLY', number: 'F003' });

    // A retried take (same key) returns the same ticket; the key with other input is refused.
    const key = 'queue-retry-key-0001';
    const again = await take(stack.app, b.token, {
      categoryCode: 'G',
      doorCode: await doorCode(stack.app, staff),
      idempotencyKey: key,
    });
    const retried = await take(stack.app, b.token, {
      categoryCode: 'G',
      doorCode: await doorCode(stack.app, staff),
      idempotencyKey: key,
    });
    expect(retried.data?.takeQueueTicket.id).toBe(again.data?.takeQueueTicket.id);
    expect(
      refusal(
        await take(stack.app, b.token, {
          categoryCode: 'H',
          doorCode: await doorCode(stack.app, staff),
          idempotencyKey: key,
        }),
      ),
    ).toEqual({ code: 'IDEMPOTENCY_KEY_REUSED', message: expect.stringMatching(/请求编号/) });
    expect(await serialsOf(stack.app, 'G', REFUSALS_DAY)).toEqual([1]);
  });

  it('runs the window console: open, call, recall, skip and re-queue once, hold, transfer, complete', async () => {
    await clock(`${CONSOLE_DAY}T09:00`);
    const door = await doorCode(stack.app, staff);
    const w1 = windowCode(1);
    const w2 = windowCode(2);
    const w101 = windowCode(101);

    // Closed windows do not call; a window opens only for categories it serves.
    expect(codeOf(await windowOp(stack.app, staff, 'callNextTicket', w1))).toBe(
      'QUEUE_WINDOW_NOT_OPEN',
    );
    expect(
      refusal(
        await windowOp(stack.app, staff, 'openServiceWindow', w1, {
          args: 'categoryCodes: $c',
          variables: { c: ['B'] },
        }),
      ),
    ).toEqual({
      code: 'QUEUE_WINDOW_CATEGORY_MISMATCH',
      message: '1号窗口只能办理以下业务类别：A',
    });
    expect(codeOf(await windowOp(stack.app, staff, 'callNextTicket', `${HALL}-W999`))).toBe(
      'QUEUE_WINDOW_UNKNOWN',
    );
    const opened = await openWindow(stack.app, staff, w1);
    expect(opened).toMatchObject({
      code: w1,
      number: 1,
      label: '1号窗口',
      status: 'OPEN',
      categoryCodes: ['A'],
      allowedCategoryCodes: ['A'],
      currentTicket: null,
      servedToday: 0,
    });
    expect(refusal(await windowOp(stack.app, staff, 'callNextTicket', w1))).toEqual({
      code: 'QUEUE_NO_TICKET_WAITING',
      message: '1号窗口办理的业务当前没有排队等候的号',
    });

    const [p, q, r] = [await citizen(), await citizen(), await citizen()];
    const tp = await mustTake(stack.app, p.token, { categoryCode: 'A', doorCode: door });
    const tq = await mustTake(stack.app, q.token, { categoryCode: 'A', doorCode: door });
    const tr = await mustTake(stack.app, r.token, { categoryCode: 'A', doorCode: door });

    // Call: the citizen sees the window; the console shows the ticket with the name masked.
    await clock(`${CONSOLE_DAY}T09:01`);
    const called = await mustWindowOp(stack.app, staff, 'callNextTicket', w1);
    expect(called.currentTicket).toMatchObject({
      id: tp.id,
      status: 'CALLED',
      windowNumber: 1,
      windowLabel: '1号窗口',
      subjectName: maskName(p.name),
    });
    expect(JSON.stringify(called)).not.toContain(p.name);
    expect(JSON.stringify(called)).not.toContain(p.idNumber);
    expect(await byId(p.token, tp.id)).toMatchObject({
      status: 'CALLED',
      windowNumber: 1,
      zoneName: '综合受理区',
      ahead: null,
      canCancel: false,
    });
    expect(refusal(await windowOp(stack.app, staff, 'callNextTicket', w1))).toEqual({
      code: 'TICKET_STATE_CONFLICT',
      message: `1号窗口正在办理${tp.number}号，请先办结、过号、挂起或转出`,
    });
    expect(codeOf(await gql(stack.app, CANCEL, { id: tp.id }, p.token))).toBe(
      'TICKET_STATE_CONFLICT',
    );

    // Recall: the board shows it on top again.
    await clock(`${CONSOLE_DAY}T09:02`);
    await mustWindowOp(stack.app, staff, 'recallTicket', w1);
    const board = await gql<{
      queueBoard: { calls: { number: string; windowNumber: number; calledAt: string }[] };
    }>(stack.app, BOARD, { h: HALL });
    expect(board.data?.queueBoard.calls[0]).toMatchObject({
      number: tp.number,
      windowNumber: 1,
      calledAt: '2026-10-09T01:02:00.000Z',
    });

    // Skip (过号): the citizen may re-queue once, behind the others.
    const skipped = await mustWindowOp(stack.app, staff, 'skipTicket', w1);
    expect(skipped.currentTicket).toBeNull();
    expect(await byId(p.token, tp.id)).toMatchObject({ status: 'SKIPPED', canRequeue: true });
    const requeued = await gql<{ requeueQueueTicket: TicketView }>(
      stack.app,
      REQUEUE,
      { id: tp.id },
      p.token,
    );
    expect(requeued.data?.requeueQueueTicket).toMatchObject({
      status: 'WAITING',
      requeued: true,
      ahead: 2,
      canRequeue: false,
    });
    expect((await callNext(stack.app, staff, w1)).id).toBe(tq.id);
    await mustWindowOp(stack.app, staff, 'completeTicket', w1);
    expect((await callNext(stack.app, staff, w1)).id).toBe(tr.id);

    // Hold (挂起): the window calls the next, then takes the held one back.
    const holding = await mustWindowOp(stack.app, staff, 'holdTicket', w1);
    expect(holding.heldTickets.map((t) => t.id)).toEqual([tr.id]);
    expect((await callNext(stack.app, staff, w1)).id).toBe(tp.id);
    await mustWindowOp(stack.app, staff, 'skipTicket', w1);
    expect(refusal(await gql(stack.app, REQUEUE, { id: tp.id }, p.token))).toEqual({
      code: 'TICKET_ALREADY_REQUEUED',
      message: `${tp.number}号已经重新排队过一次，请重新取号`,
    });
    const resumed = await mustWindowOp(stack.app, staff, 'resumeTicket', w1, {
      args: 'ticketId: $t',
      variables: { t: tr.id },
    });
    expect(resumed.currentTicket?.id).toBe(tr.id);
    expect(resumed.heldTickets).toEqual([]);

    // Transfer to another category (H): it keeps its number and queue time, and waits there.
    const toH = await mustWindowOp(stack.app, staff, 'transferTicket', w1, {
      args: 'input: $i',
      variables: { i: { ticketId: tr.id, toCategoryCode: 'H' } },
    });
    expect(toH.currentTicket).toBeNull();
    expect(await byId(r.token, tr.id)).toMatchObject({
      status: 'WAITING',
      categoryCode: 'H',
      number: tr.number,
      takenAt: tr.takenAt,
    });
    // W101 serves A and H: it calls it; then it is transferred to window 2 (A), which calls it first.
    await openWindow(stack.app, staff, w101, ['H']);
    expect((await callNext(stack.app, staff, w101)).id).toBe(tr.id);
    expect(
      refusal(
        await windowOp(stack.app, staff, 'transferTicket', w101, {
          args: 'input: $i',
          variables: { i: { ticketId: tr.id, toWindowCode: w2 } },
        }),
      ).code,
    ).toBe('QUEUE_WINDOW_CATEGORY_MISMATCH');
    await mustWindowOp(stack.app, staff, 'transferTicket', w101, {
      args: 'input: $i',
      variables: { i: { ticketId: tr.id, toCategoryCode: 'A', toWindowCode: w2 } },
    });
    const s = await citizen();
    // Window 1 does not call a ticket transferred to window 2.
    const ts = await mustTake(stack.app, s.token, { categoryCode: 'A', doorCode: door });
    expect((await callNext(stack.app, staff, w1)).id).toBe(ts.id);
    await openWindow(stack.app, staff, w2);
    expect((await callNext(stack.app, staff, w2)).id).toBe(tr.id);

    // Complete: the service time (without time on hold) is recorded.
    await clock(`${CONSOLE_DAY}T09:10`);
    const done = await mustWindowOp(stack.app, staff, 'completeTicket', w2);
    expect(done).toMatchObject({ currentTicket: null, servedToday: 1 });
    const [row] = await stack.app.dataSource.query<
      { status: string; service_seconds: number | string }[]
    >('SELECT status, service_seconds FROM queue_ticket WHERE id = ?', [tr.id]);
    expect({ status: row.status, seconds: Number(row.service_seconds) }).toEqual({
      status: 'COMPLETED',
      seconds: 8 * 60,
    });
    expect(await byId(r.token, tr.id)).toMatchObject({ status: 'COMPLETED', canCancel: false });

    // Close: refused while a ticket is at the window; then closed.
    expect(codeOf(await windowOp(stack.app, staff, 'closeServiceWindow', w1))).toBe(
      'TICKET_STATE_CONFLICT',
    );
    await mustWindowOp(stack.app, staff, 'completeTicket', w1);
    expect(await mustWindowOp(stack.app, staff, 'pauseServiceWindow', w1)).toMatchObject({
      status: 'PAUSED',
    });
    expect(codeOf(await windowOp(stack.app, staff, 'callNextTicket', w1))).toBe(
      'QUEUE_WINDOW_NOT_OPEN',
    );
    for (const window of [w1, w2, w101]) {
      expect(await mustWindowOp(stack.app, staff, 'closeServiceWindow', window)).toMatchObject({
        status: 'CLOSED',
        categoryCodes: [],
      });
    }
  });

  it('calls priority tickets first and a normal one after K = 3 priority calls', async () => {
    await clock(`${POLICY_DAY}T09:00`);
    const door = await doorCode(stack.app, staff);
    const window = windowCode(13);
    await openWindow(stack.app, staff, window);
    const normals: TicketView[] = [];
    for (let i = 0; i < 4; i += 1) {
      normals.push(
        await mustTake(stack.app, (await citizen()).token, { categoryCode: 'B', doorCode: door }),
      );
    }
    const priorities = [
      await greenChannel(stack.app, staff, 'B'),
      await mustTake(stack.app, (await citizen(true)).token, {
        categoryCode: 'B',
        doorCode: door,
        elderlyPriority: true,
      }),
      await greenChannel(stack.app, staff, 'B'),
      await greenChannel(stack.app, staff, 'B'),
      await greenChannel(stack.app, staff, 'B'),
    ];
    expect(priorities.map((t) => t.priority)).toEqual([
      'GREEN_CHANNEL',
      'ELDERLY',
      'GREEN_CHANNEL',
      'GREEN_CHANNEL',
      'GREEN_CHANNEL',
    ]);
    expect(priorities[0]).toMatchObject({ source: 'STAFF', subjectName: null, actedBy: null });
    const order: string[] = [];
    for (let i = 0; i < normals.length + priorities.length; i += 1) {
      order.push((await callNext(stack.app, staff, window)).number);
      await mustWindowOp(stack.app, staff, 'completeTicket', window);
    }
    const [n1, n2, n3, n4] = normals.map((t) => t.number);
    const [p1, p2, p3, p4, p5] = priorities.map((t) => t.number);
    expect(order).toEqual([p1, p2, p3, n1, p4, p5, n2, n3, n4]);
    await mustWindowOp(stack.app, staff, 'closeServiceWindow', window);
  });

  it('gives a checked-in appointment a priority ticket in the check-in transaction', async () => {
    await clock(`${POLICY_DAY}T09:00`);
    const booker = await citizen();
    const slot = await slotAt(stack.app, 'D', CHECK_IN_DAY, '10:00');
    const appointment = await mustBook(stack.app, booker.token, { slotId: slot.id });
    await clock(`${CHECK_IN_DAY}T09:40`);
    const walkIn = await mustTake(stack.app, (await citizen()).token, {
      categoryCode: 'D',
      doorCode: await doorCode(stack.app, staff),
    });
    const qr = await gql<{ hallCheckInQr: { token: string } }>(
      stack.app,
      'query ($h: String!) { hallCheckInQr(hallCode: $h) { token } }',
      { h: HALL },
      staff,
    );
    const checkIn = await gql(
      stack.app,
      'mutation ($h: String!, $t: String!) { checkInAppointment(hallCode: $h, qrToken: $t) { id status } }',
      { h: HALL, t: qr.data?.hallCheckInQr.token },
      booker.token,
    );
    expect(checkIn.errors).toBeUndefined();
    const [ticket] = await myTickets(stack.app, booker.token);
    expect(ticket).toMatchObject({
      categoryCode: 'D',
      number: 'D002',
      priority: 'APPOINTMENT',
      source: 'APPOINTMENT',
      status: 'WAITING',
      ahead: 0,
      subjectName: maskName(booker.name),
    });
    const [row] = await stack.app.dataSource.query<{ appointment_id: string }[]>(
      'SELECT appointment_id FROM queue_ticket WHERE id = ?',
      [ticket.id],
    );
    expect(row.appointment_id).toBe(appointment.id);
    expect(await byId((await citizen()).token, ticket.id)).toBeUndefined();
    const window = windowCode(45);
    await openWindow(stack.app, staff, window);
    expect((await callNext(stack.app, staff, window)).id).toBe(ticket.id);
    await mustWindowOp(stack.app, staff, 'completeTicket', window);
    expect((await callNext(stack.app, staff, window)).id).toBe(walkIn.id);
    await mustWindowOp(stack.app, staff, 'completeTicket', window);
    await mustWindowOp(stack.app, staff, 'closeServiceWindow', window);
  });

  it('shows positions and wait ranges from recent service times and open windows', async () => {
    await clock(`${WAIT_DAY}T09:00`);
    const door = await doorCode(stack.app, staff);
    const w25 = windowCode(25);
    const w26 = windowCode(26);
    const people = [await citizen(), await citizen(), await citizen(), await citizen()];
    const tickets: TicketView[] = [];
    for (const person of people) {
      tickets.push(await mustTake(stack.app, person.token, { categoryCode: 'C', doorCode: door }));
    }
    // No window open: positions, but no honest wait.
    expect((await myTickets(stack.app, people[2].token))[0]).toMatchObject({
      ahead: 2,
      estimatedWait: null,
    });
    // One window, no completed ticket yet: 10 minutes each → 2 ahead: 16–26 minutes.
    await openWindow(stack.app, staff, w25);
    expect((await myTickets(stack.app, people[2].token))[0]).toMatchObject({
      ahead: 2,
      estimatedWait: { minMinutes: 16, maxMinutes: 26 },
    });
    // The first is served in 5 minutes: the mean is 300 s.
    await callNext(stack.app, staff, w25);
    await clock(`${WAIT_DAY}T09:05`);
    await mustWindowOp(stack.app, staff, 'completeTicket', w25);
    expect((await myTickets(stack.app, people[2].token))[0]).toMatchObject({
      ahead: 1,
      estimatedWait: { minMinutes: 4, maxMinutes: 7 },
    });
    expect((await myTickets(stack.app, people[1].token))[0]).toMatchObject({
      ahead: 0,
      estimatedWait: { minMinutes: 0, maxMinutes: 0 },
    });
    // A second window halves it; the category shows it too.
    await openWindow(stack.app, staff, w26, ['C']);
    expect((await myTickets(stack.app, people[3].token))[0]).toMatchObject({
      ahead: 2,
      estimatedWait: { minMinutes: 4, maxMinutes: 7 },
    });
    const categories = await gql<{
      queueCategories: { code: string; waitingCount: number; openWindowCount: number }[];
    }>(stack.app, CATEGORIES, { h: HALL });
    expect(categories.data?.queueCategories.find((c) => c.code === 'C')).toMatchObject({
      name: '社保医保',
      waitingCount: 3,
      openWindowCount: 2,
      estimatedWait: { minMinutes: 6, maxMinutes: 10 },
      paused: false,
    });
    const open = await gql<{ queueOpenState: { open: boolean; closesAt: string } }>(
      stack.app,
      OPEN_STATE,
      { h: HALL },
    );
    expect(open.data?.queueOpenState).toEqual({
      open: true,
      reason: null,
      opensAt: '2026-10-14T01:00:00.000Z',
      closesAt: '2026-10-14T04:00:00.000Z',
    });
    for (const window of [w25, w26]) {
      await mustWindowOp(stack.app, staff, 'closeServiceWindow', window);
    }
    await clock(`${WAIT_DAY}T12:30`);
    const lunch = await gql<{ queueOpenState: { open: boolean } }>(stack.app, OPEN_STATE, {
      h: HALL,
    });
    expect(lunch.data?.queueOpenState).toEqual({
      open: false,
      reason: '现在不在取号时间内，大厅今天的取号时间为09:00—12:00、13:00—17:00',
      opensAt: '2026-10-14T05:00:00.000Z',
      closesAt: '2026-10-14T09:00:00.000Z',
    });
  });

  it('keeps staff to their own hall: another hall’s staff are refused, system admins may', async () => {
    await clock(`${SCOPE_DAY}T09:00`);
    const street = (await demoSession(stack.app, 'STAFF_STREET')).accessToken;
    const system = (await demoSession(stack.app, 'SYSTEM_ADMIN')).accessToken;
    const window = windowCode(61);
    const rows = await ticketRows();
    for (const operation of ['openServiceWindow', 'callNextTicket', 'closeServiceWindow']) {
      expect({
        operation,
        ...refusal(await windowOp(stack.app, street, operation, window)),
      }).toEqual({
        operation,
        code: 'FORBIDDEN',
        message: '只能操作本大厅的窗口',
      });
    }
    const foreign = [
      gql(
        stack.app,
        'query ($h: String!) { hallDoorQr(hallCode: $h) { content } }',
        { h: HALL },
        street,
      ),
      gql(
        stack.app,
        'query ($h: String!) { serviceWindows(hallCode: $h) { code } }',
        { h: HALL },
        street,
      ),
      gql(
        stack.app,
        'mutation { issueGreenChannelTicket(hallCode: "SZ-HALL", categoryCode: "F", reason: "测试原因") { id } }',
        {},
        street,
      ),
    ];
    for (const body of await Promise.all(foreign)) {
      expect(refusal(body)).toEqual({ code: 'FORBIDDEN', message: '只能查看和操作本大厅的排队' });
    }
    expect(
      refusal(
        await gql(
          stack.app,
          'query ($w: String!) { serviceWindowConsole(windowCode: $w) { code } }',
          { w: window },
          street,
        ),
      ),
    ).toEqual({ code: 'FORBIDDEN', message: '只能操作本大厅的窗口' });
    expect(await ticketRows()).toBe(rows);
    // A system admin may work at any hall's window.
    expect((await openWindow(stack.app, system, window)).status).toBe('OPEN');
    const windows = await gql<{ serviceWindows: { code: string }[] }>(
      stack.app,
      'query ($h: String!) { serviceWindows(hallCode: $h) { code status } }',
      { h: HALL },
      staff,
    );
    expect(windows.data?.serviceWindows).toHaveLength(132);
    expect(windows.data?.serviceWindows.find((w) => w.code === window)).toEqual({
      code: window,
      status: 'OPEN',
    });
    await mustWindowOp(stack.app, system, 'closeServiceWindow', window);
  });
});
