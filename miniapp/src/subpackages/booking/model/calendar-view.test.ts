import { addDays } from '@shizhong/domain';
import {
  calendarWeeks,
  careRows,
  dayView,
  specialDayLines,
  weekStart,
  type CalendarDay,
} from './calendar-view';

/** The district hall's calendar as the BFF answers it on 2026-09-28 09:00 (category A). */
function national(): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (let i = 0; i < 28; i += 1) {
    const date = addDays('2026-09-28', i);
    const weekday = ((i % 7) + 1) as number;
    const holiday = date >= '2026-10-01' && date <= '2026-10-07';
    const makeup = date === '2026-10-10';
    const weekend = weekday >= 6 && !makeup;
    let state: CalendarDay['state'] = 'OPEN';
    if (holiday) state = 'HOLIDAY';
    else if (weekend) state = 'CLOSED';
    else if (date === '2026-10-12') state = 'NOT_RELEASED';
    else if (date > '2026-10-12') state = 'BEYOND_HORIZON';
    days.push({
      date,
      state,
      dayKind: holiday ? 'HOLIDAY' : makeup ? 'MAKEUP_WORKDAY' : weekend ? 'WEEKEND' : 'WORKDAY',
      holidayName: holiday || makeup ? '国庆节' : null,
      releasesAt: state === 'NOT_RELEASED' ? '2026-09-29T00:00:00.000Z' : null,
      remaining: state === 'OPEN' ? 240 : null,
    });
  }
  return days;
}

describe('calendar view', () => {
  const today = '2026-09-28';

  it('says each day in words for screen readers', () => {
    const days = national();
    const byDate = (date: string) =>
      dayView(
        days.find((d) => d.date === date)!,
        today,
      );
    expect(byDate('2026-10-01').label).toBe('10月1日 周四 国庆节 休息');
    expect(byDate('2026-10-01')).toMatchObject({
      statusText: '休',
      note: '国庆节',
      selectable: false,
    });
    expect(byDate('2026-10-10').label).toBe('10月10日 周六 调休上班 可约 剩余240个');
    expect(byDate('2026-10-10')).toMatchObject({ makeup: true, selectable: true, tone: 'open' });
    expect(byDate('2026-10-11').label).toBe('10月11日 周日 休息');
    expect(byDate('2026-10-12').label).toBe('10月12日 周一 未放号 9月29日 08:00 放号');
    expect(byDate('2026-10-12')).toMatchObject({ statusText: '未放号', note: '9/29' });
    expect(byDate('2026-10-13')).toMatchObject({ statusText: '未放号', selectable: false });
  });

  it('shows the release time alone when the day opens today', () => {
    const day: CalendarDay = {
      date: '2026-10-09',
      state: 'NOT_RELEASED',
      dayKind: 'WORKDAY',
      releasesAt: '2026-09-28T00:00:00.000Z',
    };
    expect(dayView(day, today)).toMatchObject({ note: '08:00', hint: '10月9日 将于 08:00 放号' });
  });

  it('lays the days out Monday to Sunday up to the week of the horizon end', () => {
    const weeks = calendarWeeks(national(), today, '2026-10-12');
    expect(weeks).toHaveLength(3);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0][0]?.dayText).toBe('9/28');
    expect(weeks[0][3]?.dayText).toBe('10/1');
    expect(weeks[2][0]?.date).toBe('2026-10-12');
  });

  it('pads the first week when the days do not start on a Monday', () => {
    const days = national().slice(2);
    const weeks = calendarWeeks(days, '2026-09-30', '2026-10-12');
    expect(weeks[0].slice(0, 2)).toEqual([null, null]);
    expect(weeks[0][2]?.date).toBe('2026-09-30');
  });

  it('lists days from today in care mode, a run of holidays as one row', () => {
    const rows = careRows(national(), '2026-09-30', '2026-10-12');
    expect(rows.map((row) => row.dateText)).toEqual([
      '9月30日 周三 今天',
      '10月1日—10月7日',
      '10月8日 周四',
      '10月9日 周五',
      '10月10日 周六',
      '10月11日 周日',
      '10月12日 周一',
    ]);
    expect(rows[0]).toMatchObject({ today: true, label: '9月30日 周三 今天 可约 剩余240个' });
    expect(rows[1]).toMatchObject({ until: '2026-10-07', label: '10月1日—10月7日 国庆节 休息' });
    expect(rows[0].remainingText).toBe('剩余240个');
  });

  it('names the holidays once and every 调休 working day', () => {
    expect(specialDayLines(national())).toEqual([
      '10月1日—10月7日 国庆节，大厅休息',
      '10月10日 周六 国庆节调休上班，大厅正常办公',
    ]);
  });

  it('finds the Monday of a week', () => {
    expect(weekStart('2026-10-01')).toBe('2026-09-28');
    expect(weekStart('2026-09-28')).toBe('2026-09-28');
    expect(weekStart('2026-10-04')).toBe('2026-09-28');
  });
});
