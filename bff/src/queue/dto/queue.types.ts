import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActedByType } from '../../family/dto/acted-by.type';
import {
  QueuePriorityType,
  QueueTicketSourceType,
  QueueTicketStatusType,
  ServiceWindowStatusType,
} from './queue.enums';

@ObjectType('WaitRange', { description: 'An estimated wait, as a range of minutes' })
export class WaitRangeType {
  @Field(() => Int) minMinutes: number;
  @Field(() => Int) maxMinutes: number;
}

@ObjectType('QueueTicket', {
  description: 'A queue ticket (取号), as its owner, its subject or hall staff see it',
})
export class QueueTicketType {
  @Field(() => ID) id: string;
  @Field() hallCode: string;
  @Field({ description: 'The queue it waits in (A–H)' }) categoryCode: string;
  @Field() categoryName: string;
  @Field({ description: 'e.g. A001 (keeps its number when transferred)' }) number: string;
  @Field({ description: 'YYYY-MM-DD (Asia/Shanghai)' }) serviceDate: string;
  @Field(() => QueuePriorityType) priority: QueuePriorityType;
  @Field(() => QueueTicketStatusType) status: QueueTicketStatusType;
  @Field(() => QueueTicketSourceType) source: QueueTicketSourceType;
  @Field(() => Int, {
    nullable: true,
    description: 'WAITING: tickets the calling policy calls before this one (0 = next)',
  })
  ahead: number | null;
  @Field(() => WaitRangeType, {
    nullable: true,
    description: 'WAITING: estimated wait; null when no window serving the category is open',
  })
  estimatedWait: WaitRangeType | null;
  @Field(() => String, { nullable: true, description: 'CALLED / HELD: the window' })
  windowCode: string | null;
  @Field(() => Int, { nullable: true, description: 'e.g. 12 (请到 12 号窗口)' })
  windowNumber: number | null;
  @Field(() => String, { nullable: true, description: 'e.g. 12号窗口' })
  windowLabel: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Where to go: the window’s zone when called, else the category’s zone',
  })
  zoneName: string | null;
  @Field() takenAt: Date;
  @Field(() => Date, { nullable: true }) calledAt: Date | null;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field({ description: 'Re-queued once after being skipped' }) requeued: boolean;
  @Field({ description: 'Whether it can be cancelled in its status (by its owner)' })
  canCancel: boolean;
  @Field({ description: 'Skipped and not re-queued yet: requeueQueueTicket puts it back' })
  canRequeue: boolean;
  @Field(() => ActedByType, {
    nullable: true,
    description: 'Who took it for whom (names masked); null for a green-channel ticket',
  })
  actedBy: ActedByType | null;
  @Field(() => String, {
    nullable: true,
    description: 'The person served, masked (e.g. 张**); null for a green-channel ticket',
  })
  subjectName: string | null;
}

@ObjectType('QueueCategoryStatus', { description: 'A category’s queue now' })
export class QueueCategoryStatusType {
  @Field() hallCode: string;
  @Field() code: string;
  @Field() name: string;
  @Field() zoneName: string;
  @Field(() => Int) waitingCount: number;
  @Field(() => Int, { description: 'Open windows serving it now' }) openWindowCount: number;
  @Field(() => WaitRangeType, {
    nullable: true,
    description: 'For a ticket taken now; null when no window serving it is open',
  })
  estimatedWait: WaitRangeType | null;
  @Field() paused: boolean;
  @Field(() => String, { nullable: true }) pausedReason: string | null;
}

@ObjectType('QueueOpenState', { description: 'Whether tickets can be taken now' })
export class QueueOpenStateType {
  @Field() open: boolean;
  @Field(() => String, { nullable: true, description: 'Why not, in Chinese (when closed)' })
  reason: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Open: since when; closed: the next opening (within two weeks)',
  })
  opensAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'The end of that period' })
  closesAt: Date | null;
}

@ObjectType('QueueBoardCall', { description: 'A number called to a window (no personal data)' })
export class QueueBoardCallType {
  @Field() number: string;
  @Field() windowLabel: string;
  @Field(() => Int) windowNumber: number;
  @Field() zoneName: string;
  @Field({ description: 'The last call (a recall moves it up)' }) calledAt: Date;
}

@ObjectType('QueueBoard', { description: 'The hall’s display board (叫号屏)' })
export class QueueBoardType {
  @Field() hallCode: string;
  @Field() hallName: string;
  @Field(() => [QueueBoardCallType], { description: 'The last 10 calls, newest first' })
  calls: QueueBoardCallType[];
  @Field(() => [QueueCategoryStatusType]) waiting: QueueCategoryStatusType[];
}

@ObjectType('HallDoorQr', {
  description:
    'The hall’s door code for taking tickets (取号码): show `content` as a QR code at the door ' +
    'and fetch a new one after refreshSeconds',
})
export class HallDoorQrType {
  @Field() hallCode: string;
  @Field({ description: 'SZHB:DOOR:<token> — what takeQueueTicket takes as doorCode' })
  content: string;
  @Field({ description: 'The code is accepted until then' }) validUntil: Date;
  @Field(() => Int, { description: 'Seconds until the next code' }) refreshSeconds: number;
}

@ObjectType('ServiceWindowConsole', { description: 'A service window, as its staff see it' })
export class ServiceWindowConsoleType {
  @Field() code: string;
  @Field() hallCode: string;
  @Field(() => Int) number: number;
  @Field() label: string;
  @Field() zoneName: string;
  @Field(() => ServiceWindowStatusType) status: ServiceWindowStatusType;
  @Field(() => [String], { description: 'The categories served now' }) categoryCodes: string[];
  @Field(() => [String], { description: 'The categories it may serve' })
  allowedCategoryCodes: string[];
  @Field(() => QueueTicketType, { nullable: true, description: 'The ticket being served' })
  currentTicket: QueueTicketType | null;
  @Field(() => [QueueTicketType]) heldTickets: QueueTicketType[];
  @Field(() => [QueueCategoryStatusType], {
    description: 'The queues of the categories it serves (or may serve, when closed)',
  })
  waiting: QueueCategoryStatusType[];
  @Field(() => Int, { description: 'Tickets completed here today' }) servedToday: number;
}
