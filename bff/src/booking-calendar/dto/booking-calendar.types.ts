import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  BookingDayStateType,
  BookingSlotStateType,
  DayKindType,
  HolidayKindType,
  ScheduleExceptionKindType,
} from './booking-calendar.enums';

@ObjectType('BookingCategory', { description: 'A business category one can book a time for' })
export class BookingCategoryType {
  @Field() hallCode: string;
  @Field({ description: 'A–H; also the ticket prefix' }) code: string;
  @Field() name: string;
  @Field() description: string;
  @Field() zoneName: string;
  @Field({ description: 'False when the category has no schedule at this hall' })
  bookable: boolean;
}

@ObjectType('BookingDay')
export class BookingDayType {
  @Field({ description: 'YYYY-MM-DD (Asia/Shanghai)' }) date: string;
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday' }) weekday: number;
  @Field(() => DayKindType, { nullable: true, description: 'Null when the year has no data' })
  dayKind: DayKindType | null;
  @Field(() => BookingDayStateType) state: BookingDayStateType;
  @Field(() => String, {
    nullable: true,
    description: 'The holiday a day off or a make-up workday belongs to (国庆节, …)',
  })
  holidayName: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Places left in slots still to start (OPEN and FULL days)',
  })
  remaining: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Places of the whole day (OPEN, FULL and NOT_RELEASED days)',
  })
  capacity: number | null;
  @Field(() => String, { nullable: true, description: 'When a NOT_RELEASED day opens (ISO 8601)' })
  releasesAt: string | null;
}

@ObjectType('BookingCalendar')
export class BookingCalendarType {
  @Field() hallCode: string;
  @Field() categoryCode: string;
  @Field({ description: 'The server time the calendar was computed at (ISO 8601)' }) now: string;
  @Field({ description: 'Today in Shanghai, YYYY-MM-DD' }) today: string;
  @Field({ description: 'The last bookable date (the end of the booking horizon)' })
  horizonEnd: string;
  @Field(() => [BookingDayType]) days: BookingDayType[];
}

@ObjectType('BookingSlot')
export class BookingSlotType {
  @Field(() => ID, { description: 'What the booking step books (appointment_slot.id)' }) id: string;
  @Field({ description: 'HH:mm' }) startTime: string;
  @Field({ description: 'HH:mm' }) endTime: string;
  @Field(() => Int) capacity: number;
  @Field(() => Int) remaining: number;
  @Field(() => BookingSlotStateType) state: BookingSlotStateType;
  @Field({ description: 'A 延时服务 evening slot' }) evening: boolean;
}

@ObjectType('BookingSlotDay', { description: 'The slots of one category on one day' })
export class BookingSlotDayType {
  @Field() hallCode: string;
  @Field() categoryCode: string;
  @Field() date: string;
  @Field(() => DayKindType, { nullable: true }) dayKind: DayKindType | null;
  @Field(() => String, { nullable: true }) holidayName: string | null;
  @Field(() => BookingDayStateType) state: BookingDayStateType;
  @Field(() => [BookingSlotType]) slots: BookingSlotType[];
}

@ObjectType('Holiday')
export class HolidayType {
  @Field() date: string;
  @Field(() => HolidayKindType) kind: HolidayKindType;
  @Field() name: string;
  @Field({ description: 'chinese-days@… for seeded rows, admin for edits' }) source: string;
}

@ObjectType('HolidayYear')
export class HolidayYearType {
  @Field(() => Int) year: number;
  @Field({ description: 'Only published years are bookable' }) published: boolean;
  @Field(() => String, { nullable: true }) publishedAt: string | null;
  @Field(() => [HolidayType]) holidays: HolidayType[];
}

@ObjectType('ScheduleException')
export class ScheduleExceptionType {
  @Field(() => ID) id: string;
  @Field() hallCode: string;
  @Field() date: string;
  @Field(() => String, { nullable: true, description: 'Null: every category' })
  categoryCode: string | null;
  @Field(() => ScheduleExceptionKindType) kind: ScheduleExceptionKindType;
  @Field(() => String, { nullable: true }) startTime: string | null;
  @Field(() => String, { nullable: true }) endTime: string | null;
  @Field(() => Int, { nullable: true }) slotMinutes: number | null;
  @Field(() => Int, { nullable: true }) capacity: number | null;
  @Field() reason: string;
  @Field() createdAt: string;
}
