import { randomUUID } from 'node:crypto';
import { useAppWithSimulator } from '../support/app-with-simulator';
import { newCitizens, setClock, type Citizen } from '../support/appointment-fixtures';
import { codeOf } from '../support/identity-fixtures';
import {
  HALL,
  QUEUE_TEST_ENV,
  doorCode,
  openWindow,
  range,
  serialsOf,
  take,
  windowCode,
  windowOp,
} from '../support/queue-fixtures';
import { demoSession } from '../support/staff-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const TAKERS = 50;
const DAY = '2026-11-03';

/** The windows of SZ-HALL that serve category A (1–12, 101–126, 127–132): the first `n`. */
const windowsServingA = (n: number) =>
  [...range(12), ...range(32).map((i) => 100 + i)].slice(0, n).map(windowCode);

/**
 * Issue 7's concurrency proof at the BFF: numbers stay gap-free and unique when many citizens
 * take tickets at once, and windows pressing "call next" at the same instant never get the same
 * ticket — on one BFF instance and on two instances sharing the database (on MariaDB the
 * requests really overlap in the database; SQLite serializes writes).
 */
describe('queue race: gap-free numbers, one ticket per call', () => {
  const stack = useAppWithSimulator(QUEUE_TEST_ENV);
  let second: TestApp;
  let takers: Citizen[];
  let staff: string;

  const both = () => [stack.app, second];
  const clock = async (local: string) => {
    for (const app of both()) await setClock(app, local);
  };

  /** Every taker takes a ticket of `category` at once, spread over `apps`; returns the codes. */
  async function rush(category: string, apps: TestApp[]): Promise<Record<string, number>> {
    const door = await doorCode(stack.app, staff);
    const bodies = await Promise.all(
      takers.map((taker, i) =>
        take(apps[i % apps.length], taker.token, { categoryCode: category, doorCode: door }),
      ),
    );
    const outcomes: Record<string, number> = {};
    for (const body of bodies) {
      const outcome = body.data ? 'OK' : String(codeOf(body));
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
    return outcomes;
  }

  const numbersOf = async (category: string) => {
    const rows = await stack.app.dataSource.query<{ number: string }[]>(
      'SELECT number FROM queue_ticket WHERE hall_code = ? AND category_code = ? AND service_date = ? ORDER BY serial',
      [HALL, category, DAY],
    );
    return rows.map((row) => row.number);
  };

  beforeAll(async () => {
    second = await startTestApp({
      database: stack.database,
      env: { APPROVAL_BASE_URL: stack.sim.url, ...QUEUE_TEST_ENV },
    });
    await clock(`${DAY}T09:00`);
    staff = (await demoSession(stack.app, 'STAFF_SZ')).accessToken;
    takers = await newCitizens(stack.app, TAKERS, 9000, 10);
  }, 120_000);

  afterAll(async () => {
    await second?.stop();
  });

  it(`${TAKERS} concurrent takes in one category are numbered 001…${TAKERS}, no gap, no duplicate`, async () => {
    expect(await rush('B', [stack.app])).toEqual({ OK: TAKERS });
    expect(await serialsOf(stack.app, 'B', DAY)).toEqual(range(TAKERS));
    expect(await numbersOf('B')).toEqual(
      range(TAKERS).map((n) => `B${String(n).padStart(3, '0')}`),
    );
  });

  it('stays gap-free over two BFF instances, and a second take in the category is refused', async () => {
    expect(await rush('C', both())).toEqual({ OK: TAKERS });
    expect(await serialsOf(stack.app, 'C', DAY)).toEqual(range(TAKERS));
    // Everyone again at once: each already holds a C ticket; nothing is written, no number used.
    expect(await rush('C', both())).toEqual({ QUEUE_TICKET_ACTIVE_EXISTS: TAKERS });
    expect(await serialsOf(stack.app, 'C', DAY)).toEqual(range(TAKERS));
    const [counter] = await stack.app.dataSource.query<{ last_serial: number | string }[]>(
      'SELECT last_serial FROM queue_counter WHERE hall_code = ? AND category_code = ? AND service_date = ?',
      [HALL, 'C', DAY],
    );
    expect(Number(counter.last_serial)).toBe(TAKERS);
  });

  it('takes once when one request is retried 20 times at once on two instances', async () => {
    const door = await doorCode(stack.app, staff);
    const key = randomUUID();
    const bodies = await Promise.all(
      range(20).map((i) =>
        take(both()[i % 2], takers[0].token, {
          categoryCode: 'D',
          doorCode: door,
          idempotencyKey: key,
        }),
      ),
    );
    expect(bodies.flatMap((body) => (body.errors ? [codeOf(body)] : []))).toEqual([]);
    expect(new Set(bodies.map((body) => body.data?.takeQueueTicket.id)).size).toBe(1);
    expect(await serialsOf(stack.app, 'D', DAY)).toEqual([1]);
  });

  it('gives 20 windows calling at once over two instances 10 different tickets, never one twice', async () => {
    const door = await doorCode(stack.app, staff);
    for (const taker of takers.slice(0, 10)) {
      const body = await take(stack.app, taker.token, { categoryCode: 'A', doorCode: door });
      expect(body.errors).toBeUndefined();
    }
    const windows = windowsServingA(20);
    for (const window of windows) await openWindow(stack.app, staff, window, ['A']);
    const bodies = await Promise.all(
      windows.map((window, i) => windowOp(both()[i % 2], staff, 'callNextTicket', window)),
    );
    const outcomes: Record<string, number> = {};
    const called: string[] = [];
    for (const body of bodies) {
      const outcome = body.data ? 'OK' : String(codeOf(body));
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      const current = body.data?.callNextTicket.currentTicket;
      if (current) called.push(current.id);
    }
    expect(outcomes).toEqual({ OK: 10, QUEUE_NO_TICKET_WAITING: 10 });
    expect(new Set(called).size).toBe(10);
    const rows = await stack.app.dataSource.query<{ id: string; window_code: string }[]>(
      "SELECT id, window_code FROM queue_ticket WHERE hall_code = ? AND category_code = 'A' AND service_date = ? AND status = 'CALLED'",
      [HALL, DAY],
    );
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((row) => row.window_code)).size).toBe(10);
    const states = await stack.app.dataSource.query<{ current_ticket_id: string | null }[]>(
      'SELECT current_ticket_id FROM service_window_state WHERE current_ticket_id IS NOT NULL',
    );
    expect(states.map((s) => s.current_ticket_id).sort()).toEqual(rows.map((r) => r.id).sort());
  });

  it('gives one window pressing twice at once one ticket', async () => {
    const door = await doorCode(stack.app, staff);
    for (const taker of takers.slice(10, 14)) {
      await take(stack.app, taker.token, { categoryCode: 'H', doorCode: door });
    }
    const window = windowCode(110);
    await openWindow(stack.app, staff, window, ['H']);
    const bodies = await Promise.all(
      both().map((app) => windowOp(app, staff, 'callNextTicket', window)),
    );
    expect(bodies.map((body) => (body.data ? 'OK' : codeOf(body))).sort()).toEqual([
      'OK',
      'TICKET_STATE_CONFLICT',
    ]);
    const [{ n }] = await stack.app.dataSource.query<{ n: number | string }[]>(
      "SELECT COUNT(*) AS n FROM queue_ticket WHERE window_code = ? AND status = 'CALLED'",
      [window],
    );
    expect(Number(n)).toBe(1);
  });
});
