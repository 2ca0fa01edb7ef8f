import { randomUUID } from 'node:crypto';
import { NoShowSweeper } from '../../src/appointments/no-show.sweeper';
import { OutboxWorker } from '../../src/outbox/outbox.worker';
import { type FakeSubscribeMessageAdapter } from '../../src/subscribe-messages/fake-subscribe-message.adapter';
import { SUBSCRIBE_MESSAGE_ADAPTER } from '../../src/subscribe-messages/subscribe-message.adapter';
import { FAKE_TEMPLATE_IDS } from '../../src/subscribe-messages/subscribe-templates';
import { useAppWithSimulator } from '../support/app-with-simulator';
import {
  APPOINTMENT_TEST_ENV,
  book,
  bookedOf,
  countRows,
  mustBook,
  newCitizens,
  setClock,
  slotAt,
  type Citizen,
} from '../support/appointment-fixtures';
import { codeOf, gql } from '../support/identity-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const RACERS = 300;
const RETRIES = 50;

/**
 * Issue 6's concurrency proof: capacity and idempotency hold when hundreds of requests race,
 * on one BFF instance and on two instances sharing the database (on MariaDB the requests really
 * overlap in the database; SQLite serializes writes, and the same test shows the BFF's own
 * serialization of transactions holds).
 */
