import { randomBytes } from 'node:crypto';
import { startBffCluster, type BffCluster } from '../support/bff-cluster';
import { HttpGraphql, isConnectionError, type GraphqlBody } from '../support/graphql-clients';
import {
  createFreshDatabase,
  describeMultiInstance,
  requireRedis,
  type FreshDatabase,
} from '../support/multi-instance-services';
import {
  HALL,
  OFFICE_HOURS_NOW,
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
 * Issue 7, proof: an instance killed (SIGKILL) in the middle of a stream of takes leaves no
 * duplicate and no gap. Both instances take tickets of one category, 8 requests at a time each;
 * after 40 answers instance 2 is killed with requests in flight. Its cut-off takes either
 * committed whole (the ticket exists with its number) or left no trace (the transaction died
 * with the connection and MariaDB rolled the counter back); the stream goes on through
 * instance 1, and the cut-off citizens try again there with the same idempotency key, as the
 * app does after a network error.
 */
const CITIZENS = 160;
const WORKERS_PER_INSTANCE = 8;
const KILL_AFTER = 40;

type TakeAnswer = GraphqlBody<{ takeQueueTicket: TakenTicket }>;

interface CutOff {
  citizen: Citizen;
  idempotencyKey: string;
}

describeMultiInstance('queue numbering when an instance dies mid-take (MariaDB + Redis)', () => {
  let database: FreshDatabase;
  let cluster: BffCluster;
  let clients: HttpGraphql[];
  let citizens: Citizen[];
  let hall: HallLocation;

  beforeAll(async () => {
    const redisUrl = await requireRedis();
    database = await createFreshDatabase();
    cluster = await startBffCluster({ instances: 2, databaseUrl: database.url, redisUrl });
    clients = cluster.instances.map((instance) => new HttpGraphql(instance.url, 32));
    await setClockEverywhere(clients, OFFICE_HOURS_NOW);
    hall = await hallLocation(clients[0]);
    citizens = await makeCitizens(clients, CITIZENS);
  }, 180_000);

  afterAll(async () => {
    for (const client of clients ?? []) client.close();
    await cluster?.stop();
    await database?.drop();
  });

  it('leaves no duplicate and no gap, and the sequence continues on the survivor', async () => {
    const [survivor, doomed] = clients;
    const answered = new Map<string, TakenTicket>(); // citizen user id → ticket
    const cutOff: CutOff[] = [];
    let next = 0;
    let killing: Promise<void> | null = null;

    const take = async (client: HttpGraphql, dies: boolean, citizen: Citizen, key: string) => {
      const variables = takeInput(hall, 'A', key);
      // Through the survivor a reset keep-alive socket is sent again (the same key: one ticket);
      // through the doomed instance a connection error is the point.
      const answer: TakeAnswer = dies
        ? await client.call(TAKE_TICKET, variables, citizen.accessToken)
        : await client.callResending(TAKE_TICKET, variables, citizen.accessToken);
      if (!answer.data) throw new Error(`take refused: ${JSON.stringify(answer.errors)}`);
      answered.set(citizen.userId, answer.data.takeQueueTicket);
      if (answered.size >= KILL_AFTER && !killing) killing = cluster.instances[1].kill();
    };
    const worker = async (client: HttpGraphql, dies: boolean) => {
      while (next < citizens.length) {
        const citizen = citizens[next];
        next += 1;
        const key = randomBytes(12).toString('hex');
        try {
          await take(client, dies, citizen, key);
        } catch (error) {
          if (!dies || !isConnectionError(error)) throw error;
          // Instance 2 is gone: this take was cut off; its worker stops.
          cutOff.push({ citizen, idempotencyKey: key });
          return;
        }
      }
    };
    await Promise.all([
      ...Array.from({ length: WORKERS_PER_INSTANCE }, () => worker(survivor, false)),
      ...Array.from({ length: WORKERS_PER_INSTANCE }, () => worker(doomed, true)),
    ]);
    await killing;
    expect(cluster.instances[1].alive()).toBe(false);
    expect(cutOff.length).toBeGreaterThan(0);
    expect(answered.size + cutOff.length).toBe(CITIZENS);

    // Right after: the issued tickets are 1…n once each, and the counter says n.
    const afterKill = await ticketRows(database.pool, 'A');
    expect(afterKill.map((row) => row.serial)).toEqual(
      expectedNumbers('A', afterKill.length).map((_, i) => i + 1),
    );
    await expect(counterRow(database.pool, 'A')).resolves.toBe(afterKill.length);
    // Each cut-off take committed whole or left no trace: at most one ticket, never a half one.
    const ownersAfterKill = new Map(afterKill.map((row) => [row.owner_user_id, row]));
    expect(afterKill).toHaveLength(ownersAfterKill.size);
    const committedBeforeDeath = cutOff.filter(({ citizen }) =>
      ownersAfterKill.has(citizen.userId),
    );
    // Every answered take is in the table with the number it was given.
    for (const [userId, ticket] of answered) {
      expect(ownersAfterKill.get(userId)).toMatchObject({ id: ticket.id, number: ticket.number });
    }
    expect(afterKill).toHaveLength(answered.size + committedBeforeDeath.length);

    // The cut-off citizens try again through the survivor with the same key: a take that had
    // committed gives back its ticket, one that left no trace is issued now, continuing the
    // sequence.
    for (const { citizen, idempotencyKey } of cutOff) {
      const answer: TakeAnswer = await survivor.callResending(
        TAKE_TICKET,
        takeInput(hall, 'A', idempotencyKey),
        citizen.accessToken,
      );
      expect(answer.errors).toBeUndefined();
      const ticket = (answer.data as { takeQueueTicket: TakenTicket }).takeQueueTicket;
      const before = ownersAfterKill.get(citizen.userId);
      if (before) expect(ticket).toMatchObject({ id: before.id, number: before.number });
      else expect(Number(ticket.number.slice(1))).toBeGreaterThan(afterKill.length);
      answered.set(citizen.userId, ticket);
    }

    // Afterwards, in the table: A001…A160, one per citizen, counter 160.
    const rows = await ticketRows(database.pool, 'A');
    expect(rows.map((row) => row.number)).toEqual(expectedNumbers('A', CITIZENS));
    expect(new Set(rows.map((row) => row.owner_user_id))).toEqual(
      new Set(citizens.map((citizen) => citizen.userId)),
    );
    await expect(counterRow(database.pool, 'A')).resolves.toBe(CITIZENS);
    // And through the surviving instance: every citizen sees the one ticket they were given.
    for (const citizen of citizens) {
      const mine = await survivor.data<{ myQueueTickets: TakenTicket[] }>(
        '{ myQueueTickets { id number status categoryCode serviceDate } }',
        {},
        citizen.accessToken,
      );
      const ticket = answered.get(citizen.userId);
      expect(mine.myQueueTickets.map((t) => [t.id, t.number, t.status])).toEqual([
        [ticket?.id, ticket?.number, 'WAITING'],
      ]);
    }
    const { queueCategories } = await survivor.data<{
      queueCategories: { code: string; waitingCount: number }[];
    }>('query ($h: String!) { queueCategories(hallCode: $h) { code waitingCount } }', { h: HALL });
    expect(queueCategories.find((category) => category.code === 'A')?.waitingCount).toBe(CITIZENS);
  }, 180_000);
});
