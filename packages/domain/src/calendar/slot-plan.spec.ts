import {
  planSlots,
  scheduleExceptionProblem,
  totalCapacity,
  type SchedulePeriod,
} from './slot-plan';
import type { IsoWeekday } from './local-date';

const WEEKDAYS: IsoWeekday[] = [1, 2, 3, 4, 5];
/** Mon–Fri 09:00–12:00 and 13:00–17:00, 30-minute slots of 20; Saturday morning 10. */
const TEMPLATE: SchedulePeriod[] = [
  ...WEEKDAYS.flatMap((weekday) => [
    { weekday, start: '09:00', end: '12:00', slotMinutes: 30, capacity: 20 },
    { weekday, start: '13:00', end: '17:00', slotMinutes: 30, capacity: 20 },
  ]),
  { weekday: 6, start: '09:00', end: '12:00', slotMinutes: 30, capacity: 10 },
];
const rule = {
  start: null,
  end: null,
  slotMinutes: null,
  capacity: null,
} as const;

describe('slot plan', () => {
  it('cuts a working day into 30-minute slots', () => {
    const slots = planSlots({
      date: '2026-09-28',
      kind: 'WORKDAY',
      template: TEMPLATE,
      exceptions: [],
    });
    expect(slots).toHaveLength(14);
    expect(slots[0]).toEqual({ start: '09:00', end: '09:30', capacity: 20, source: 'TEMPLATE' });
    expect(slots[5].end).toBe('12:00');
    expect(slots[6].start).toBe('13:00');
    expect(slots[13]).toEqual({ start: '16:30', end: '17:00', capacity: 20, source: 'TEMPLATE' });
    expect(totalCapacity(slots)).toBe(280);
  });

  it('has nothing on holidays, on unknown days and on days the template does not open', () => {
    const plan = (date: string, kind: Parameters<typeof planSlots>[0]['kind']) =>
      planSlots({ date, kind, template: TEMPLATE, exceptions: [] });
    expect(plan('2026-10-01', 'HOLIDAY')).toEqual([]);
    // Saturday 10-03 is inside 国庆: no Saturday-morning service.
    expect(plan('2026-10-03', 'HOLIDAY')).toEqual([]);
    expect(plan('2026-10-18', 'WEEKEND')).toEqual([]);
    expect(plan('2027-01-04', null)).toEqual([]);
    // An ordinary Saturday has the Saturday-morning periods.
    expect(plan('2026-10-17', 'WEEKEND')).toHaveLength(6);
  });

  it('serves make-up workdays (调休) like a Monday', () => {
    const saturday = planSlots({
      date: '2026-10-10',
      kind: 'MAKEUP_WORKDAY',
      template: TEMPLATE,
      exceptions: [],
    });
    expect(saturday).toHaveLength(14);
    expect(saturday.every((slot) => slot.capacity === 20)).toBe(true);
    const sunday = planSlots({
      date: '2026-09-20',
      kind: 'MAKEUP_WORKDAY',
      template: TEMPLATE,
      exceptions: [],
    });
    expect(sunday).toHaveLength(14);
  });

  it('drops the shorter last piece of a period', () => {
    const slots = planSlots({
      date: '2026-09-28',
      kind: 'WORKDAY',
      template: [{ weekday: 1, start: '13:30', end: '17:00', slotMinutes: 45, capacity: 3 }],
      exceptions: [],
    });
    expect(slots.map((slot) => slot.start)).toEqual(['13:30', '14:15', '15:00', '15:45']);
  });

  it('closes a whole day or the slots overlapping a period', () => {
    const plan = (exceptions: Parameters<typeof planSlots>[0]['exceptions']) =>
      planSlots({ date: '2026-09-29', kind: 'WORKDAY', template: TEMPLATE, exceptions });
    expect(plan([{ ...rule, kind: 'CLOSED' }])).toEqual([]);
    const afternoonOff = plan([{ ...rule, kind: 'CLOSED', start: '13:00', end: '17:00' }]);
    expect(afternoonOff.map((slot) => slot.start)).toEqual([
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '11:30',
    ]);
    const shortBreak = plan([{ ...rule, kind: 'CLOSED', start: '10:15', end: '10:45' }]);
    expect(shortBreak.map((slot) => slot.start)).not.toContain('10:00');
    expect(shortBreak.map((slot) => slot.start)).not.toContain('10:30');
    expect(shortBreak).toHaveLength(12);
  });

  it('opens an extra service day on a weekend or holiday', () => {
    const sunday = planSlots({
      date: '2026-10-18',
      kind: 'WEEKEND',
      template: TEMPLATE,
      exceptions: [{ ...rule, kind: 'EXTRA_DAY' }],
    });
    expect(sunday).toHaveLength(14);
    expect(sunday.every((slot) => slot.source === 'EXTRA_DAY')).toBe(true);
    const holidayMorning = planSlots({
      date: '2026-10-05',
      kind: 'HOLIDAY',
      template: TEMPLATE,
      exceptions: [{ ...rule, kind: 'EXTRA_DAY', start: '09:00', end: '11:00', capacity: 5 }],
    });
    expect(holidayMorning).toEqual([
      { start: '09:00', end: '09:30', capacity: 5, source: 'EXTRA_DAY' },
      { start: '09:30', end: '10:00', capacity: 5, source: 'EXTRA_DAY' },
      { start: '10:00', end: '10:30', capacity: 5, source: 'EXTRA_DAY' },
      { start: '10:30', end: '11:00', capacity: 5, source: 'EXTRA_DAY' },
    ]);
  });

  it('adds 延时服务 evening slots, and a closure wins over them', () => {
    const evening = { ...rule, kind: 'EVENING', start: '17:00', end: '19:00' } as const;
    const slots = planSlots({
      date: '2026-09-29',
      kind: 'WORKDAY',
      template: TEMPLATE,
      exceptions: [evening],
    });
    expect(slots).toHaveLength(18);
    expect(slots.slice(14)).toEqual([
      { start: '17:00', end: '17:30', capacity: 20, source: 'EVENING' },
      { start: '17:30', end: '18:00', capacity: 20, source: 'EVENING' },
      { start: '18:00', end: '18:30', capacity: 20, source: 'EVENING' },
      { start: '18:30', end: '19:00', capacity: 20, source: 'EVENING' },
    ]);
    const closed = planSlots({
      date: '2026-09-29',
      kind: 'WORKDAY',
      template: TEMPLATE,
      exceptions: [evening, { ...rule, kind: 'CLOSED' }],
    });
    expect(closed).toEqual([]);
    // An evening period overlapping the template keeps the template's slots.
    const overlapping = planSlots({
      date: '2026-09-29',
      kind: 'WORKDAY',
      template: TEMPLATE,
      exceptions: [{ ...evening, start: '16:30', end: '18:00', capacity: 4 }],
    });
    expect(overlapping.find((slot) => slot.start === '16:30')?.capacity).toBe(20);
    expect(overlapping.find((slot) => slot.start === '17:30')?.capacity).toBe(4);
  });

  it('explains what is wrong with an exception an admin enters', () => {
    expect(scheduleExceptionProblem({ ...rule, kind: 'CLOSED' })).toBeNull();
    expect(
      scheduleExceptionProblem({
        ...rule,
        kind: 'EVENING',
        start: '17:00',
        end: '19:00',
        capacity: 8,
      }),
    ).toBeNull();
    expect(scheduleExceptionProblem({ ...rule, kind: 'EVENING' })).toBe(
      '延时服务需要填写开始时间和结束时间',
    );
    expect(scheduleExceptionProblem({ ...rule, kind: 'CLOSED', start: '13:00' })).toBe(
      '请同时填写开始时间和结束时间',
    );
    expect(
      scheduleExceptionProblem({ ...rule, kind: 'CLOSED', start: '13:00', end: '12:00' }),
    ).toBe('结束时间应晚于开始时间');
    expect(
      scheduleExceptionProblem({ ...rule, kind: 'EVENING', start: '17:00', end: '25:00' }),
    ).toBe('时间格式不正确，请按“时:分”填写');
    expect(scheduleExceptionProblem({ ...rule, kind: 'EXTRA_DAY', capacity: 0 })).toBe(
      '每个时段可预约人数应为1到500人',
    );
    expect(scheduleExceptionProblem({ ...rule, kind: 'EXTRA_DAY', slotMinutes: 3 })).toBe(
      '每个时段应为5到240分钟',
    );
    expect(scheduleExceptionProblem({ ...rule, kind: 'CLOSED', capacity: 3 })).toBe(
      '暂停服务不需要填写时段长度和人数',
    );
    expect(
      scheduleExceptionProblem({
        ...rule,
        kind: 'EVENING',
        start: '17:00',
        end: '17:20',
        slotMinutes: 30,
      }),
    ).toBe('时间段短于一个预约时段');
  });
});
