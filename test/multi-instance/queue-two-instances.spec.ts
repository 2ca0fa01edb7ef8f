import { startBffCluster, type BffCluster } from '../support/bff-cluster';
import { HttpGraphql, WsGraphql, codeOf } from '../support/graphql-clients';
import {
  createFreshDatabase,
  describeMultiInstance,
  requireRedis,
  type FreshDatabase,
} from '../support/multi-instance-services';
import {
  HALL,
  OFFICE_HOURS_NOW,
  SERVICE_DATE,
  TAKE_TICKET,
  counterRow,
  expectedNumbers,
  hallLocation,
  makeCitizens,
  setClockEverywhere,
  takeInput,
  ticketRows,
  type Citizen,
  type HallLocation,
  type TakenTicket,
} from './queue-fixtures';

/**
 * Issue 7, proof: two real BFF processes on one MariaDB database and one Redis.
 * - 500 citizens take a ticket of one category at the same instant, half through each
 *   instance → A001…A500, each exactly once: in the answers, in the table (and its counter),
 *   and in the citizens' own views read through the other instance (every tenth citizen).
 * - A window's call through instance 1 reaches graphql-ws subscribers connected to instance 2
 *   (the called ticket's owner, and the public display board).
 */
const CITIZENS = 500;

describeMultiInstance('queue tickets on two BFF instances (MariaDB + Redis)', () => {
  let database: FreshDatabase;
  let cluster: BffCluster;
  let clients: HttpGraphql[];
  let citizens: Citizen[];
  let hall: HallLocation;

  beforeAll(async () => {
    const redisUrl = await requireRedis();
    database = await createFreshDatabase();
    cluster = await startBffCluster({ instances: 2, databaseUrl: database.url, redisUrl });
    clients = cluster.instances.map((instance) => new HttpGraphql(instance.url, CITIZENS));
    await setClockEverywhere(clients, OFFICE_HOURS_NOW);
    hall = await hallLocation(clients[0]);
    citizens = await makeCitizens(clients, CITIZENS);
  }, 240_000);

  afterAll(async () => {
    for (const client of clients ?? []) client.close();
    await cluster?.stop();
    await database?.drop();
  });

  it('numbers 500 concurrent takes of one category over both instances A001…A500, no duplicate, no gap', async () => {
    // All at once: citizen i through instance i % 2, each with its own idempotency key.
    const answers = await Promise.all(
      citizens.map((citizen, i) =>
        clients[i % 2].callResending<{ takeQueueTicket: TakenTicket }>(
          TAKE_TICKET,
          takeInput(hall, 'A'),
          citizen.accessToken,
        ),
      ),
    );
    const refused = answers.filter((answer) => !answer.data);
    expect(refused.map((answer) => answer.errors)).toEqual([]);
    const tickets = answers.map(
      (answer) => (answer.data as { takeQueueTicket: TakenTicket }).takeQueueTicket,
    );
    expect(tickets.map((ticket) => ticket.number).sort()).toEqual(expectedNumbers('A', CITIZENS));
    expect(new Set(tickets.map((ticket) => ticket.serviceDate))).toEqual(new Set([SERVICE_DATE]));

    // Through the API, on the other instance: every tenth citizen's own ticket has the number
    // they got (each read computes positions over all 500 waiting: a sample keeps it short).
    const sample = citizens.filter((_, i) => i % 10 === 0);
    const shown = await Promise.all(
      sample.map(async (citizen) => {
        const mine = await clients[(citizen.index + 1) % 2].data<{
          myQueueTickets: TakenTicket[];
        }>('{ myQueueTickets { id number status } }', {}, citizen.accessToken);
        return mine.myQueueTickets.map((t) => `${t.id} ${t.number} ${t.status}`);
      }),
    );
    expect(shown).toEqual(
      sample.map((citizen) => {
        const ticket = tickets[citizen.index];
        return [`${ticket.id} ${ticket.number} WAITING`];
      }),
    );
    for (const client of clients) {
      const { queueCategories } = await client.data<{
        queueCategories: { code: string; waitingCount: number }[];
      }>('query ($h: String!) { queueCategories(hallCode: $h) { code waitingCount } }', {
        h: HALL,
      });
      expect(queueCategories.find((category) => category.code === 'A')?.waitingCount).toBe(
        CITIZENS,
      );
    }

    // In the table: serials 1…500 once each, one ticket per citizen, and the counter at 500.
    const rows = await ticketRows(database.pool, 'A');
    expect(rows.map((row) => row.serial)).toEqual(
      expectedNumbers('A', CITIZENS).map((_, i) => i + 1),
    );
    expect(rows.map((row) => row.number)).toEqual(expectedNumbers('A', CITIZENS));
    expect(new Set(rows.map((row) => row.owner_user_id))).toEqual(
      new Set(citizens.map((citizen) => citizen.userId)),
    );
    expect(new Map(rows.map((row) => [row.id, row.number]))).toEqual(
      new Map(tickets.map((ticket) => [ticket.id, ticket.number])),
    );
    await expect(counterRow(database.pool, 'A')).resolves.toBe(CITIZENS);
  }, 180_000);

  it('delivers a call made through instance 1 to subscribers connected to instance 2', async () => {
    const [first, second] = clients;
    // One waiting ticket of 开办企业 (B), taken through instance 2: the call can only choose it.
    const owner = citizens[0];
    const taken = await second.data<{ takeQueueTicket: TakenTicket }>(
      TAKE_TICKET,
      takeInput(hall, 'B'),
      owner.accessToken,
    );
    const ticket = taken.takeQueueTicket;
    expect(ticket.number).toBe('B001');

    const citizenSocket = new WsGraphql(cluster.instances[1].wsUrl, owner.accessToken);
    const boardSocket = new WsGraphql(cluster.instances[1].wsUrl);
    try {
      await Promise.all([citizenSocket.connected, boardSocket.connected]);
      const ticketFeed = citizenSocket.subscribe<{
        id: string;
        number: string;
        status: string;
        windowCode: string | null;
        windowNumber: number | null;
        ahead: number | null;
      }>(
        'subscription ($id: ID!) { queueTicketChanged(id: $id) { id number status windowCode windowNumber ahead } }',
        { id: ticket.id },
        'queueTicketChanged',
      );
      const boardFeed = boardSocket.subscribe<{
        calls: { number: string; windowNumber: number }[];
        waiting: { code: string; waitingCount: number }[];
      }>(
        'subscription ($h: String!) { queueBoardChanged(hallCode: $h) { calls { number windowNumber } waiting { code waitingCount } } }',
        { h: HALL },
        'queueBoardChanged',
      );
      // Each starts with the current state: the subscriber is registered on instance 2.
      await expect(
        ticketFeed.waitFor('the ticket’s current state', (view) => view.status === 'WAITING'),
      ).resolves.toMatchObject({ id: ticket.id, number: 'B001', ahead: 0, windowNumber: null });
      await boardFeed.waitFor('the current board', () => true);

      // Staff of the hall open window 13 (开办企业) and call through instance 1.
      const staff = await first.data<{ demoLogin: { accessToken: string } }>(
        'mutation { demoLogin(persona: STAFF_SZ) { accessToken } }',
      );
      const token = staff.demoLogin.accessToken;
      const window = 'SZ-HALL-W013';
      await first.data(
        'mutation ($w: String!) { openServiceWindow(windowCode: $w) { code status } }',
        { w: window },
        token,
      );
      const call = await first.call<{
        callNextTicket: { currentTicket: { id: string; number: string } | null };
      }>(
        'mutation ($w: String!) { callNextTicket(windowCode: $w) { currentTicket { id number } } }',
        { w: window },
        token,
      );
      expect(codeOf(call)).toBe('OK');
      expect(call.data?.callNextTicket.currentTicket).toEqual({ id: ticket.id, number: 'B001' });

      await expect(
        ticketFeed.waitFor('the CALLED update on instance 2', (view) => view.status === 'CALLED'),
      ).resolves.toMatchObject({
        id: ticket.id,
        number: 'B001',
        windowCode: window,
        windowNumber: 13,
      });
      await expect(
        boardFeed.waitFor('the board showing B001 at window 13', (board) =>
          board.calls.some((c) => c.number === 'B001'),
        ),
      ).resolves.toMatchObject({ calls: [{ number: 'B001', windowNumber: 13 }] });
      expect(ticketFeed.errors).toEqual([]);
      expect(boardFeed.errors).toEqual([]);
    } finally {
      await citizenSocket.close();
      await boardSocket.close();
    }
  });
});
