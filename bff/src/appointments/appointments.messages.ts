import {
  APPOINTMENT_STATUS_LABELS,
  shanghaiDateOf,
  shanghaiTimeOf,
  type AppointmentStatus,
  type LocalDate,
} from '@shizhong/domain';
import { chineseDate } from '../booking-calendar/booking-calendar.messages';

/** 2026年10月31日 09:30 (Shanghai). */
export function chineseInstant(instant: Date): string {
  const date = shanghaiDateOf(instant);
  return `${date.slice(0, 4)}年${chineseDate(date)} ${shanghaiTimeOf(instant)}`;
}

/** The user-facing sentences of appointments (the codes' defaults are in @shizhong/domain). */
export const APPOINTMENT_MESSAGES = {
  notFound: '未找到该预约',
  slotNotFound: '未找到该预约时段，请重新选择',
  categoryMismatch: (slotCategoryName: string) =>
    `该时段属于“${slotCategoryName}”，与所选业务类别不符，请重新选择时段`,
  banned: (forSelf: boolean, count: number, windowDays: number, until: Date) =>
    `${forSelf ? '您' : '这位家人'}${windowDays}天内有${count}次预约未到，` +
    `${chineseInstant(until)}前不能预约`,
  limitReached: (max: number) => `每个账号最多同时保留${max}个待办理的预约，请先办理或取消已有预约`,
  alreadyBooked: (forSelf: boolean, date: LocalDate, categoryName: string) =>
    `${forSelf ? '您' : '这位家人'}${chineseDate(date)}已预约过“${categoryName}”，` +
    '同一类业务每天只能预约一次',
  slotFull: (date: LocalDate, startTime: string) =>
    `${chineseDate(date)} ${startTime} 的号源已约满，请选择其他时段`,
  idempotencyKeyReused: '这个请求编号已用于另一笔预约，请刷新页面后重新提交',
  cancelTooLate: (cutoffMinutes: number, deadline: Date) =>
    `预约开始前${cutoffMinutes}分钟内不能取消（截止时间为${chineseInstant(deadline)}）`,
  cancelNotActor: '只有预约人本人可以取消这个预约',
  notActive: (status: AppointmentStatus) =>
    `该预约${APPOINTMENT_STATUS_LABELS[status]}，不能再操作`,
  alreadyCheckedIn: (at: Date | null) =>
    at ? `该预约已于${shanghaiTimeOf(at)}签到` : '该预约已经签到过了',
  checkInTooEarly: (opensAt: Date, closesAt: Date) =>
    `还没到签到时间，请在${chineseDate(shanghaiDateOf(opensAt))} ${shanghaiTimeOf(opensAt)}` +
    `至${shanghaiTimeOf(closesAt)}之间签到`,
  checkInTooLate: (closesAt: Date) =>
    `已超过签到时间（${shanghaiTimeOf(closesAt)}），请现场取号办理或重新预约`,
  checkInCodeInvalid: '签到码不正确，请核对后重新输入',
  otherHall: '只能办理本大厅的预约',
  hallRequired: '请选择大厅',
} as const;
