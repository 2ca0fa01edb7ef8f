import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { bookingCategoryOfItem, bookingCategoryOfTheme } from '@shizhong/domain';
import { ServiceItemDetailType } from '../catalogue/dto/service-item.types';
import { HallService } from '../halls/hall.service';
import { ThemeDetailType } from '../themes/dto/theme.types';

const DESCRIPTION =
  'The business category a booking from this page starts with, at the district hall (SZ-HALL)';

/** bookingCategoryCode of an item: the category (A–H) it names, when the hall has it. */
@Resolver(() => ServiceItemDetailType)
export class ServiceItemBookingCategoryResolver {
  constructor(private readonly halls: HallService) {}

  @ResolveField(() => String, { nullable: true, description: DESCRIPTION })
  bookingCategoryCode(@Parent() item: ServiceItemDetailType): string | null {
    return bookingCategoryOfItem(item.businessCategory, this.halls.getMainHall().categories);
  }
}

/** bookingCategoryCode of a theme: where it is taken in (see bookingCategoryOfTheme). */
@Resolver(() => ThemeDetailType)
export class ThemeBookingCategoryResolver {
  constructor(private readonly halls: HallService) {}

  @ResolveField(() => String, { nullable: true, description: DESCRIPTION })
  bookingCategoryCode(@Parent() theme: ThemeDetailType): string | null {
    return bookingCategoryOfTheme(theme, this.halls.getMainHall().categories);
  }
}