describe('booking race: never overbooked, a retried request books once', () => {
  const stack = useAppWithSimulator(APPOINTMENT_TEST_ENV);
  let second: TestApp;
  let racers: Citizen[];

  const both = () => [stack.app, second];
  const clock = async (local: string) => {
    for (const app of both()) await setClock(app, local);
  };
  const appointmentsOf = (slotId: string) =>
    countRows(stack.app, 'appointment', `slot_id = '${slotId}' AND status <> 'CANCELLED'`);

  /** Every racer books `slotId` at once, spread over `apps`; returns the outcome codes. */
  async function race(slotId: string, apps: TestApp[]): Promise<Map<string, number>> {
    const bodies = await Promise.all(
      racers.map((racer, i) => book(apps[i % apps.length], racer.token, { slotId })),
    );
    const outcomes = new Map<string, number>();
    for (const body of bodies) {
      const outcome = body.data ? 'OK' : String(codeOf(body));
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    return outcomes;
  }

  beforeAll(async () => {
    second = await startTestApp({
      database: stack.database,
      env: { APPROVAL_BASE_URL: stack.sim.url, ...APPOINTMENT_TEST_ENV },
    });
    await clock('2026-09-28T09:00');
    racers = await newCitizens(stack.app, RACERS, 0, 16);
  }, 120_000);

  afterAll(async () => {
    await second?.stop();
  });

  beforeEach(() => clock('2026-09-28T09:00'));

  it(`${RACERS} citizens race for 10 places: exactly 10 get one, the rest are told it is full`, async () => {
    const slot = await slotAt(stack.app, 'D', '2026-09-29', '09:00');
    expect(slot.capacity).toBe(10);
    const outcomes = await race(slot.id, [stack.app]);
    expect(Object.fromEntries(outcomes)).toEqual({ OK: 10, SLOT_FULL: RACERS - 10 });
    expect(await bookedOf(stack.app, slot.id)).toBe(10);
    expect(await appointmentsOf(slot.id)).toBe(10);
  });

  it(`${RETRIES} concurrent retries of one request book once`, async () => {
    const slot = await slotAt(stack.app, 'E', '2026-09-29', '10:00');
    const key = randomUUID();
    const bodies = await Promise.all(
      Array.from({ length: RETRIES }, () =>
        book(stack.app, racers[0].token, { slotId: slot.id, idempotencyKey: key }),
      ),
    );
    expect(bodies.flatMap((body) => (body.errors ? [codeOf(body)] : []))).toEqual([]);
    const ids = new Set(bodies.map((body) => body.data?.bookAppointment.appointment.id));
    expect(ids.size).toBe(1);
    expect(bodies.filter((body) => body.data?.bookAppointment.replayed === false)).toHaveLength(1);
    expect(await bookedOf(stack.app, slot.id)).toBe(1);
    expect(await appointmentsOf(slot.id)).toBe(1);
  });

  it('holds with two BFF instances on the same database', async () => {
    const slot = await slotAt(stack.app, 'D', '2026-09-30', '09:00');
    const outcomes = await race(slot.id, both());
    expect(Object.fromEntries(outcomes)).toEqual({ OK: 10, SLOT_FULL: RACERS - 10 });
    expect(await bookedOf(stack.app, slot.id)).toBe(10);
    expect(await appointmentsOf(slot.id)).toBe(10);

    const retried = await slotAt(second, 'E', '2026-09-30', '10:00');
    const key = randomUUID();
    const bodies = await Promise.all(
      Array.from({ length: RETRIES }, (_, i) =>
        book(both()[i % 2], racers[1].token, { slotId: retried.id, idempotencyKey: key }),
      ),
    );
    expect(bodies.flatMap((body) => (body.errors ? [codeOf(body)] : []))).toEqual([]);
    const ids = new Set(bodies.map((body) => body.data?.bookAppointment.appointment.id));
    expect(ids.size).toBe(1);
    expect(await bookedOf(stack.app, retried.id)).toBe(1);
    expect(await appointmentsOf(retried.id)).toBe(1);
  });

  it('sends a reminder once when both instances run the outbox worker at the same moment', async () => {
    const citizen = racers[2];
    const template = FAKE_TEMPLATE_IDS.APPOINTMENT_DAY_BEFORE;
    // Two acceptances: a second message would find a subscription to use.
    for (let i = 0; i < 2; i += 1) {
      const quota = await gql(
        stack.app,
        'mutation ($t: [String!]!) { recordSubscription(templateIds: $t, accepted: $t) { remaining } }',
        { t: [template] },
        citizen.token,
      );
      expect(quota.errors).toBeUndefined();
    }
    const appointment = await mustBook(stack.app, citizen.token, {
      slotId: (await slotAt(stack.app, 'A', '2026-10-08', '09:00')).id,
    });
    const fakes = both().map((app) =>
      app.app.get<FakeSubscribeMessageAdapter>(SUBSCRIBE_MESSAGE_ADAPTER),
    );
    for (const fake of fakes) fake.clear();
    await clock('2026-10-07T18:00');
    await Promise.all(both().map((app) => app.app.get(OutboxWorker).runOnce()));
    await Promise.all(both().map((app) => app.app.get(OutboxWorker).runOnce()));
    const sent = fakes.flatMap((fake) => fake.sent).filter((m) => m.page.endsWith(appointment.id));
    expect(sent.map((m) => m.templateId)).toEqual([template]);

    // The no-show sweep on both at once marks each booking once.
    await clock('2026-10-08T18:00');
    const booked = await countRows(stack.app, 'appointment', "status = 'BOOKED'");
    expect(booked).toBeGreaterThan(20);
    const marked = await Promise.all(both().map((app) => app.app.get(NoShowSweeper).sweep()));
    expect(marked[0] + marked[1]).toBe(booked);
    expect(await countRows(stack.app, 'appointment', "status = 'BOOKED'")).toBe(0);
  });

  it('runs the outbox worker and the no-show sweep on their own, every interval', async () => {
    const citizen = racers[4];
    const template = FAKE_TEMPLATE_IDS.APPOINTMENT_DAY_BEFORE;
    await gql(
      stack.app,
      'mutation ($t: [String!]!) { recordSubscription(templateIds: $t, accepted: $t) { remaining } }',
      { t: [template] },
      citizen.token,
    );
    await setClock(stack.app, '2026-09-28T09:00');
    const appointment = await mustBook(stack.app, citizen.token, {
      slotId: (await slotAt(stack.app, 'F', '2026-10-09', '09:00')).id,
    });
    const timed = await startTestApp({
      database: stack.database,
      env: {
        APPROVAL_BASE_URL: stack.sim.url,
        ...APPOINTMENT_TEST_ENV,
        OUTBOX_POLL_INTERVAL_MS: '100',
        NO_SHOW_SWEEP_INTERVAL_MS: '100',
      },
    });
    try {
      const fake = timed.app.get<FakeSubscribeMessageAdapter>(SUBSCRIBE_MESSAGE_ADAPTER);
      const eventually = async (check: () => Promise<boolean>) => {
        const until = Date.now() + 10_000;
        while (!(await check())) {
          if (Date.now() > until) throw new Error('timed out waiting for the background job');
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      };
      await setClock(timed, '2026-10-08T18:00');
      await eventually(() =>
        Promise.resolve(fake.sent.some((m) => m.page.endsWith(appointment.id))),
      );
      await setClock(timed, '2026-10-09T09:30');
      const status = async () =>
        (
          await stack.app.dataSource.query<{ status: string }[]>(
            'SELECT status FROM appointment WHERE id = ?',
            [appointment.id],
          )
        )[0]?.status;
      await eventually(async () => (await status()) === 'NO_SHOW');
    } finally {
      await timed.stop();
    }
  });

  it('leaves every slot’s counter equal to its bookings', async () => {
    const drift = await stack.app.dataSource.query<{ id: string }[]>(
      `SELECT s.id FROM appointment_slot s WHERE s.booked <>
         (SELECT COUNT(*) FROM appointment x WHERE x.slot_id = s.id AND x.status <> 'CANCELLED')`,
    );
    expect(drift).toEqual([]);
    expect(await countRows(stack.app, 'appointment', "status = 'BOOKED'")).toBe(0);
    await setClock(stack.app, '2026-09-28T09:00');
    expect(codeOf(await book(stack.app, racers[3].token, { slotId: randomUUID() }))).toBe(
      'SLOT_NOT_FOUND',
    );
  });
});
