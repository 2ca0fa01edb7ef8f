import { Injectable } from '@nestjs/common';
import { ticketTransition, type QueueTicketAction } from '@shizhong/domain';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/errors/app.error';
import { isUniqueViolation } from '../database/unique-violation';
import type { QueueChangeKind } from './queue-events';
import type { ServiceWindowRef } from './queue-reference.service';
import { QueueTicketEntity } from './queue-ticket.entity';
import { QUEUE_MESSAGES } from './queue.messages';
import { QueueRepository } from './queue.repository';
import { ServiceWindowStateEntity } from './service-window-state.entity';
import {
  WindowOperations,
  moveTicket,
  servedCategoryCodes,
  type WindowOutcome,
} from './window-operations';

type Caller = Pick<AuthUser, 'userId' | 'role' | 'hallCode'>;

export interface TransferRequest {
  ticketId: string;
  toCategoryCode: string | null;
  toWindowCode: string | null;
}

/**
 * The staff window console (窗口): open (for some or all of the window's categories), pause,
 * close; and what is done with the ticket at the window — recall, skip (过号), hold (挂起) and
 * resume, complete (records the time served), transfer to another category or window. Calling
 * the next ticket is NextTicketCaller. Every change is one transaction holding the window's
 * row, and every ticket change a conditional UPDATE on its status.
 */
@Injectable()
export class WindowConsoleService {
  constructor(
    private readonly operations: WindowOperations,
    private readonly repository: QueueRepository,
  ) {}

  /** Opens the window (or changes what it serves); `categoryCodes` null: all it may serve. */
  open(caller: Caller, windowCode: string, categoryCodes: readonly string[] | null) {
    return this.operations.run(caller, windowCode, async (context) => {
      const { window, state, manager, now } = context;
      const codes = this.servable(window, categoryCodes);
      const before = servedCategoryCodes(state);
      const row: ServiceWindowStateEntity = {
        windowCode: window.code,
        hallCode: window.hallCode,
        status: 'OPEN',
        categoryCodes: codes.join(','),
        staffUserId: caller.userId,
        currentTicketId: state?.currentTicketId ?? null,
        openedAt: state?.status === 'OPEN' ? state.openedAt : now,
        updatedAt: now,
      };
      if (state) await manager.getRepository(ServiceWindowStateEntity).update(window.code, row);
      else await this.insertState(manager, row);
      return windowChange([...before, ...codes]);
    });
  }

  /** Stops calling (the ticket at the window may still be finished). */
  pause(caller: Caller, windowCode: string) {
    return this.operations.run(caller, windowCode, async ({ window, state, manager, now }) => {
      if (state?.status === 'PAUSED') return null;
      if (state?.status !== 'OPEN') {
        throw new AppError('QUEUE_WINDOW_NOT_OPEN', QUEUE_MESSAGES.windowNotOpen(window.label));
      }
      await manager
        .getRepository(ServiceWindowStateEntity)
        .update(window.code, { status: 'PAUSED', updatedAt: now });
      return windowChange(servedCategoryCodes(state));
    });
  }

  /** Closes the window; refused while it serves or holds a ticket. */
  close(caller: Caller, windowCode: string) {
    return this.operations.run(caller, windowCode, async ({ window, state, manager, now }) => {
      if (!state || state.status === 'CLOSED') return null;
      const atWindow = await this.repository.ticketsAtWindows([window.code], manager);
      if (state.currentTicketId || atWindow.length > 0) {
        throw new AppError('TICKET_STATE_CONFLICT', QUEUE_MESSAGES.windowHasTickets(window.label));
      }
      await manager
        .getRepository(ServiceWindowStateEntity)
        .update(window.code, { status: 'CLOSED', categoryCodes: '', updatedAt: now });
      return windowChange(servedCategoryCodes(state));
    });
  }

  /** 重呼: calls the current ticket again (the board shows it on top). */
  recall(caller: Caller, windowCode: string) {
    return this.onCurrent(caller, windowCode, 'RECALL', 'RECALLED', (ticket, now) => ({
      announcedAt: now,
      recallCount: ticket.recallCount + 1,
      updatedAt: now,
    }));
  }

  /** 过号: the citizen did not come; they may re-queue once. */
  skip(caller: Caller, windowCode: string) {
    return this.onCurrent(caller, windowCode, 'SKIP', 'SKIPPED', (ticket, now) => ({
      status: 'SKIPPED',
      skippedAt: now,
      activeKey: null,
      servedSeconds: served(ticket, now),
      servingSince: null,
      updatedAt: now,
    }));
  }

