import { Args, Resolver, Subscription } from '@nestjs/graphql';
import { Access } from '../../auth/access.decorator';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { HallCodeArgs, QueueTicketIdArgs, WindowCodeArgs } from '../dto/queue.args';
import { QueueBoardType, QueueTicketType, ServiceWindowConsoleType } from '../dto/queue.types';
import { CitizenTicketsService } from '../citizen-tickets.service';
import { requireWindowHall } from '../queue-hall-scope';
import { QueueReference } from '../queue-reference.service';
import { QueueSnapshots } from '../queue-snapshots.service';
import { QueueLiveViews } from './queue-live-views';

const passThrough = <View>(view: View): View => view;

/**
 * The queue's live views over graphql-ws. Each starts with the current state (so a page needs no
 * separate query and misses nothing between its query and its subscription), then sends the
 * new state after every change that alters it. Who may watch what is checked once, here, when
 * the subscription starts.
 */
@Resolver()
export class QueueRealtimeResolver {
  constructor(
    private readonly tickets: CitizenTicketsService,
    private readonly snapshots: QueueSnapshots,
    private readonly reference: QueueReference,
    private readonly views: QueueLiveViews,
  ) {}

  @Subscription(() => QueueTicketType, {
    resolve: passThrough,
    description:
      'One of your tickets (taken by you or for you), live: position, wait, 请到N号窗口. First the ' +
      'current state, then every change; ends after the ticket is completed or cancelled',
  })
  @Access('CITIZEN')
  async queueTicketChanged(
    @CurrentUser() user: AuthUser,
    @Args() { id }: QueueTicketIdArgs,
  ): Promise<AsyncIterableIterator<QueueTicketType>> {
    return this.views.watchTicket(await this.tickets.one(user.userId, id));
  }

  @Subscription(() => QueueBoardType, {
    resolve: passThrough,
    description:
      'A hall’s display board, live: the last numbers called and the queues. First the current ' +
      'board, then every change. Numbers and windows only, no personal data',
  })
  @Access('PUBLIC')
  async queueBoardChanged(
    @Args() { hallCode }: HallCodeArgs,
  ): Promise<AsyncIterableIterator<QueueBoardType>> {
    const hall = await this.reference.hall(hallCode);
    return this.views.watchBoard(hall.code, () => this.snapshots.board(hall.code));
  }

  @Subscription(() => ServiceWindowConsoleType, {
    resolve: passThrough,
    description:
      'A window’s console of your hall, live (current ticket, held tickets, queues). First the ' +
      'current state, then every change in the hall',
  })
  @Access('STAFF')
  async serviceWindowChanged(
    @CurrentUser() user: AuthUser,
    @Args() { windowCode }: WindowCodeArgs,
  ): Promise<AsyncIterableIterator<ServiceWindowConsoleType>> {
    const { hall } = await this.reference.window(windowCode);
    requireWindowHall(user, hall.code);
    return this.views.watchWindow(hall.code, windowCode, async () => {
      const [console] = await this.snapshots.windowConsoles(hall.code, [windowCode]);
      if (!console) throw new Error('no console of a known window');
      return console;
    });
  }
}
