import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import { Clock } from '../common/clock/clock';
import { HallCodeArgs } from './dto/queue.args';
import { QueueBoardType, QueueCategoryStatusType, QueueOpenStateType } from './dto/queue.types';
import { OfficeHoursService } from './office-hours.service';
import { QueueReference } from './queue-reference.service';
import { QueueSnapshots } from './queue-snapshots.service';

/** What anyone may see of a hall's queue: categories with waits, hours, the display board. */
@Resolver()
export class QueuePublicResolver {
  constructor(
    private readonly snapshots: QueueSnapshots,
    private readonly reference: QueueReference,
    private readonly officeHours: OfficeHoursService,
    private readonly clock: Clock,
  ) {}

  @Query(() => [QueueCategoryStatusType], {
    description:
      'The hall’s queue categories now: waiting count, open windows, the wait for a ticket ' +
      'taken now, paused. HALL_NOT_FOUND',
  })
  @Access('PUBLIC')
  async queueCategories(@Args() { hallCode }: HallCodeArgs): Promise<QueueCategoryStatusType[]> {
    return this.snapshots.statuses(hallCode, this.snapshots.today());
  }

  @Query(() => QueueOpenStateType, {
    description:
      'Whether tickets can be taken at the hall now (any category’s hours on a working day), ' +
      'why not, and when that changes. HALL_NOT_FOUND',
  })
  @Access('PUBLIC')
  async queueOpenState(@Args() { hallCode }: HallCodeArgs): Promise<QueueOpenStateType> {
    const hall = await this.reference.hall(hallCode);
    const state = await this.officeHours.openState(hall, null, this.clock.now());
    return {
      open: state.open,
      reason: state.reason,
      opensAt: state.opensAt,
      closesAt: state.closesAt,
    };
  }

  @Query(() => QueueBoardType, {
    description:
      'The display board (叫号屏): the last 10 numbers called and their windows, and the ' +
      'queues. Numbers and windows only, no personal data. HALL_NOT_FOUND',
  })
  @Access('PUBLIC')
  queueBoard(@Args() { hallCode }: HallCodeArgs): Promise<QueueBoardType> {
    return this.snapshots.board(hallCode);
  }
}
