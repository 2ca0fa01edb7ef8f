import { shanghaiDateOf, shanghaiTimeOf, type ReminderKind } from '@shizhong/domain';

/** The mini-program page a reminder opens (the appointment's page in the booking subpackage). */
export const APPOINTMENT_PAGE = 'subpackages/booking/pages/mine/index';

/** WeChat's limits on template values: `thing` 20 characters, `character_string` 32. */
function cut(value: string, max: number): string {
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`;
}

export interface ReminderContent {
  appointmentId: string;
  kind: ReminderKind;
  categoryName: string;
  hallName: string;
  zoneName: string;
  startsAt: Date;
  checkInCode: string;
}

/**
 * The data of a reminder. The templates chosen in the WeChat console (预约提醒) must have these
 * fields: thing1 办理业务, time2 预约时间, thing3 办理地点, character_string4 签到码, thing5 温馨提示.
 */
export function reminderData(content: ReminderContent): Record<string, string> {
  const date = shanghaiDateOf(content.startsAt);
  const time = `${date.slice(0, 4)}年${date.slice(5, 7)}月${date.slice(8, 10)}日 ${shanghaiTimeOf(content.startsAt)}`;
  const place = content.zoneName ? `${content.hallName} ${content.zoneName}` : content.hallName;
  return {
    thing1: cut(content.categoryName, 20),
    time2: time,
    thing3: cut(place, 20),
    character_string4: cut(content.checkInCode, 32),
    thing5:
      content.kind === 'DAY_BEFORE'
        ? '明天请按时到大厅，提前30分钟可签到'
        : '请提前到达，到大厅后扫码签到',
  };
}

export function reminderPage(appointmentId: string): string {
  return `${APPOINTMENT_PAGE}?id=${encodeURIComponent(appointmentId)}`;
}
