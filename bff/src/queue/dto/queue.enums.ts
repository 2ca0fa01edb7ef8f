import { registerEnumType } from '@nestjs/graphql';

/** Mirrors QUEUE_PRIORITIES of @shizhong/domain. */
export enum QueuePriorityType {
  NORMAL = 'NORMAL',
  APPOINTMENT = 'APPOINTMENT',
  GREEN_CHANNEL = 'GREEN_CHANNEL',
  ELDERLY = 'ELDERLY',
}
registerEnumType(QueuePriorityType, {
  name: 'QueuePriority',
  description:
    'NORMAL 普通; priority tickets, called first (after K priority calls a normal one is called): ' +
    'APPOINTMENT 预约签到, GREEN_CHANNEL 绿色通道 (issued by staff), ELDERLY 老年人优先 (70+)',
});

/** Mirrors QUEUE_TICKET_STATUSES of @shizhong/domain. */
export enum QueueTicketStatusType {
  WAITING = 'WAITING',
  CALLED = 'CALLED',
  HELD = 'HELD',
  SKIPPED = 'SKIPPED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(QueueTicketStatusType, {
  name: 'QueueTicketStatus',
  description:
    'WAITING 排队中, CALLED 已叫号 (go to the window), HELD 挂起 (e.g. fetching a document), ' +
    'SKIPPED 过号 (may re-queue once), COMPLETED 已办结, CANCELLED 已取消',
});

export enum QueueTicketSourceType {
  DOOR_QR = 'DOOR_QR',
  REMOTE = 'REMOTE',
  APPOINTMENT = 'APPOINTMENT',
  STAFF = 'STAFF',
}
registerEnumType(QueueTicketSourceType, {
  name: 'QueueTicketSource',
  description:
    'DOOR_QR: scanned the hall’s door code; REMOTE: taken near the hall; APPOINTMENT: an ' +
    'appointment check-in; STAFF: issued by staff (green channel)',
});

export enum ServiceWindowStatusType {
  OPEN = 'OPEN',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}
registerEnumType(ServiceWindowStatusType, {
  name: 'ServiceWindowStatus',
  description: 'OPEN: calling tickets; PAUSED: open but not calling; CLOSED',
});
