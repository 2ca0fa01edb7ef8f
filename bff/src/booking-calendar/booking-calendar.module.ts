import { Module } from '@nestjs/common';
import { HallModule } from '../halls/hall.module';
import { BookingCalendarAdminResolver } from './booking-calendar-admin.resolver';
import { BookingCalendarAdminService } from './booking-calendar-admin.service';
import { BookingCalendarRepository } from './booking-calendar.repository';
import { BookingCalendarResolver } from './booking-calendar.resolver';
import { BookingCalendarService } from './booking-calendar.service';
import {
  ServiceItemBookingCategoryResolver,
  ThemeBookingCategoryResolver,
} from './booking-category-fields.resolver';
import { SlotMaterializer } from './slot-materializer.service';

/**
 * The appointment calendar (issue 6, read side): holidays, schedules, released slots. The
 * booking step uses BookingCalendarService.bookableSlot and the `appointment_slot` table.
 */
@Module({
  imports: [HallModule],
  providers: [
    BookingCalendarRepository,
    SlotMaterializer,
    BookingCalendarService,
    BookingCalendarAdminService,
    BookingCalendarResolver,
    BookingCalendarAdminResolver,
    ServiceItemBookingCategoryResolver,
    ThemeBookingCategoryResolver,
  ],
  exports: [BookingCalendarService, SlotMaterializer, BookingCalendarRepository],
})
export class BookingCalendarModule {}