  /** 挂起: set aside (e.g. fetching a document); the window may call the next one. */
  hold(caller: Caller, windowCode: string) {
    return this.onCurrent(caller, windowCode, 'HOLD', 'HELD', (ticket, now) => ({
      status: 'HELD',
      servedSeconds: served(ticket, now),
      servingSince: null,
      updatedAt: now,
    }));
  }

  /** 办结: records the time served (without the time on hold). */
  complete(caller: Caller, windowCode: string) {
    return this.onCurrent(caller, windowCode, 'COMPLETE', 'COMPLETED', (ticket, now) => ({
      status: 'COMPLETED',
      completedAt: now,
      serviceSeconds: served(ticket, now),
      servedSeconds: served(ticket, now),
      servingSince: null,
      activeKey: null,
      updatedAt: now,
    }));
  }

  /** Takes a ticket this window holds back to the window (it must be free). */
  resume(caller: Caller, windowCode: string, ticketId: string) {
    return this.operations.run(caller, windowCode, async ({ window, state, manager, now }) => {
      await this.requireFree(manager, window, state);
      const ticket = await this.repository.ticket(ticketId, manager);
      if (!ticket || ticket.windowCode !== window.code || ticket.status !== 'HELD') {
        throw new AppError(
          'TICKET_STATE_CONFLICT',
          QUEUE_MESSAGES.heldTicketNotFound(window.label),
        );
      }
      const moved = await moveTicket(
        manager,
        ticket.id,
        ['HELD'],
        { status: 'CALLED', servingSince: now, updatedAt: now },
        { windowCode: window.code },
      );
      if (!moved) {
        throw new AppError(
          'TICKET_STATE_CONFLICT',
          QUEUE_MESSAGES.heldTicketNotFound(window.label),
        );
      }
      await this.setCurrent(manager, window.code, ticket.id, now);
      return { kind: 'RESUMED', categoryCodes: [ticket.categoryCode], ticketIds: [ticket.id] };
    });
  }

  /**
   * 转办: the window's current ticket, or one it holds, waits again — in another category's
   * queue, or for one window (which calls it first) — with its number and original queue time.
   */
  async transfer(caller: Caller, windowCode: string, request: TransferRequest) {
    const { hall, window } = await this.operations.resolve(caller, windowCode);
    const target = this.transferTarget(hall.categoryByCode, hall.windowByCode, window, request);
    return this.operations.run(caller, windowCode, async ({ state, manager, now }) => {
      const ticket = await this.repository.ticket(request.ticketId, manager);
      if (
        !ticket ||
        ticket.windowCode !== window.code ||
        !['CALLED', 'HELD'].includes(ticket.status)
      ) {
        throw new AppError('TICKET_STATE_CONFLICT', QUEUE_MESSAGES.ticketNotAtWindow(window.label));
      }
      this.requireTransition(ticket, 'TRANSFER');
      const categoryCode = target.categoryCode ?? ticket.categoryCode;
      const toWindow = target.window;
      if (toWindow && !toWindow.allowedCategoryCodes.includes(categoryCode)) {
        throw mismatch(toWindow);
      }
      let moved: boolean;
      try {
        moved = await moveTicket(
          manager,
          ticket.id,
          ['CALLED', 'HELD'],
          {
            status: 'WAITING',
            categoryCode,
            windowCode: null,
            targetWindowCode: toWindow?.code ?? null,
            servingSince: null,
            servedSeconds: 0,
            updatedAt: now,
          },
          { windowCode: window.code },
        );
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const name = hall.categoryByCode.get(categoryCode)?.name ?? categoryCode;
        throw new AppError(
          'QUEUE_TICKET_ACTIVE_EXISTS',
          QUEUE_MESSAGES.transferActiveExists(ticket.number, name),
        );
      }
      if (!moved) {
        throw new AppError('TICKET_STATE_CONFLICT', QUEUE_MESSAGES.ticketNotAtWindow(window.label));
      }
      if (state?.currentTicketId === ticket.id)
        await this.setCurrent(manager, window.code, null, now);
      return {
        kind: 'TRANSFERRED',
        categoryCodes: [...new Set([ticket.categoryCode, categoryCode])],
        ticketIds: [ticket.id],
      };
    });
  }

