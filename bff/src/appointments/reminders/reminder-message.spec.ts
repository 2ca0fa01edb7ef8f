import { reminderMessages } from './appointment-reminders';
import { reminderData, reminderPage } from './reminder-message';

const at = (local: string) => new Date(`${local}+08:00`);

describe('appointment reminders', () => {
  it('plans the evening before and one hour before, never after the start, one key per kind', () => {
    const planned = reminderMessages(
      { id: 'a1', startsAt: at('2026-10-08T09:00:00') },
      at('2026-09-28T09:00:00'),
    );
    expect(planned).toEqual([
      {
        topic: 'APPOINTMENT_REMINDER',
        dedupeKey: 'appointment-reminder:a1:DAY_BEFORE',
        payload: { appointmentId: 'a1', kind: 'DAY_BEFORE' },
        dueAt: at('2026-10-07T18:00:00'),
        expiresAt: at('2026-10-08T09:00:00'),
      },
      {
        topic: 'APPOINTMENT_REMINDER',
        dedupeKey: 'appointment-reminder:a1:HOUR_BEFORE',
        payload: { appointmentId: 'a1', kind: 'HOUR_BEFORE' },
        dueAt: at('2026-10-08T08:00:00'),
        expiresAt: at('2026-10-08T09:00:00'),
      },
    ]);
  });

  it('fills the template within WeChat’s limits', () => {
    const data = reminderData({
      appointmentId: 'a1',
      kind: 'HOUR_BEFORE',
      categoryName: '综合受理',
      hallName: '济南市市中区政务服务中心',
      zoneName: '一个名字特别特别特别长的服务区域',
      startsAt: at('2026-10-08T09:00:00'),
      checkInCode: 'ABCD2345',
    });
    expect(data).toMatchObject({
      thing1: '综合受理',
      time2: '2026年10月08日 09:00',
      character_string4: 'ABCD2345',
      thing5: '请提前到达，到大厅后扫码签到',
    });
    expect([...data.thing3]).toHaveLength(20);
    expect(data.thing3.endsWith('…')).toBe(true);
    expect(reminderPage('a 1')).toBe('subpackages/booking/pages/mine/index?id=a%201');
  });
});
