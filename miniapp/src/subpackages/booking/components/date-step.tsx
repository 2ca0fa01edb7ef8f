import { Text, View } from '@tarojs/components';
import { useEffect, useMemo, useState } from 'react';
import { shanghaiDateOf } from '@shizhong/domain';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { StateView } from '@/components/state-view';
import { useCareMode } from '@/theme/care-mode';
import { a11y } from '@/utils/a11y';
import { BookingCalendarQuery } from '../calendar.graphql';
import { DISTRICT_HALL_CODE } from '../hall';
import {
  calendarWeeks,
  careRows,
  specialDayLines,
  weekStart,
  type CareRow,
  type DayView,
} from '../model/calendar-view';
import { dayWithWeekday, monthDay } from '../model/format';
import { bookingStrings as s } from '../strings';
import { Choice, visualOnly } from './choice';
import { Notice } from './step-header';

/** Four weeks from the Monday of today's week (the BFF answers at most 31 days). */
const CALENDAR_DAYS = 28;

/**
 * The calendar of a category, anchored on the **server's** today: the first request starts from
 * the device's week (a guess), and when the BFF's `today` is in another week (a wrong phone
 * clock, or the test clock) the calendar is asked again from the server's week. Places left
 * change all the time: always from the network (each time the step is shown).
 */
export function useBookingCalendar(categoryCode: string) {
  const [from, setFrom] = useState(() => weekStart(shanghaiDateOf(new Date())));
  const query = useGraphqlQuery(
    BookingCalendarQuery,
    { hallCode: DISTRICT_HALL_CODE, categoryCode, from, days: CALENDAR_DAYS },
    { fresh: true },
  );
  const calendar = query.data?.bookingCalendar;
  const serverToday = calendar?.today;
  useEffect(() => {
    if (serverToday && weekStart(serverToday) !== from) setFrom(weekStart(serverToday));
  }, [serverToday, from]);
  // Shown only when the answer starts on the week of the server's today.
  const anchored =
    calendar !== undefined && calendar.days[0]?.date === from && weekStart(calendar.today) === from;
  return { ...query, data: anchored ? query.data : undefined, loading: query.loading || !anchored };
}

function DayCell({
  day,
  onTap,
}: {
  day: DayView;
  onTap: (day: DayView, dateText: string) => void;
}) {
  return (
    <Choice
      testId="booking-day"
      data={{ date: day.date, state: day.tone, selectable: String(day.selectable) }}
      className={`bk-day bk-day--${day.tone}${day.today ? ' bk-day--today' : ''}`}
      disabled={!day.selectable}
      label={day.label}
      onTap={() => onTap(day, dayWithWeekday(day.date))}
    >
      <Text className="bk-day__number" {...visualOnly}>
        {day.dayText}
      </Text>
      <Text className="bk-day__status" {...visualOnly}>
        {day.statusText}
      </Text>
      {day.makeup ? (
        <Text className="bk-day__mark" {...visualOnly}>
          {s.makeupMark}
        </Text>
      ) : (
        (day.note || day.today) && (
          <Text className="bk-day__note" {...visualOnly}>
            {day.note || s.today}
          </Text>
        )
      )}
    </Choice>
  );
}

function DayRow({ day, onTap }: { day: CareRow; onTap: (day: DayView, dateText: string) => void }) {
  const kind = day.makeup ? s.makeupWorkday : day.tone === 'pending' ? '' : day.note;
  return (
    <Choice
      testId="booking-day"
      data={{ date: day.date, state: day.tone, selectable: String(day.selectable) }}
      className={`bk-row bk-day-row bk-day-row--${day.tone}`}
      disabled={!day.selectable}
      label={day.label}
      onTap={() => onTap(day, day.dateText)}
    >
      <View className="bk-row__main" {...visualOnly}>
        <Text className="bk-row__title">{day.dateText}</Text>
        {kind && <Text className="bk-row__sub">{kind}</Text>}
        {day.remainingText && <Text className="bk-row__sub">{day.remainingText}</Text>}
        {day.tone === 'pending' && day.note && (
          <Text className="bk-row__sub">{s.releasesAt(day.note)}</Text>
        )}
      </View>
      <Text className={`bk-badge bk-badge--${day.tone}`} {...visualOnly}>
        {day.statusText || s.dayPast}
      </Text>
    </Choice>
  );
}