  /** The window's current ticket through `action` (a conditional UPDATE from CALLED). */
  private onCurrent(
    caller: Caller,
    windowCode: string,
    action: Extract<QueueTicketAction, 'RECALL' | 'SKIP' | 'HOLD' | 'COMPLETE'>,
    kind: QueueChangeKind,
    set: (ticket: QueueTicketEntity, now: Date) => Partial<Omit<QueueTicketEntity, 'id'>>,
  ) {
    return this.operations.run(caller, windowCode, async ({ window, state, manager, now }) => {
      const ticket = state?.currentTicketId
        ? await this.repository.ticket(state.currentTicketId, manager)
        : null;
      if (!ticket) {
        throw new AppError('TICKET_STATE_CONFLICT', QUEUE_MESSAGES.noCurrentTicket(window.label));
      }
      this.requireTransition(ticket, action);
      const moved = await moveTicket(manager, ticket.id, ['CALLED'], set(ticket, now), {
        windowCode: window.code,
      });
      if (!moved) {
        throw new AppError('TICKET_STATE_CONFLICT', QUEUE_MESSAGES.noCurrentTicket(window.label));
      }
      if (action !== 'RECALL') await this.setCurrent(manager, window.code, null, now);
      return { kind, categoryCodes: [ticket.categoryCode], ticketIds: [ticket.id] };
    });
  }

  private requireTransition(ticket: QueueTicketEntity, action: QueueTicketAction): void {
    const transition = ticketTransition(ticket.status, action, ticket.requeued);
    if (!transition.ok) throw new AppError(transition.code);
  }

  private async requireFree(
    manager: EntityManager,
    window: ServiceWindowRef,
    state: ServiceWindowStateEntity | null,
  ): Promise<void> {
    if (!state?.currentTicketId) return;
    const current = await this.repository.ticket(state.currentTicketId, manager);
    throw new AppError(
      'TICKET_STATE_CONFLICT',
      QUEUE_MESSAGES.windowBusy(window.label, current?.number ?? ''),
    );
  }

  private async setCurrent(
    manager: EntityManager,
    windowCode: string,
    ticketId: string | null,
    now: Date,
  ): Promise<void> {
    await manager
      .getRepository(ServiceWindowStateEntity)
      .update(windowCode, { currentTicketId: ticketId, updatedAt: now });
  }

  private async insertState(manager: EntityManager, row: ServiceWindowStateEntity): Promise<void> {
    await manager.getRepository(ServiceWindowStateEntity).insert(row);
  }

  /** The window's categories to serve: a non-empty subset of what it may serve, in its order. */
  private servable(window: ServiceWindowRef, requested: readonly string[] | null): string[] {
    if (requested === null) return [...window.allowedCategoryCodes];
    const wanted = new Set(requested);
    if (
      wanted.size === 0 ||
      [...wanted].some((code) => !window.allowedCategoryCodes.includes(code))
    ) {
      throw mismatch(window);
    }
    return window.allowedCategoryCodes.filter((code) => wanted.has(code));
  }

  private transferTarget(
    categories: Map<string, { code: string }>,
    windows: Map<string, ServiceWindowRef>,
    window: ServiceWindowRef,
    request: TransferRequest,
  ): { categoryCode: string | null; window: ServiceWindowRef | null } {
    if (!request.toCategoryCode && !request.toWindowCode) {
      throw new AppError('BAD_USER_INPUT', QUEUE_MESSAGES.transferTarget, { field: 'input' });
    }
    if (request.toCategoryCode && !categories.has(request.toCategoryCode)) {
      throw new AppError(
        'QUEUE_CATEGORY_UNKNOWN',
        QUEUE_MESSAGES.categoryUnknown(request.toCategoryCode),
        { field: 'toCategoryCode' },
      );
    }
    const toWindow = request.toWindowCode ? (windows.get(request.toWindowCode) ?? null) : null;
    if (request.toWindowCode && !toWindow) {
      throw new AppError(
        'QUEUE_WINDOW_UNKNOWN',
        QUEUE_MESSAGES.windowUnknown(request.toWindowCode),
        {
          field: 'toWindowCode',
        },
      );
    }
    if (toWindow?.code === window.code) {
      throw new AppError('BAD_USER_INPUT', QUEUE_MESSAGES.transferSameWindow, {
        field: 'toWindowCode',
      });
    }
    return { categoryCode: request.toCategoryCode ?? null, window: toWindow };
  }
}

function windowChange(categoryCodes: string[]): WindowOutcome {
  return { kind: 'WINDOW', categoryCodes: [...new Set(categoryCodes)], ticketIds: [] };
}

function mismatch(window: ServiceWindowRef): AppError {
  return new AppError(
    'QUEUE_WINDOW_CATEGORY_MISMATCH',
    QUEUE_MESSAGES.windowCategoryMismatch(window.label, window.allowedCategoryCodes),
    { field: 'categoryCodes' },
  );
}

/** Seconds served so far: before the last hold, plus since the window took it up again. */
function served(ticket: QueueTicketEntity, now: Date): number {
  const since = ticket.servingSince
    ? Math.max(0, now.getTime() - ticket.servingSince.getTime())
    : 0;
  return ticket.servedSeconds + Math.round(since / 1000);
}
