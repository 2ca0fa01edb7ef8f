import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Clock } from '../common/clock/clock';
import { CategoryPauseService } from './category-pause.service';
import { DoorQrSigner } from './door-qr';
import {
  CategoryPausedArgs,
  GreenChannelArgs,
  HallCodeArgs,
  WindowCodeArgs,
} from './dto/queue.args';
import {
  HallDoorQrType,
  QueueCategoryStatusType,
  QueueTicketType,
  ServiceWindowConsoleType,
} from './dto/queue.types';
import { requireQueueHall, requireWindowHall } from './queue-hall-scope';
import { QueueReference } from './queue-reference.service';
import { QueueSnapshots } from './queue-snapshots.service';
import { TicketTakingService } from './ticket-taking.service';

/** The hall side of the queue: door code, green channel, pausing a category, window lists. */
@Resolver()
export class QueueStaffResolver {
  constructor(
    private readonly reference: QueueReference,
    private readonly snapshots: QueueSnapshots,
    private readonly doorQr: DoorQrSigner,
    private readonly taking: TicketTakingService,
    private readonly pauses: CategoryPauseService,
    private readonly clock: Clock,
  ) {}

  @Query(() => HallDoorQrType, {
    description:
      'The hall’s current door code for taking tickets (for the screen at the door); own hall ' +
      'only (system admins: any). FORBIDDEN, HALL_NOT_FOUND',
  })
  @Access('STAFF')
  async hallDoorQr(
    @CurrentUser() user: AuthUser,
    @Args() { hallCode }: HallCodeArgs,
  ): Promise<HallDoorQrType> {
    requireQueueHall(user, hallCode);
    const hall = await this.reference.hall(hallCode);
    const qr = this.doorQr.issue(hall.code, this.clock.now());
    return {
      hallCode: qr.hallCode,
      content: qr.content,
      validUntil: qr.validUntil,
      refreshSeconds: qr.refreshSeconds,
    };
  }

  @Mutation(() => QueueTicketType, {
    description:
      '绿色通道: issues a priority ticket (GREEN_CHANNEL) of your hall with no owner; the reason ' +
      'is kept for the hall. FORBIDDEN, QUEUE_CATEGORY_UNKNOWN, QUEUE_CATEGORY_PAUSED',
  })
  @Access('STAFF')
  async issueGreenChannelTicket(
    @CurrentUser() user: AuthUser,
    @Args() { hallCode, categoryCode, reason }: GreenChannelArgs,
  ): Promise<QueueTicketType> {
    const ticket = await this.taking.issueGreenChannel(user, hallCode, categoryCode, reason);
    const [view] = await this.snapshots.present([ticket]);
    return view;
  }

  @Mutation(() => QueueCategoryStatusType, {
    description:
      '暂停取号 (or resume) in a category of your hall; the reason is shown to citizens. ' +
      'FORBIDDEN, QUEUE_CATEGORY_UNKNOWN',
  })
  @Access('HALL_ADMIN')
  async setQueueCategoryPaused(
    @CurrentUser() user: AuthUser,
    @Args() { hallCode, categoryCode, paused, reason }: CategoryPausedArgs,
  ): Promise<QueueCategoryStatusType> {
    await this.pauses.setPaused(user, hallCode, categoryCode, paused, reason ?? null);
    const [status] = await this.snapshots.statuses(hallCode, this.snapshots.today(), [
      categoryCode,
    ]);
    return status;
  }

  @Query(() => [ServiceWindowConsoleType], {
    description: 'Every window of your hall with what it is doing (names masked). FORBIDDEN',
  })
  @Access('STAFF')
  serviceWindows(
    @CurrentUser() user: AuthUser,
    @Args() { hallCode }: HallCodeArgs,
  ): Promise<ServiceWindowConsoleType[]> {
    requireQueueHall(user, hallCode);
    return this.snapshots.windowConsoles(hallCode);
  }

  @Query(() => ServiceWindowConsoleType, {
    description: 'One window of your hall (the console). QUEUE_WINDOW_UNKNOWN, FORBIDDEN',
  })
  @Access('STAFF')
  async serviceWindowConsole(
    @CurrentUser() user: AuthUser,
    @Args() { windowCode }: WindowCodeArgs,
  ): Promise<ServiceWindowConsoleType> {
    const { hall, window } = await this.reference.window(windowCode);
    requireWindowHall(user, hall.code);
    const [console] = await this.snapshots.windowConsoles(hall.code, [window.code]);
    return console;
  }
}
