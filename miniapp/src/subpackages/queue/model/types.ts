/**
 * The shapes the view models read, as the BFF's queue API answers them (bff/schema.gql:
 * QueueTicket, QueueCategoryStatus, QueueOpenState, QueueBoard). Structural, so the generated
 * operation types fit without conversion.
 */
export type TicketStatus = 'WAITING' | 'CALLED' | 'HELD' | 'SKIPPED' | 'COMPLETED' | 'CANCELLED';
export type TicketPriority = 'NORMAL' | 'APPOINTMENT' | 'GREEN_CHANNEL' | 'ELDERLY';

export interface WaitRangeLike {
  minMinutes: number;
  maxMinutes: number;
}

export interface TicketLike {
  id: string;
  number: string;
  categoryCode: string;
  categoryName: string;
  status: TicketStatus;
  priority: TicketPriority;
  ahead?: number | null;
  estimatedWait?: WaitRangeLike | null;
  windowNumber?: number | null;
  windowLabel?: string | null;
  zoneName?: string | null;
  requeued: boolean;
  canCancel: boolean;
  canRequeue: boolean;
  takenAt: string;
}

export interface CategoryLike {
  code: string;
  name: string;
  zoneName: string;
  waitingCount: number;
  openWindowCount: number;
  estimatedWait?: WaitRangeLike | null;
  paused: boolean;
  pausedReason?: string | null;
}

export interface OpenStateLike {
  open: boolean;
  reason?: string | null;
  opensAt?: string | null;
  closesAt?: string | null;
}

export interface BoardCallLike {
  number: string;
  windowLabel: string;
  windowNumber: number;
  zoneName: string;
  calledAt: string;
}

export interface BoardLike {
  hallCode: string;
  hallName: string;
  calls: readonly BoardCallLike[];
  waiting: readonly CategoryLike[];
}
