import { AuthResolver } from '../auth/auth.resolver';
import { BrowseResolver } from '../catalogue/browse.resolver';
import { CatalogueResolver } from '../catalogue/catalogue.resolver';
import { ChecklistsResolver } from '../checklists/checklists.resolver';
import { HallResolver } from '../halls/hall.resolver';
import { SearchResolver } from '../search/search.resolver';
import { ThemesResolver } from '../themes/themes.resolver';
import { UsersResolver } from '../users/users.resolver';
import { ProfilesResolver } from '../profiles/profiles.resolver';
import { FamilyResolver } from '../family/family.resolver';
import { FamilyLinksResolver } from '../family/family-links.resolver';
import { AddressesResolver } from '../addresses/addresses.resolver';
import { SavedChecklistsResolver } from '../checklists/saved-checklists.resolver';
import { StaffResolver } from '../staff/staff.resolver';
import { StaffAdminResolver } from '../staff/staff-admin.resolver';
import { PersonalDataResolver } from '../personal-data/personal-data.resolver';
import { BookingCalendarResolver } from '../booking-calendar/booking-calendar.resolver';
import { BookingCalendarAdminResolver } from '../booking-calendar/booking-calendar-admin.resolver';
import {
  ServiceItemBookingCategoryResolver,
  ThemeBookingCategoryResolver,
} from '../booking-calendar/booking-category-fields.resolver';
import { TestClockResolver } from '../common/clock/test-clock.resolver';

import { AppointmentsResolver } from '../appointments/appointments.resolver';
import { HallBookingsResolver } from '../appointments/hall-bookings.resolver';
import { SubscriptionsResolver } from '../subscribe-messages/subscriptions.resolver';
import { QueuePublicResolver } from '../queue/queue-public.resolver';
import { QueueTicketsResolver } from '../queue/queue-tickets.resolver';
import { QueueStaffResolver } from '../queue/queue-staff.resolver';
import { ServiceWindowResolver } from '../queue/service-window.resolver';
import { QueueRealtimeResolver } from '../queue/realtime/queue-realtime.resolver';
/**
 * Every resolver class, for writing bff/schema.gql without starting the app. A test compares
 * the running app's schema with the committed file, so a resolver missing here is caught.
 */
export const GRAPHQL_RESOLVERS = [
  CatalogueResolver,
  HallResolver,
  SearchResolver,
  BrowseResolver,
  ThemesResolver,
  ChecklistsResolver,
  AuthResolver,
  UsersResolver,
  ProfilesResolver,
  FamilyResolver,
  FamilyLinksResolver,
  AddressesResolver,
  SavedChecklistsResolver,
  StaffResolver,
  StaffAdminResolver,
  PersonalDataResolver,
  BookingCalendarResolver,
  BookingCalendarAdminResolver,
  ServiceItemBookingCategoryResolver,
  ThemeBookingCategoryResolver,
  TestClockResolver,
  AppointmentsResolver,
  HallBookingsResolver,
  SubscriptionsResolver,
  QueuePublicResolver,
  QueueTicketsResolver,
  QueueStaffResolver,
  ServiceWindowResolver,
  QueueRealtimeResolver,
];
