import type { ScheduleExceptionRule } from '@shizhong/domain';
import type { ScheduleExceptionEntity } from './schedule-exception.entity';

export function toExceptionRule(row: ScheduleExceptionEntity): ScheduleExceptionRule {
  return {
    kind: row.kind,
    start: row.startTime,
    end: row.endTime,
    slotMinutes: row.slotMinutes,
    capacity: row.capacity,
  };
}

/** The exceptions of `rows` that apply to a category (its own and the hall-wide ones). */
export function exceptionsFor(
  rows: readonly ScheduleExceptionEntity[],
  categoryCode: string,
  date?: string,
): ScheduleExceptionRule[] {
  return rows
    .filter((row) => row.categoryCode === null || row.categoryCode === categoryCode)
    .filter((row) => date === undefined || row.date === date)
    .map(toExceptionRule);
}
