/** Fixed base of all seed timestamps: 2026-11-01T00:00:00+08:00. */
export const SEED_BASE = Date.parse('2026-11-01T00:00:00+08:00');

const DAY_MS = 24 * 60 * 60 * 1000;
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** ISO timestamp `dayOffset` days after the seed base, at the given Beijing time. */
export function seedTime(dayOffset: number, hour = 9, minute = 0): string {
  return new Date(SEED_BASE + dayOffset * DAY_MS + (hour * 60 + minute) * 60 * 1000).toISOString();
}

/** 2026 statutory holidays (dates in Beijing time) and make-up working days. */
const HOLIDAYS_2026 = new Set<string>();
const MAKEUP_WORKDAYS_2026 = new Set([
  '2026-01-04',
  '2026-02-14',
  '2026-02-28',
  '2026-05-09',
  '2026-09-20',
  '2026-10-10',
]);

function addRange(from: string, to: string): void {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = start; t <= end; t += DAY_MS) {
    HOLIDAYS_2026.add(new Date(t).toISOString().slice(0, 10));
  }
}
addRange('2026-01-01', '2026-01-03');
addRange('2026-02-15', '2026-02-23');
addRange('2026-04-04', '2026-04-06');
addRange('2026-05-01', '2026-05-05');
addRange('2026-06-19', '2026-06-21');
addRange('2026-09-25', '2026-09-27');
addRange('2026-10-01', '2026-10-07');

/** Beijing calendar date (YYYY-MM-DD) of an instant. */
function beijingDate(ms: number): string {
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(ms: number): boolean {
  const date = beijingDate(ms);
  if (MAKEUP_WORKDAYS_2026.has(date)) {
    return true;
  }
  if (HOLIDAYS_2026.has(date)) {
    return false;
  }
  const weekday = new Date(ms + CST_OFFSET_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * Deadline `days` working days after `fromIso`: the end of that working day (17:00 Beijing).
 * 0 days = end of the same day.
 */
export function addWorkingDays(fromIso: string, days: number): string {
  let ms = Date.parse(fromIso);
  let left = days;
  while (left > 0) {
    ms += DAY_MS;
    if (isWorkingDay(ms)) {
      left -= 1;
    }
  }
  const date = beijingDate(ms);
  return new Date(Date.parse(`${date}T17:00:00+08:00`)).toISOString();
}
