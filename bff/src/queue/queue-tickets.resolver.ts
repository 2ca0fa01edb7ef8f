import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CitizenTicketsService } from './citizen-tickets.service';
import { QueueTicketIdArgs, TakeQueueTicketArgs } from './dto/queue.args';
import { QueueTicketType } from './dto/queue.types';
import { QueueSnapshots } from './queue-snapshots.service';
import { TicketTakingService } from './ticket-taking.service';

/** 取号 for citizens: take, cancel, re-queue; one's own tickets and those taken for one. */
@Resolver()
export class QueueTicketsResolver {
  constructor(
    private readonly taking: TicketTakingService,
    private readonly tickets: CitizenTicketsService,
    private readonly snapshots: QueueSnapshots,
  ) {}

  @Mutation(() => QueueTicketType, {
    description:
      'Takes a ticket for yourself: with the scanned door code, or remotely with your location ' +
      'near the hall, inside the category’s hours. Idempotent: the same idempotencyKey with the ' +
      'same input returns the same ticket. Refusals: QUEUE_CATEGORY_UNKNOWN, HALL_NOT_FOUND, ' +
      'QUEUE_DOOR_CODE_INVALID, QUEUE_LOCATION_REQUIRED, QUEUE_TOO_FAR, QUEUE_HALL_CLOSED, ' +
      'QUEUE_OUTSIDE_OFFICE_HOURS, QUEUE_CATEGORY_PAUSED, QUEUE_ELDERLY_NOT_ELIGIBLE, ' +
      'QUEUE_TICKET_ACTIVE_EXISTS, IDEMPOTENCY_KEY_REUSED, REAL_NAME_REQUIRED',
  })
  @Access('CITIZEN')
  async takeQueueTicket(
    @CurrentUser() user: AuthUser,
    @Args() { input }: TakeQueueTicketArgs,
  ): Promise<QueueTicketType> {
    const ticket = await this.taking.take(user.userId, {
      hallCode: input.hallCode,
      categoryCode: input.categoryCode,
      doorCode: input.doorCode?.trim() ? input.doorCode : null,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      elderlyPriority: input.elderlyPriority,
      idempotencyKey: input.idempotencyKey,
    });
    const [view] = await this.snapshots.present([ticket]);
    return view;
  }

  @Mutation(() => QueueTicketType, {
    description:
      'Cancels a waiting, held or skipped ticket taken by you or for you. TICKET_STATE_CONFLICT ' +
      '(at a window or over), NOT_FOUND',
  })
  @Access('CITIZEN')
  async cancelQueueTicket(
    @CurrentUser() user: AuthUser,
    @Args() { id }: QueueTicketIdArgs,
  ): Promise<QueueTicketType> {
    const [view] = await this.snapshots.present([await this.tickets.cancel(user.userId, id)]);
    return view;
  }

  @Mutation(() => QueueTicketType, {
    description:
      'Puts a skipped (过号) ticket of today back in the queue, behind those waiting; once per ' +
      'ticket. TICKET_ALREADY_REQUEUED, TICKET_STATE_CONFLICT, QUEUE_TICKET_ACTIVE_EXISTS, NOT_FOUND',
  })
  @Access('CITIZEN')
  async requeueQueueTicket(
    @CurrentUser() user: AuthUser,
    @Args() { id }: QueueTicketIdArgs,
  ): Promise<QueueTicketType> {
    const [view] = await this.snapshots.present([await this.tickets.requeue(user.userId, id)]);
    return view;
  }

  @Query(() => [QueueTicketType], {
    description:
      'Today’s tickets taken by you or for you (family, appointments): active ones first, with ' +
      'position and estimated wait while waiting, the window when called',
  })
  @Access('CITIZEN')
  async myQueueTickets(@CurrentUser() user: AuthUser): Promise<QueueTicketType[]> {
    return this.snapshots.present(await this.tickets.mine(user.userId));
  }

  @Query(() => QueueTicketType, {
    description: 'One of your tickets (taken by you or for you); NOT_FOUND otherwise',
  })
  @Access('CITIZEN')
  async queueTicket(
    @CurrentUser() user: AuthUser,
    @Args() { id }: QueueTicketIdArgs,
  ): Promise<QueueTicketType> {
    const [view] = await this.snapshots.present([await this.tickets.one(user.userId, id)]);
    return view;
  }
}
