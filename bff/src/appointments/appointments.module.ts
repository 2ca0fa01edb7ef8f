import { Module, type OnModuleInit } from '@nestjs/common';
import { BookingCalendarModule } from '../booking-calendar/booking-calendar.module';
import { FamilyModule } from '../family/family.module';
import { OutboxModule } from '../outbox/outbox.module';
import { OutboxWorker } from '../outbox/outbox.worker';
import { PersonalDataSubjectRegistry } from '../personal-data/personal-data-subject.registry';
import { SubscribeMessagesModule } from '../subscribe-messages/subscribe-messages.module';
import { APPOINTMENT_SUBJECT_KIND, resolveAppointmentSubject } from './appointment-personal-data';
import { AppointmentQueriesService } from './appointment-queries.service';
import { AppointmentPresenter } from './appointment.presenter';
import { AppointmentsRepository } from './appointments.repository';
import { AppointmentsResolver } from './appointments.resolver';
import { BookingEligibility } from './booking-eligibility.service';
import { BookingService } from './booking.service';
import { CancellationService } from './cancellation.service';
import { AppointmentCheckInHooks } from './check-in/check-in-hooks';
import { CheckInQrSigner } from './check-in/check-in-qr';
import { CheckInService } from './check-in/check-in.service';
import { HallBookingsResolver } from './hall-bookings.resolver';
import { NoShowSweeper } from './no-show.sweeper';
import { AppointmentReminderHandler } from './reminders/appointment-reminder.handler';

/**
 * Appointments (预约, issue 6, booking side): booking with capacity, idempotency and the
 * per-person limits enforced by the database; cancelling; no-shows and the booking ban; check-in
 * by the hall's QR code or at the staff console; reminders as WeChat subscribe messages through
 * the outbox. See README.md in this folder.
 */
@Module({
  imports: [BookingCalendarModule, FamilyModule, OutboxModule, SubscribeMessagesModule],
  providers: [
    AppointmentsRepository,
    AppointmentPresenter,
    BookingEligibility,
    BookingService,
    CancellationService,
    AppointmentQueriesService,
    CheckInQrSigner,
    AppointmentCheckInHooks,
    CheckInService,
    NoShowSweeper,
    AppointmentReminderHandler,
    AppointmentsResolver,
    HallBookingsResolver,
  ],
  exports: [AppointmentCheckInHooks, AppointmentsRepository],
})
export class AppointmentsModule implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataSubjectRegistry,
    private readonly outbox: OutboxWorker,
    private readonly reminders: AppointmentReminderHandler,
  ) {}

  onModuleInit(): void {
    this.registry.register(APPOINTMENT_SUBJECT_KIND, resolveAppointmentSubject);
    this.outbox.register(this.reminders);
  }
}
