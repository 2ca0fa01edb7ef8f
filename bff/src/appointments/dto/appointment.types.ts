import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActedByType } from '../../family/dto/acted-by.type';
import {
  SubscribeTemplateType,
  SubscriptionQuotaType,
} from '../../subscribe-messages/dto/subscription.types';
import { AppointmentStatusType, CheckInMethodType } from './appointment.enums';

@ObjectType('Appointment', {
  description: 'A booked time at a hall (预约), as its actor or its subject sees it',
})
export class AppointmentType {
  @Field(() => ID) id: string;
  @Field() hallCode: string;
  @Field({ description: 'e.g. 市中区政务服务中心' }) hallName: string;
  @Field({ description: 'A–H' }) categoryCode: string;
  @Field() categoryName: string;
  @Field({ description: 'Where to go in the hall (the category’s zone)' }) zoneName: string;
  @Field({ description: 'YYYY-MM-DD (Asia/Shanghai)' }) date: string;
  @Field({ description: 'HH:mm' }) startTime: string;
  @Field({ description: 'HH:mm' }) endTime: string;
  @Field({ description: 'ISO 8601' }) startsAt: string;
  @Field({ description: 'ISO 8601' }) endsAt: string;
  @Field(() => AppointmentStatusType, {
    description: 'A booking whose slot has ended without check-in already shows NO_SHOW',
  })
  status: AppointmentStatusType;
  @Field({ description: '待签到, 已取消, 已签到, 未到（爽约）, 已办结' }) statusLabel: string;
  @Field(() => ActedByType, { description: 'Who booked for whom (names masked)' })
  actedBy: ActedByType;
  @Field({ description: 'The person the appointment is for, masked (e.g. 张**)' })
  subjectMaskedName: string;
  @Field({ description: 'True when the caller made the booking (only they may cancel it)' })
  bookedByMe: boolean;
  @Field({ description: 'Whether the caller may cancel it now' }) canCancel: boolean;
  @Field({ description: 'The last instant it can be cancelled (ISO 8601)' })
  cancelDeadline: string;
  @Field({ description: 'Check-in (签到) opens: 30 minutes before the start (ISO 8601)' })
  checkInOpensAt: string;
  @Field({ description: 'Check-in closes: 15 minutes after the start (ISO 8601)' })
  checkInClosesAt: string;
  @Field({ description: 'Booked and inside the check-in window now' }) canCheckIn: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'What to show at the staff console (also as a QR code); only while BOOKED',
  })
  checkInCode: string | null;
  @Field({ description: 'When it was booked (ISO 8601)' }) createdAt: string;
  @Field(() => String, { nullable: true }) cancelledAt: string | null;
  @Field(() => String, { nullable: true }) checkedInAt: string | null;
}

@ObjectType('BookAppointmentPayload')
export class BookAppointmentPayloadType {
  @Field(() => AppointmentType) appointment: AppointmentType;
  @Field({
    description:
      'True when this idempotency key had already booked: the same appointment is returned, ' +
      'nothing new was booked',
  })
  replayed: boolean;
  @Field(() => [SubscribeTemplateType], {
    description:
      'Ask for these right after booking, in the same tap (Taro.requestSubscribeMessage), then ' +
      'call recordSubscription: the reminders are sent only with an accepted subscription',
  })
  reminderTemplates: SubscribeTemplateType[];
}

@ObjectType('BookingStatus', {
  description: 'Whether the caller (or one of their family members) may book, and why not',
})
export class BookingStatusType {
  @Field() hallCode: string;
  @Field({ description: 'The status is the caller’s own (not a family member’s)' })
  forSelf: boolean;
  @Field({ description: 'The person it is about, masked' }) subjectMaskedName: string;
  @Field() canBook: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Why not, in Chinese (the ban with its end, or the limit)',
  })
  reason: string | null;
  @Field({ description: 'Banned after repeated no-shows (the person, whoever books)' })
  banned: boolean;
  @Field(() => String, { nullable: true, description: 'When the ban ends (ISO 8601)' })
  bannedUntil: string | null;
  @Field(() => Int, { description: 'No-shows within the rule’s window' }) recentNoShows: number;
  @Field(() => Int, { description: 'This many no-shows …' }) noShowLimit: number;
  @Field(() => Int, { description: '… within this many days …' }) noShowWindowDays: number;
  @Field(() => Int, { description: '… ban booking for this many days' }) noShowBanDays: number;
  @Field(() => Int, { description: 'Booked, not yet over, made by the caller' })
  activeCount: number;
  @Field(() => Int, { description: 'At most this many at once per account' })
  activeLimit: number;
  @Field(() => [SubscriptionQuotaType], {
    description: 'Reminder messages the caller may still be sent (one per acceptance)',
  })
  reminderQuota: SubscriptionQuotaType[];
}

@ObjectType('HallBooking', { description: 'A booking as hall staff see it (names masked)' })
export class HallBookingType {
  @Field(() => ID, { description: 'Also the subject id of revealPersonalData (kind APPOINTMENT)' })
  id: string;
  @Field() hallCode: string;
  @Field() categoryCode: string;
  @Field() categoryName: string;
  @Field() date: string;
  @Field() startTime: string;
  @Field() endTime: string;
  @Field(() => AppointmentStatusType) status: AppointmentStatusType;
  @Field() statusLabel: string;
  @Field(() => ActedByType) actedBy: ActedByType;
  @Field() subjectMaskedName: string;
  @Field({ description: 'e.g. 370***********1234' }) subjectMaskedIdNumber: string;
  @Field(() => String, { nullable: true }) subjectMaskedPhone: string | null;
  @Field() checkInCode: string;
  @Field(() => String, { nullable: true }) checkedInAt: string | null;
  @Field(() => CheckInMethodType, { nullable: true }) checkInMethod: CheckInMethodType | null;
  @Field() createdAt: string;
}

@ObjectType('HallBookingCounts')
export class HallBookingCountsType {
  @Field(() => Int, { description: 'Every booking that was not cancelled' }) total: number;
  @Field(() => Int) booked: number;
  @Field(() => Int) checkedIn: number;
  @Field(() => Int) noShow: number;
  @Field(() => Int) cancelled: number;
}

@ObjectType('HallBookingDay', { description: 'The staff view of a day’s bookings' })
export class HallBookingDayType {
  @Field() hallCode: string;
  @Field() date: string;
  @Field(() => String, { nullable: true, description: 'Null: every category' })
  categoryCode: string | null;
  @Field(() => HallBookingCountsType) counts: HallBookingCountsType;
  @Field(() => [HallBookingType], { description: 'By start time, then category' })
  bookings: HallBookingType[];
}

@ObjectType('HallCheckInQr', {
  description:
    'The check-in code of a hall for today: show it as a QR code at the entrance (it changes ' +
    'every day); citizens scan it and call checkInAppointment',
})
export class HallCheckInQrType {
  @Field() hallCode: string;
  @Field({ description: 'The signed token (what checkInAppointment takes as qrToken)' })
  token: string;
  @Field({
    description:
      'The string to put in the QR code: SZHB:CHECKIN:<token>. The app reads it back with ' +
      'parseScannedCode (@shizhong/domain); shown as text too, for browsers that cannot scan',
  })
  content: string;
  @Field({ description: 'The Shanghai date it is valid on' }) validOn: string;
  @Field({ description: 'ISO 8601: midnight after validOn' }) validUntil: string;
}
