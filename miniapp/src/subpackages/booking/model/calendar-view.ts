import { addDays, daysBetween, isoWeekday, type LocalDate } from '@shizhong/domain';
import type { BookingDayState, DayKind } from '@/gql/graphql';
import { bookingStrings as s } from '../strings';
import { dayWithWeekday, instantDate, instantText, monthDay } from './format';

/** A day of `bookingCalendar` (the fields the page asks for). */
export interface CalendarDay {
  date: LocalDate;
  state: BookingDayState;
  dayKind?: DayKind | null;
  holidayName?: string | null;
  releasesAt?: string | null;
  remaining?: number | null;
}

export type DayTone = 'open' | 'full' | 'off' | 'pending' | 'muted';

/** What one day cell (grid) or row (care list) shows and says. */
export interface DayView {
  date: LocalDate;
  /** The number in the cell: `28`, or `10/1` on the first of a month and the first cell. */
  dayText: string;
  /** 可约 / 约满 / 休 / 不办理 / 未放号 / 未开放 / '' (past). */
  statusText: string;
  /** Under the status in the cell: the holiday name, or the release time; '' when none. */
  note: string;
  /** A 调休 working Saturday/Sunday (「班」). */
  makeup: boolean;
  /** The server's today. */
  today: boolean;
  /** 剩余240个 on days with places left; '' otherwise. */
  remainingText: string;
  /** Only OPEN days open the slot list. */
  selectable: boolean;
  tone: DayTone;
  /** The whole day in words, for screen readers: 10月1日 周四 国庆节 休息. */
  label: string;
  /** What tapping a day that cannot be chosen says; '' for selectable days. */
  hint: string;
}

function releaseText(releasesAt: string | null | undefined, today: LocalDate): string {
  return releasesAt ? instantText(releasesAt, today) : '';
}

