import { shanghaiDateOf } from '@shizhong/domain';
import { ActingForService } from '../../src/family/acting-for.service';
import { TicketIssuer } from '../../src/queue/ticket-issuer.service';
import { newTicketDraft } from '../../src/queue/ticket-taking.service';
import type { MatrixEntry } from './matrix';
import { staff, anyone, citizens, type Role } from './roles';
import type { World } from './world';

/**
 * The rows of the queue's subscriptions (issue 7). The runner calls a Subscription over
 * graphql-ws as each role (connection_init with the role's token) and compares the first event:
 * the current state (OK) or the error code.
 */

const ticketsOfA = new WeakMap<World, Promise<string>>();

/**
 * A WAITING ticket of citizen A in hall X (category G), made once per world through the
 * service that numbers tickets: taking one through the API needs office hours, and the matrix
 * runs at any time of day. Hall X's staff may see it (it may be called at their window).
 */
function ticketOfA(world: World): Promise<string> {
  let ticket = ticketsOfA.get(world);
  if (!ticket) {
    ticket = (async () => {
      const app = world.app.app;
      const userId = world.sessions.get('citizenA')?.userId;
      if (!userId) throw new Error('citizen A has no session');
      const subject = await app.get(ActingForService).resolve(userId, null);
      const now = new Date();
      const issued = await app.get(TicketIssuer).issue(
        newTicketDraft({
          hallCode: 'SZ-HALL',
          categoryCode: 'G',
          serviceDate: shanghaiDateOf(now),
          priority: 'NORMAL',
          source: 'DOOR_QR',
          now,
          ownerUserId: userId,
          subject,
        }),
        now,
      );
      world.markers.set(
        issued.id,
        new Set<Role>(['citizenA', 'staffHallX', 'hallAdminX', 'systemAdmin']),
      );
      return issued.id;
    })();
    ticketsOfA.set(world, ticket);
  }
  return ticket;
}

export const REALTIME_ROWS: Record<string, MatrixEntry> = {
  queueTicketChanged: {
    document:
      'subscription ($id: ID!) { queueTicketChanged(id: $id) { id number status ahead subjectName } }',
    // A's own ticket: A only; anyone else's attempt is told it does not exist.
    prepare: async (world) => ({ id: await ticketOfA(world) }),
    expect: citizens({ citizenB: 'NOT_FOUND', familyOfA: 'NOT_FOUND' }),
  },
  queueBoardChanged: {
    document:
      'subscription { queueBoardChanged(hallCode: "SZ-HALL") { hallCode calls { number windowLabel } waiting { code waitingCount } } }',
    expect: anyone(),
  },
  serviceWindowChanged: {
    document:
      'subscription { serviceWindowChanged(windowCode: "SZ-HALL-W001") { code status currentTicket { id number } } }',
    expect: staff({ staffOtherHall: 'FORBIDDEN' }),
  },
};
