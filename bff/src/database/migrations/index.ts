import { HallReferenceSchema1763900000000 } from './1763900000000-hall-reference-schema';
import { ShizhongHallSeed1763900000100 } from './1763900000100-shizhong-hall-seed';
import { CatalogueCache1763900000200 } from './1763900000200-catalogue-cache';
import { SearchQueryLog1763900100000 } from './1763900100000-search-query-log';
import { SharedChecklist1763900200000 } from './1763900200000-shared-checklist';
import { UsersAndSessions1763900300000 } from './1763900300000-users-and-sessions';
import { ProfilesAndFamily1763900400000 } from './1763900400000-profiles-and-family';
import { StaffAccounts1763900500000 } from './1763900500000-staff-accounts';
import { PiiAccessAudit1763900500100 } from './1763900500100-pii-access-audit';
import { FamilyLinksAndAddresses1763900600000 } from './1763900600000-family-links-and-addresses';
import { BookingCalendarSchema1763900700000 } from './1763900700000-booking-calendar-schema';
import { Holidays20261763900700100 } from './1763900700100-holidays-2026';
import { ShizhongScheduleSeed1763900700200 } from './1763900700200-shizhong-schedule-seed';
import { SavedChecklist1763900800000 } from './1763900800000-saved-checklist';

import { Appointments1763900900000 } from './1763900900000-appointments';
import { QueueTickets1763901100000 } from './1763901100000-queue-tickets';
/** Migrations in the order they run; they use TypeORM's schema builder so they run on SQLite and MySQL. */
export const MIGRATIONS = [
  HallReferenceSchema1763900000000,
  ShizhongHallSeed1763900000100,
  CatalogueCache1763900000200,
  SearchQueryLog1763900100000,
  SharedChecklist1763900200000,
  UsersAndSessions1763900300000,
  ProfilesAndFamily1763900400000,
  StaffAccounts1763900500000,
  PiiAccessAudit1763900500100,
  FamilyLinksAndAddresses1763900600000,
  BookingCalendarSchema1763900700000,
  Holidays20261763900700100,
  ShizhongScheduleSeed1763900700200,
  SavedChecklist1763900800000,
  Appointments1763900900000,
  QueueTickets1763901100000,
];
