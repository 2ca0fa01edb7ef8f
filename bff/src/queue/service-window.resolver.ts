import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import {
  OpenWindowArgs,
  ResumeTicketArgs,
  TransferTicketArgs,
  WindowCodeArgs,
} from './dto/queue.args';
import { ServiceWindowConsoleType } from './dto/queue.types';
import { NextTicketCaller } from './next-ticket-caller.service';
import type { QueueHall, ServiceWindowRef } from './queue-reference.service';
import { QueueSnapshots } from './queue-snapshots.service';
import { WindowConsoleService } from './window-console.service';

const OWN_HALL = 'Staff of the window’s hall only (system admins: any): FORBIDDEN otherwise. ';

/** The staff window console (窗口): each operation answers with the window's console. */
@Resolver()
export class ServiceWindowResolver {
  constructor(
    private readonly console: WindowConsoleService,
    private readonly caller: NextTicketCaller,
    private readonly snapshots: QueueSnapshots,
  ) {}

  private async view(done: Promise<{ hall: QueueHall; window: ServiceWindowRef }>) {
    const { hall, window } = await done;
    const [console] = await this.snapshots.windowConsoles(hall.code, [window.code]);
    return console;
  }

  @Mutation(() => ServiceWindowConsoleType, {
    description:
      'Opens the window for some of its categories (all when left out), or changes them. ' +
      OWN_HALL +
      'QUEUE_WINDOW_UNKNOWN, QUEUE_WINDOW_CATEGORY_MISMATCH',
  })
  @Access('STAFF')
  openServiceWindow(
    @CurrentUser() user: AuthUser,
    @Args() { windowCode, categoryCodes }: OpenWindowArgs,
  ): Promise<ServiceWindowConsoleType> {
    return this.view(this.console.open(user, windowCode, categoryCodes ?? null));
  }

  @Mutation(() => ServiceWindowConsoleType, {
    description: 'Pauses calling at the window. ' + OWN_HALL + 'QUEUE_WINDOW_NOT_OPEN',
  })
  @Access('STAFF')
  pauseServiceWindow(
    @CurrentUser() user: AuthUser,
    @Args() { windowCode }: WindowCodeArgs,
  ): Promise<ServiceWindowConsoleType> {
    return this.view(this.console.pause(user, windowCode));
  }

  @Mutation(() => ServiceWindowConsoleType, {
    description:
      'Closes the window. ' + OWN_HALL + 'TICKET_STATE_CONFLICT while it serves or holds a ticket',
  })
  @Access('STAFF')
  closeServiceWindow(
    @CurrentUser() user: AuthUser,
    @Args() { windowCode }: WindowCodeArgs,
  ): Promise<ServiceWindowConsoleType> {
    return this.view(this.console.close(user, windowCode));
  }

  @Mutation(() => ServiceWindowConsoleType, {
    description:
      '叫号: calls the next ticket of the categories the window serves, by the calling policy ' +
      '(tickets transferred to this window first; priority first, a normal one after K priority ' +
      'calls). Two windows never get the same ticket. ' +
      OWN_HALL +
      'QUEUE_WINDOW_NOT_OPEN, QUEUE_NO_TICKET_WAITING, TICKET_STATE_CONFLICT (a ticket is at the window)',
  })
  @Access('STAFF')
  callNextTicket(
    @CurrentUser() user: AuthUser,
    @Args() { windowCode }: WindowCodeArgs,
  ): Promise<ServiceWindowConsoleType> {
    return this.view(this.caller.callNext(user, windowCode));
  }

  @Mutation(() => ServiceWindowConsoleType, {
    description:
      '重呼: calls the window’s current ticket again. ' + OWN_HALL + 'TICKET_STATE_CONFLICT',
  })
  @Access('STAFF')
  recallTicket(
    @CurrentUser() user: AuthUser,
    @Args() { windowCode }: WindowCodeArgs,
  ): Promise<ServiceWindowConsoleType> {
    return this.view(this.console.recall(user, windowCode));
  }

  @Mutation(() => ServiceWindowConsoleType, {
    description:
      '过号: the citizen did not come (they may re-queue once). ' +
      OWN_HALL +
      'TICKET_STATE_CONFLICT',
  })
  @Access('STAFF')
  skipTicket(
    @CurrentUser() user: AuthUser,
    @Args() { windowCode }: WindowCodeArgs,
  ): Promise<ServiceWindowConsoleType> {
    return this.view(this.console.skip(user, windowCode));
  }

  @Mutation(() => ServiceWindowConsoleType, {
    description:
      '挂起: sets the current ticket aside; the window may call the next. ' +
      OWN_HALL +
      'TICKET_STATE_CONFLICT',
  })
  @Access('STAFF')
  holdTicket(
    @CurrentUser() user: AuthUser,
    @Args() { windowCode }: WindowCodeArgs,
  ): Promise<ServiceWindowConsoleType> {
    return this.view(this.console.hold(user, windowCode));
  }

  @Mutation(() => ServiceWindowConsoleType, {
    description:
      'Takes a ticket this window holds back (the window must be free). ' +
      OWN_HALL +
      'TICKET_STATE_CONFLICT',
  })
  @Access('STAFF')
  resumeTicket(
    @CurrentUser() user: AuthUser,
    @Args() { windowCode, ticketId }: ResumeTicketArgs,
  ): Promise<ServiceWindowConsoleType> {
    return this.view(this.console.resume(user, windowCode, ticketId));
  }

  @Mutation(() => ServiceWindowConsoleType, {
    description:
      '办结: completes the current ticket and records the time served. ' +
      OWN_HALL +
      'TICKET_STATE_CONFLICT',
  })
  @Access('STAFF')
  completeTicket(
    @CurrentUser() user: AuthUser,
    @Args() { windowCode }: WindowCodeArgs,
  ): Promise<ServiceWindowConsoleType> {
    return this.view(this.console.complete(user, windowCode));
  }

  @Mutation(() => ServiceWindowConsoleType, {
    description:
      '转办: the current or a held ticket waits again in another category or for one window ' +
      '(which calls it first), keeping its number and queue time. ' +
      OWN_HALL +
      'QUEUE_CATEGORY_UNKNOWN, QUEUE_WINDOW_UNKNOWN, QUEUE_WINDOW_CATEGORY_MISMATCH, ' +
      'QUEUE_TICKET_ACTIVE_EXISTS, TICKET_STATE_CONFLICT',
  })
  @Access('STAFF')
  transferTicket(
    @CurrentUser() user: AuthUser,
    @Args() { windowCode, input }: TransferTicketArgs,
  ): Promise<ServiceWindowConsoleType> {
    return this.view(
      this.console.transfer(user, windowCode, {
        ticketId: input.ticketId,
        toCategoryCode: input.toCategoryCode ?? null,
        toWindowCode: input.toWindowCode ?? null,
      }),
    );
  }
}
