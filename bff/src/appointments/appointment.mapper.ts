import { checkInQrContent, effectiveAppointmentStatus } from '@shizhong/domain';
import { toSubscriptionQuota } from '../subscribe-messages/subscription.mapper';
import type { SubscriptionQuota } from '../subscribe-messages/subscription-quota.service';
import type { BookingStatusView, HallDayView } from './appointment-queries.service';
import type {
  BookingStatusType,
  HallBookingDayType,
  HallBookingType,
} from './dto/appointment.types';
import type { HallCheckInQr } from './check-in/check-in-qr';
import type { HallCheckInQrType } from './dto/appointment.types';

export function toBookingStatus(
  view: BookingStatusView,
  subjectMaskedName: string,
  quotas: SubscriptionQuota[],
): BookingStatusType {
  const banned = view.ban.banned && view.ban.until !== null;
  return {
    hallCode: view.hallCode,
    forSelf: view.forSelf,
    subjectMaskedName,
    canBook: view.reason === null,
    reason: view.reason,
    banned,
    bannedUntil: banned && view.ban.until ? view.ban.until.toISOString() : null,
    recentNoShows: view.ban.recentNoShows,
    noShowLimit: view.settings.noShowLimit,
    noShowWindowDays: view.settings.noShowWindowDays,
    noShowBanDays: view.settings.noShowBanDays,
    activeCount: view.activeCount,
    activeLimit: view.settings.maxActiveBookings,
    reminderQuota: quotas.map(toSubscriptionQuota),
  };
}

/** The staff day view: counts by what each booking shows now, the list without cancelled ones unless asked. */
export function toHallBookingDay(
  view: HallDayView,
  bookings: HallBookingType[],
  now: Date,
): HallBookingDayType {
  const counts = { total: 0, booked: 0, checkedIn: 0, noShow: 0, cancelled: 0 };
  for (const row of view.rows) {
    switch (effectiveAppointmentStatus(row.status, row.endsAt, now)) {
      case 'BOOKED':
        counts.booked += 1;
        break;
      case 'CHECKED_IN':
      case 'COMPLETED':
        counts.checkedIn += 1;
        break;
      case 'NO_SHOW':
        counts.noShow += 1;
        break;
      case 'CANCELLED':
        counts.cancelled += 1;
        break;
    }
  }
  counts.total = view.rows.length - counts.cancelled;
  return {
    hallCode: view.hallCode,
    date: view.date,
    categoryCode: view.categoryCode,
    counts,
    bookings: view.includeCancelled
      ? bookings
      : bookings.filter((booking) => booking.status !== 'CANCELLED'),
  };
}

export function toHallCheckInQr(qr: HallCheckInQr): HallCheckInQrType {
  return {
    hallCode: qr.hallCode,
    token: qr.token,
    content: checkInQrContent(qr.token),
    validOn: qr.validOn,
    validUntil: qr.validUntil.toISOString(),
  };
}