/** The short release note of a cell: `08:00` when it opens today, else `9/29`. */
function releaseNote(releasesAt: string | null | undefined, today: LocalDate): string {
  if (!releasesAt) return '';
  const date = instantDate(releasesAt);
  if (date === today) return instantText(releasesAt, today);
  return `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;
}

export function dayView(day: CalendarDay, today: LocalDate, showMonth = false): DayView {
  const name = day.holidayName ?? null;
  const makeup = day.dayKind === 'MAKEUP_WORKDAY';
  const holidayKind = day.dayKind === 'HOLIDAY';
  const dayNumber = Number(day.date.slice(8, 10));
  const dayText =
    showMonth || dayNumber === 1
      ? `${Number(day.date.slice(5, 7))}/${dayNumber}`
      : String(dayNumber);
  const head =
    day.date === today ? `${dayWithWeekday(day.date)} ${s.today}` : dayWithWeekday(day.date);
  /** 调休上班 / 国庆节 before the state, when the day is special. */
  const kindWords = makeup ? s.makeupWorkday : holidayKind && name ? name : '';
  const words = (...parts: string[]) => [head, kindWords, ...parts].filter(Boolean).join(' ');
  const base = {
    date: day.date,
    dayText,
    makeup,
    today: day.date === today,
    remainingText: day.state === 'OPEN' && day.remaining ? s.remaining(day.remaining) : '',
  };

  switch (day.state) {
    case 'OPEN':
      return {
        ...base,
        statusText: s.dayOpen,
        note: holidayKind && name ? name : '',
        selectable: true,
        tone: 'open',
        label: words(s.dayOpen, day.remaining ? s.remaining(day.remaining) : ''),
        hint: '',
      };
    case 'FULL':
      return {
        ...base,
        statusText: s.dayFull,
        note: holidayKind && name ? name : '',
        selectable: false,
        tone: 'full',
        label: words(s.dayFull),
        hint: s.fullDay,
      };
    case 'HOLIDAY':
      return {
        ...base,
        statusText: s.dayOff,
        note: name ?? '',
        selectable: false,
        tone: 'off',
        label: words('休息'),
        hint: s.holidayDay(name),
      };
    case 'CLOSED': {
      const weekend = day.dayKind === 'WEEKEND';
      const off = weekend || holidayKind;
      return {
        ...base,
        statusText: off ? s.dayOff : s.dayClosed,
        note: holidayKind && name ? name : '',
        selectable: false,
        tone: 'off',
        label: words(off ? '休息' : s.closedDay),
        hint: weekend ? s.weekendDay : holidayKind ? s.holidayDay(name) : s.closedDay,
      };
    }
    case 'NOT_RELEASED': {
      const when = releaseText(day.releasesAt, today);
      return {
        ...base,
        statusText: s.dayNotReleased,
        note: releaseNote(day.releasesAt, today),
        selectable: false,
        tone: 'pending',
        label: words(s.dayNotReleased, when ? s.releasesAt(when) : ''),
        hint: when ? s.releaseNote(monthDay(day.date), when) : s.beyondHorizon,
      };
    }
    case 'BEYOND_HORIZON':
      return {
        ...base,
        statusText: s.dayNotReleased,
        note: '',
        selectable: false,
        tone: 'pending',
        label: words(s.dayNotReleased),
        hint: s.beyondHorizon,
      };
    case 'NO_HOLIDAY_DATA':
      return {
        ...base,
        statusText: s.dayNoData,
        note: '',
        selectable: false,
        tone: 'muted',
        label: words(s.noHolidayData(day.date.slice(0, 4))),
        hint: s.noHolidayData(day.date.slice(0, 4)),
      };
    case 'PAST':
      return {
        ...base,
        statusText: '',
        note: '',
        selectable: false,
        tone: 'muted',
        label: words(s.dayPast),
        hint: s.pastDay,
      };
    default: {
      const unknown: never = day.state;
      throw new Error(`unknown day state ${String(unknown)}`);
    }
  }
}

/** The Monday of the week `date` is in (the grid's first column). */
export function weekStart(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** The last day the view must show: the horizon's end, or a later day still to be released. */
export function lastRelevantDay(days: readonly CalendarDay[], horizonEnd: LocalDate): LocalDate {
  return days.reduce(
    (last, day) => (day.state === 'NOT_RELEASED' && day.date > last ? day.date : last),
    horizonEnd,
  );
}

/**
 * The grid: weeks Monday → Sunday from the first day asked for, up to the week of the last
 * relevant day (at least `minWeeks`). Cells before the first day are null.
 */
export function calendarWeeks(
  days: readonly CalendarDay[],
  today: LocalDate,
  horizonEnd: LocalDate,
  minWeeks = 2,
): (DayView | null)[][] {
  if (days.length === 0) return [];
  const first = days[0].date;
  const lead = isoWeekday(first) - 1;
  const last = lastRelevantDay(days, horizonEnd);
  const weeksNeeded = Math.max(minWeeks, Math.ceil((lead + daysBetween(first, last) + 1) / 7));
  const cells: (DayView | null)[] = [
    ...Array.from({ length: lead }, () => null),
    ...days.map((day, i) => dayView(day, today, i === 0)),
  ];
  const weeks: (DayView | null)[][] = [];
  for (let w = 0; w < weeksNeeded && w * 7 < cells.length; w += 1) {
    const week = cells.slice(w * 7, w * 7 + 7);
    while (week.length < 7) week.push(null);
    weeks.push(week);
  }
  return weeks;
}

/** A row of care mode's list: one day, or a run of days off of one holiday. */
export interface CareRow extends DayView {
  /** The last day of a run of holidays (国庆 10月1日—10月7日); absent for one day. */
  until?: LocalDate;
  /** 10月1日 周四 or 10月1日—10月7日. */
  dateText: string;
}

/**
 * Care mode's list, from today to the last relevant day: one row a day, but a run of days off of
 * the same holiday is one row (国庆 is one row, not seven).
 */
export function careRows(
  days: readonly CalendarDay[],
  today: LocalDate,
  horizonEnd: LocalDate,
): CareRow[] {
  const last = lastRelevantDay(days, horizonEnd);
  const rows: CareRow[] = [];
  for (const day of days) {
    if (day.date < today || day.date > last) continue;
    const view = dayView(day, today);
    const previous = rows[rows.length - 1];
    const holidayOff = day.state === 'HOLIDAY' && day.dayKind === 'HOLIDAY';
    if (
      holidayOff &&
      previous?.tone === 'off' &&
      previous.note === view.note &&
      addDays(previous.until ?? previous.date, 1) === day.date &&
      days.find((d) => d.date === previous.date)?.state === 'HOLIDAY'
    ) {
      previous.until = day.date;
      previous.dateText = `${monthDay(previous.date)}—${monthDay(day.date)}`;
      previous.label = `${previous.dateText} ${view.note} 休息`;
      continue;
    }
    const dateText = view.today
      ? `${dayWithWeekday(day.date)} ${s.today}`
      : dayWithWeekday(day.date);
    rows.push({ ...view, dateText });
  }
  return rows;
}

/**
 * The special days of the shown range in words: each run of holidays once
 * (`10月1日—10月7日 国庆节，大厅休息`) and every 调休 working day.
 */
export function specialDayLines(days: readonly CalendarDay[]): string[] {
  const lines: string[] = [];
  let run: { from: LocalDate; to: LocalDate; name: string } | null = null;
  const flush = () => {
    if (!run) return;
    const range =
      run.from === run.to ? monthDay(run.from) : `${monthDay(run.from)}—${monthDay(run.to)}`;
    lines.push(s.holidayRange(range, run.name));
    run = null;
  };
  for (const day of days) {
    if (day.dayKind === 'HOLIDAY' && day.state === 'HOLIDAY') {
      const name = day.holidayName ?? '节假日';
      if (run && run.name === name && addDays(run.to, 1) === day.date) run.to = day.date;
      else {
        flush();
        run = { from: day.date, to: day.date, name };
      }
      continue;
    }
    flush();
    if (day.dayKind === 'MAKEUP_WORKDAY') {
      lines.push(s.makeupLine(dayWithWeekday(day.date), day.holidayName ?? null));
    }
  }
  flush();
  return lines;
}