/** Step 2: the calendar. A grid of weeks (normal mode), a list of days with big rows (长辈版). */
export function DateStep({
  categoryCode,
  categoryName,
  onChoose,
}: {
  categoryCode: string;
  categoryName: string;
  onChoose: (date: string) => void;
}) {
  const [careMode] = useCareMode();
  const query = useBookingCalendar(categoryCode);
  const [hint, setHint] = useState<string | null>(null);
  const calendar = query.data?.bookingCalendar;
  const view = useMemo(() => {
    if (!calendar) return null;
    const { today, horizonEnd, days } = calendar;
    const weeks = calendarWeeks(days, today, horizonEnd);
    const shown = weeks.flat().filter((day): day is DayView => day !== null);
    const shownDates = new Set(shown.map((day) => day.date));
    return {
      today,
      horizonEnd,
      weeks,
      list: careRows(days, today, horizonEnd),
      special: specialDayLines(days.filter((day) => shownDates.has(day.date) && day.date >= today)),
      releases: shown.filter((day) => day.tone === 'pending' && day.note).map((day) => day.hint),
      anyOpen: shown.some((day) => day.selectable),
    };
  }, [calendar]);

  if (query.error && !query.data) {
    return (
      <StateView
        kind="error"
        message={query.error.message}
        actionText={s.retry}
        onAction={query.reload}
      />
    );
  }
  if (!view) return <StateView kind="loading" message={s.loading} />;

  const tap = (day: DayView, dateText: string) => {
    if (day.selectable) onChoose(day.date);
    else setHint(`${dateText}：${day.hint}`);
  };

  return (
    <View className="section" data-testid="booking-calendar" data-today={view.today}>
      <Text className="bk-intro">{s.dateIntro(categoryName)}</Text>
      <Text className="bk-range" data-testid="booking-range">
        {s.bookableRange(monthDay(view.today), monthDay(view.horizonEnd))}
      </Text>
      {hint && <Notice text={hint} tone="info" testId="booking-day-hint" />}
      {careMode ? (
        <View className="bk-list" data-testid="booking-day-list">
          {view.list.map((day) => (
            <DayRow key={day.date} day={day} onTap={tap} />
          ))}
        </View>
      ) : (
        <View className="bk-cal" data-testid="booking-grid">
          <View className="bk-cal__week bk-cal__heads" {...visualOnly}>
            {s.weekdayHeads.map((head) => (
              <Text key={head} className="bk-cal__head">
                {head}
              </Text>
            ))}
          </View>
          {view.weeks.map((week) => (
            <View key={week.find(Boolean)?.date} className="bk-cal__week">
              {week.map((day, i) =>
                day ? (
                  <DayCell key={day.date} day={day} onTap={tap} />
                ) : (
                  <View key={`pad-${i}`} className="bk-day bk-day--blank" />
                ),
              )}
            </View>
          ))}
          <Text className="bk-legend">{s.legend}</Text>
        </View>
      )}
      {!view.anyOpen && <Notice text={s.noBookableDays} tone="info" />}
      {(view.special.length > 0 || view.releases.length > 0) && (
        <View className="card bk-special" data-testid="booking-special-days">
          <Text className="bk-special__title" {...a11y({ role: 'heading', level: 2 })}>
            {s.specialDays}
          </Text>
          {[...view.special, ...view.releases].map((line) => (
            <Text key={line} className="bk-special__line" data-testid="booking-special-day">
              {line}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}
