import type { HolidayEntry, LocalDate } from '@shizhong/domain';
import { shanghaiDateOf, shanghaiTimeOf } from '@shizhong/domain';

/** The user-facing sentences of the booking calendar (the codes' defaults are in @shizhong/domain). */

/** 10月8日 */
export function chineseDate(date: LocalDate): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

export const CALENDAR_MESSAGES = {
  dateInvalid: (field: string) =>
    field === 'from'
      ? '开始日期不正确，请按“年-月-日”填写，如 2026-10-08'
      : '日期不正确，请按“年-月-日”填写，如 2026-10-08',
  past: (date: LocalDate) => `${chineseDate(date)}已经过去或当天的号源已过时，请选择以后的日期`,
  notReleased: (date: LocalDate, releasesAt: Date) =>
    `${chineseDate(date)}的号源将于${chineseDate(shanghaiDateOf(releasesAt))} ` +
    `${shanghaiTimeOf(releasesAt)} 开放预约`,
  beyondHorizon: (workingDays: number) => `只能预约今天起${workingDays}个工作日内的日期`,
  holiday: (date: LocalDate, entry: HolidayEntry | null) =>
    `${chineseDate(date)}是${entry?.name ?? '法定节假日'}假期，大厅不办公`,
  closed: (date: LocalDate) => `${chineseDate(date)}不办理此类业务，请选择其他日期`,
  noHolidayData: (year: number) => `${year}年的节假日安排尚未公布，暂不能预约${year}年的日期`,
  noBookings: '该服务网点暂不提供网上预约，请到区政务服务中心预约',
  categoryNotFound: (code: string) => `未找到业务类别“${code}”`,
  slotNotFound: '未找到该预约时段，请重新选择',
  slotClosed: '该时段已停止预约，请选择其他时段',
  slotStarted: '该时段已经开始，请选择以后的时段',
  notOwnHall: '只能调整本大厅的排班',
  holidayNotFound: (date: LocalDate) => `${chineseDate(date)}没有节假日记录`,
  exceptionNotFound: '未找到这条排班调整',
  exceptionInPast: '不能调整已经过去的日期',
  yearInvalid: '年份应在2000到2099之间',
} as const;
