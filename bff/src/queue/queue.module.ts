import { Module, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppointmentsModule } from '../appointments/appointments.module';
import { AppointmentCheckInHooks } from '../appointments/check-in/check-in-hooks';
import { BookingCalendarModule } from '../booking-calendar/booking-calendar.module';
import { FamilyModule } from '../family/family.module';
import { registerAfterCommit } from './after-commit';
import { AppointmentTicketHook } from './appointment-ticket.hook';
import { CategoryPauseService } from './category-pause.service';
import { CitizenTicketsService } from './citizen-tickets.service';
import { DoorQrSigner } from './door-qr';
import { NextTicketCaller } from './next-ticket-caller.service';
import { OfficeHoursService } from './office-hours.service';
import { QueueEvents } from './queue-events';
import { QueuePublicResolver } from './queue-public.resolver';
import { QueueReference } from './queue-reference.service';
import { QueueSnapshots } from './queue-snapshots.service';
import { QueueTicketPresenter } from './queue-ticket.presenter';
import { QueueStaffResolver } from './queue-staff.resolver';
import { QueueTicketsResolver } from './queue-tickets.resolver';
import { QueueRepository } from './queue.repository';
import { ServiceWindowResolver } from './service-window.resolver';
import { TakeEligibility } from './take-eligibility.service';
import { TicketIssuer } from './ticket-issuer.service';
import { TicketNumbering } from './ticket-numbering';
import { TicketTakingService } from './ticket-taking.service';
import { WindowConsoleService } from './window-console.service';
import { WindowOperations } from './window-operations';

/**
 * Queue tickets (取号/叫号, issue 7): taking a ticket (door code or nearby, office hours,
 * one active per person and category, elderly priority), gap-free numbers, the staff window
 * console with the calling policy of @shizhong/domain, a priority ticket at appointment
 * check-in, positions and waits. QueueEvents and QueueSnapshots are for the realtime
 * subscriptions. See README.md in this folder.
 */
@Module({
  imports: [AppointmentsModule, BookingCalendarModule, FamilyModule],
  providers: [
    QueueEvents,
    QueueReference,
    QueueRepository,
    OfficeHoursService,
    DoorQrSigner,
    TicketNumbering,
    TicketIssuer,
    TakeEligibility,
    TicketTakingService,
    CitizenTicketsService,
    AppointmentTicketHook,
    CategoryPauseService,
    WindowOperations,
    WindowConsoleService,
    NextTicketCaller,
    QueueTicketPresenter,
    QueueSnapshots,
    QueuePublicResolver,
    QueueTicketsResolver,
    QueueStaffResolver,
    ServiceWindowResolver,
  ],
  exports: [
    QueueEvents,
    QueueSnapshots,
    QueueReference,
    DoorQrSigner,
    WindowOperations,
    QueueRepository,
    CitizenTicketsService,
  ],
})
export class QueueModule implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hooks: AppointmentCheckInHooks,
    private readonly appointmentTickets: AppointmentTicketHook,
  ) {}

  onModuleInit(): void {
    registerAfterCommit(this.dataSource);
    this.hooks.register('queue-ticket', (appointment, manager) =>
      this.appointmentTickets.onCheckIn(appointment, manager),
    );
  }
}
