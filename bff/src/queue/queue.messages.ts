import type { LocalTime } from '@shizhong/domain';
import { chineseDate } from '../booking-calendar/booking-calendar.messages';

/** 09:00—12:00、13:00—17:00 */
export function chinesePeriods(periods: readonly { start: LocalTime; end: LocalTime }[]): string {
  return periods.map((period) => `${period.start}—${period.end}`).join('、');
}

/** 850 米 / 3.2 公里 */
export function chineseDistance(meters: number): string {
  return meters < 1000 ? `${Math.round(meters)}米` : `${(meters / 1000).toFixed(1)}公里`;
}

/** The user-facing sentences of queue tickets (the codes' defaults are in @shizhong/domain). */
export const QUEUE_MESSAGES = {
  categoryUnknown: (code: string) => `未找到业务类别“${code}”，请重新选择`,
  hallUnknown: '未找到该服务大厅',
  noQueueHere: '该服务网点暂不提供线上取号，请到区政务服务中心取号',
  doorCodeInvalid: '取号二维码无效或已过期，请重新扫描大厅门口屏幕上的取号码',
  doorCodeOtherHall: '这是其他大厅的取号码，请扫描您所在大厅门口的取号码',
  locationRequired: '远程取号需要获取您的位置，请允许使用位置信息，或到大厅门口扫码取号',
  locationInvalid: '位置信息不正确，请重新定位后再试',
  tooFar: (meters: number, limit: number) =>
    `您距离大厅约${chineseDistance(meters)}，远程取号需在大厅${chineseDistance(limit)}范围内，` +
    '请到大厅附近再取号',
  holiday: (date: string, name: string | null) =>
    `今天（${chineseDate(date)}）是${name ?? '法定节假日'}假期，大厅不办公`,
  weekend: (date: string) => `今天（${chineseDate(date)}）是周末，大厅不办公`,
  closedToday: (date: string, categoryName: string | null) =>
    categoryName
      ? `今天（${chineseDate(date)}）大厅不办理“${categoryName}”业务`
      : `今天（${chineseDate(date)}）大厅不办公`,
  noHolidayData: (year: number) => `${year}年的节假日安排尚未公布，暂不能取号`,
  outsideHours: (
    categoryName: string | null,
    periods: readonly { start: LocalTime; end: LocalTime }[],
  ) =>
    `现在不在取号时间内，${categoryName ? `“${categoryName}”` : '大厅'}今天的取号时间为` +
    `${chinesePeriods(periods)}`,
  paused: (categoryName: string, reason: string | null) =>
    `“${categoryName}”暂停取号${reason ? `（${reason}）` : ''}，请稍后再试或咨询大厅工作人员`,
  activeExists: (forSelf: boolean, categoryName: string, number: string) =>
    `${forSelf ? '您' : '办事人'}在“${categoryName}”已有一张排队中的号（${number}），` +
    '办结或取消后才能再取',
  checkInRace: '签到时您正好在取号，请再签到一次',
  elderlyNotEligible: '年满70周岁的办事人才可以选择老年人优先，请选择普通取号',
  idempotencyKeyReused: '这个请求编号已用于另一次取号，请刷新页面后重新取号',
  ticketNotFound: '未找到该号',
  cancelNotOwner: '只有取号人本人可以取消这个号',
  notToday: '只能操作当天的号',
  cannotCancel: (number: string) => `${number}号正在窗口办理或已结束，不能取消`,
  alreadyRequeued: (number: string) => `${number}号已经重新排队过一次，请重新取号`,
  cannotRequeue: (number: string) => `${number}号没有过号，不需要重新排队`,
  greenChannelReason: '请填写2到100个字的绿色通道原因',
  windowUnknown: (code: string) => `未找到窗口“${code}”`,
  otherHallWindow: '只能操作本大厅的窗口',
  otherHall: '只能查看和操作本大厅的排队',
  hallRequired: '请选择大厅',
  windowNotOpen: (label: string) => `${label}尚未开启（或已暂停），请先开启窗口`,
  windowCategoryMismatch: (label: string, allowed: readonly string[]) =>
    `${label}只能办理以下业务类别：${allowed.join('、')}`,
  noTicketWaiting: (label: string) => `${label}办理的业务当前没有排队等候的号`,
  windowBusy: (label: string, number: string) =>
    `${label}正在办理${number}号，请先办结、过号、挂起或转出`,
  noCurrentTicket: (label: string) => `${label}当前没有正在办理的号`,
  windowHasTickets: (label: string) =>
    `${label}还有正在办理或挂起的号，请先办结、过号或转出后再关闭`,
  heldTicketNotFound: (label: string) => `该号不在${label}的挂起列表中`,
  ticketNotAtWindow: (label: string) => `该号不在${label}办理中或挂起中`,
  transferTarget: '请选择要转到的业务类别或窗口',
  transferSameWindow: '不能转到本窗口',
  transferActiveExists: (number: string, categoryName: string) =>
    `办事人在“${categoryName}”已有排队中的号，${number}号不能转过去`,
  pauseReason: '暂停原因最多100个字',
} as const;
