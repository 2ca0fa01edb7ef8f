import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APPOINTMENT_STATUS_LABELS,
  cancelDeadline,
  cancelRefusal,
  checkInRefusal,
  checkInWindow,
  effectiveAppointmentStatus,
  maskIdNumber,
  maskName,
  maskPhone,
} from '@shizhong/domain';
import { DataSource, In } from 'typeorm';
import { BookingCalendarRepository } from '../booking-calendar/booking-calendar.repository';
import { PiiCipher } from '../common/pii/pii-cipher';
import { toActedBy } from '../family/acted-by.mapper';
import { ServicePointEntity } from '../halls/service-point.entity';
import type { AppointmentEntity } from './appointment.entity';
import { AppointmentStatusType, CheckInMethodType } from './dto/appointment.enums';
import type { AppointmentType, HallBookingType } from './dto/appointment.types';

/** What the mapping needs besides the row: names of the hall's places and its cut-off. */
interface HallContext {
  hallName: string;
  cancelCutoffMinutes: number;
  categories: Map<string, { name: string; zoneName: string }>;
}

const DEFAULT_CUTOFF_MINUTES = 60;
const HALL_TTL_MS = 60_000;

/**
 * Turns appointment rows into what citizens and staff see: names masked, status with its
 * Chinese label (a booking past its slot already shows as a no-show), what the caller may do.
 */
@Injectable()
export class AppointmentPresenter {
  private readonly halls = new Map<string, { until: number; value: Promise<HallContext> }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendar: BookingCalendarRepository,
    private readonly cipher: PiiCipher,
  ) {}

  async forCitizen(
    rows: AppointmentEntity[],
    viewerUserId: string,
    now: Date,
  ): Promise<AppointmentType[]> {
    const contexts = await this.contexts(rows);
    return rows.map((row) => this.citizenView(row, viewerUserId, now, contexts.get(row.hallCode)));
  }

  async forStaff(rows: AppointmentEntity[], now: Date): Promise<HallBookingType[]> {
    const contexts = await this.contexts(rows);
    return rows.map((row) => this.staffView(row, now, contexts.get(row.hallCode)));
  }

  /** Where an appointment is: the hall, the category and its zone (for messages). */
  async placeOf(
    row: Pick<AppointmentEntity, 'hallCode' | 'categoryCode'>,
  ): Promise<{ hallName: string; categoryName: string; zoneName: string }> {
    const context = await this.hallContext(row.hallCode);
    const category = context.categories.get(row.categoryCode);
    return {
      hallName: context.hallName,
      categoryName: category?.name ?? row.categoryCode,
      zoneName: category?.zoneName ?? '',
    };
  }

  /** The masked name of the person an appointment or status is about. */
  maskedName(nameEnc: string): string {
    return maskName(this.cipher.decrypt(nameEnc));
  }

  private citizenView(
    row: AppointmentEntity,
    viewerUserId: string,
    now: Date,
    context: HallContext | undefined,
  ): AppointmentType {
    const status = effectiveAppointmentStatus(row.status, row.endsAt, now);
    const cutoff = context?.cancelCutoffMinutes ?? DEFAULT_CUTOFF_MINUTES;
    const window = checkInWindow(row.startsAt);
    const category = context?.categories.get(row.categoryCode);
    const bookedByMe = row.actorUserId === viewerUserId;
    const actedBy = toActedBy(row, this.cipher);
    return {
      id: row.id,
      hallCode: row.hallCode,
      hallName: context?.hallName ?? row.hallCode,
      categoryCode: row.categoryCode,
      categoryName: category?.name ?? row.categoryCode,
      zoneName: category?.zoneName ?? '',
      date: row.date,
      startTime: row.startTime,
      endTime: row.endTime,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      status: AppointmentStatusType[status],
      statusLabel: APPOINTMENT_STATUS_LABELS[status],
      actedBy,
      subjectMaskedName: actedBy.subjectMaskedName,
      bookedByMe,
      canCancel: bookedByMe && cancelRefusal(status, row.startsAt, now, cutoff) === null,
      cancelDeadline: cancelDeadline(row.startsAt, cutoff).toISOString(),
      checkInOpensAt: window.opensAt.toISOString(),
      checkInClosesAt: window.closesAt.toISOString(),
      canCheckIn: checkInRefusal(status, row.startsAt, now) === null,
      checkInCode: status === 'BOOKED' ? row.checkInCode : null,
      createdAt: row.createdAt.toISOString(),
      cancelledAt: row.cancelledAt?.toISOString() ?? null,
      checkedInAt: row.checkedInAt?.toISOString() ?? null,
    };
  }

  private staffView(
    row: AppointmentEntity,
    now: Date,
    context: HallContext | undefined,
  ): HallBookingType {
    const status = effectiveAppointmentStatus(row.status, row.endsAt, now);
    const actedBy = toActedBy(row, this.cipher);
    return {
      id: row.id,
      hallCode: row.hallCode,
      categoryCode: row.categoryCode,
      categoryName: context?.categories.get(row.categoryCode)?.name ?? row.categoryCode,
      date: row.date,
      startTime: row.startTime,
      endTime: row.endTime,
      status: AppointmentStatusType[status],
      statusLabel: APPOINTMENT_STATUS_LABELS[status],
      actedBy,
      subjectMaskedName: actedBy.subjectMaskedName,
      subjectMaskedIdNumber: maskIdNumber(this.cipher.decrypt(row.subjectIdNumberEnc)),
      subjectMaskedPhone: row.subjectPhoneEnc
        ? maskPhone(this.cipher.decrypt(row.subjectPhoneEnc))
        : null,
      checkInCode: row.checkInCode,
      checkedInAt: row.checkedInAt?.toISOString() ?? null,
      checkInMethod: row.checkInMethod ? CheckInMethodType[row.checkInMethod] : null,
      createdAt: row.createdAt.toISOString(),
    };
  }

  private async contexts(rows: AppointmentEntity[]): Promise<Map<string, HallContext>> {
    const codes = [...new Set(rows.map((row) => row.hallCode))];
    const contexts = await Promise.all(codes.map((code) => this.hallContext(code)));
    return new Map(codes.map((code, i) => [code, contexts[i]]));
  }

  private hallContext(hallCode: string): Promise<HallContext> {
    const now = Date.now();
    const hit = this.halls.get(hallCode);
    if (hit && hit.until > now) return hit.value;
    const value = this.loadHallContext(hallCode);
    this.halls.set(hallCode, { until: now + HALL_TTL_MS, value });
    void value.catch(() => this.halls.delete(hallCode));
    return value;
  }

  private async loadHallContext(hallCode: string): Promise<HallContext> {
    const [points, settings, categories, zones] = await Promise.all([
      this.dataSource.getRepository(ServicePointEntity).find({ where: { code: In([hallCode]) } }),
      this.calendar.settings(hallCode),
      this.calendar.categories(hallCode),
      this.calendar.zoneNames(hallCode),
    ]);
    return {
      hallName: points[0]?.name ?? hallCode,
      cancelCutoffMinutes: settings?.cancelCutoffMinutes ?? DEFAULT_CUTOFF_MINUTES,
      categories: new Map(
        categories.map((category) => [
          category.code,
          { name: category.name, zoneName: zones.get(category.zoneCode) ?? '' },
        ]),
      ),
    };
  }
}
