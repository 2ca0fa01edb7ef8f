import { Inject, Injectable } from '@nestjs/common';
import { shanghaiDateOf, type CallingPolicy, type LocalDate } from '@shizhong/domain';
import { Clock } from '../common/clock/clock';
import { AppError } from '../common/errors/app.error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ServiceWindowStatusType } from './dto/queue.enums';
import type {
  QueueBoardType,
  QueueCategoryStatusType,
  QueueTicketType,
  ServiceWindowConsoleType,
} from './dto/queue.types';
import { categoryQueue, type CategoryQueue } from './queue-positions';
import { QueueReference, type QueueHall, type ServiceWindowRef } from './queue-reference.service';
import { QueueTicketPresenter } from './queue-ticket.presenter';
import type { QueueTicketEntity } from './queue-ticket.entity';
import { QueueRepository } from './queue.repository';
import type { ServiceWindowStateEntity } from './service-window-state.entity';

/** A category as read: its active tickets, their positions, its status. */
interface ReadQueue {
  rows: QueueTicketEntity[];
  queue: CategoryQueue;
  status: QueueCategoryStatusType;
}

/** One category's queue: its status and every active ticket (WAITING, CALLED, HELD) in it. */
export interface QueueCategorySnapshot {
  category: QueueCategoryStatusType;
  tickets: Map<string, QueueTicketType>;
}

export const BOARD_CALLS = 10;

export function callingPolicyOf(config: Pick<AppConfig, 'QUEUE_PRIORITY_BURST'>): CallingPolicy {
  return { priorityBurst: config.QUEUE_PRIORITY_BURST };
}

function servedCodes(state: ServiceWindowStateEntity | undefined): string[] {
  return state && state.status !== 'CLOSED' && state.categoryCodes
    ? state.categoryCodes.split(',')
    : [];
}

/**
 * Read models of the queue, built with a fixed number of queries whatever the number of tickets
 * (active tickets, recent service times, counters, settings and window states of the categories
 * asked for): category queues with every active ticket's position and wait, the display board,
 * window consoles, and any tickets as citizens see them. The realtime subscriptions build their
 * pushed payloads with these, so what is pushed equals what is queried.
 */
@Injectable()
export class QueueSnapshots {
  private readonly policy: CallingPolicy;

  constructor(
    private readonly repository: QueueRepository,
    private readonly reference: QueueReference,
    private readonly presenter: QueueTicketPresenter,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'QUEUE_PRIORITY_BURST'>,
  ) {
    this.policy = callingPolicyOf(config);
  }

  /** Today's Shanghai date at the app's clock. */
  today(): LocalDate {
    return shanghaiDateOf(this.clock.now());
  }

  /** One category's queue (QUEUE_CATEGORY_UNKNOWN for a category the hall does not have). */
  async category(
    hallCode: string,
    serviceDate: LocalDate,
    categoryCode: string,
  ): Promise<QueueCategorySnapshot> {
    const { hall } = await this.reference.category(hallCode, categoryCode);
    const snapshot = (await this.snapshots(hall, serviceDate, [categoryCode])).get(categoryCode);
    if (!snapshot) throw new AppError('QUEUE_CATEGORY_UNKNOWN');
    return snapshot;
  }

  /** The queues of a hall's categories (all of them when `categoryCodes` is null), in hall order. */
  async categories(
    hallCode: string,
    serviceDate: LocalDate,
    categoryCodes: readonly string[] | null = null,
  ): Promise<Map<string, QueueCategorySnapshot>> {
    return this.snapshots(await this.reference.hall(hallCode), serviceDate, categoryCodes);
  }

  /** The status of a hall's categories (all of them when `categoryCodes` is null), in hall order. */
  async statuses(
    hallCode: string,
    serviceDate: LocalDate,
    categoryCodes: readonly string[] | null = null,
  ): Promise<QueueCategoryStatusType[]> {
    const queues = await this.queues(
      await this.reference.hall(hallCode),
      serviceDate,
      categoryCodes,
    );
    return [...queues.values()].map((queue) => queue.status);
  }

  /**
   * The display board: today's last calls and every category's queue; no personal data.
   * `today` — every category of the hall today, as `categories` read them — spares reading them
   * again (the live views build the board and the tickets from one read).
   */
  async board(
    hallCode: string,
    today?: ReadonlyMap<string, QueueCategorySnapshot>,
  ): Promise<QueueBoardType> {
    const hall = await this.reference.hall(hallCode);
    const date = this.today();
    const [waiting, calls] = await Promise.all([
      today
        ? [...today.values()].map((snapshot) => snapshot.category)
        : this.queues(hall, date, null).then((queues) =>
            [...queues.values()].map((queue) => queue.status),
          ),
      this.repository.lastCalls(hall.code, date, BOARD_CALLS),
    ]);
    return {
      hallCode: hall.code,
      hallName: hall.name,
      calls: calls.flatMap((row) => {
        const window = row.windowCode ? hall.windowByCode.get(row.windowCode) : undefined;
        if (!window || !row.announcedAt) return [];
        return [
          {
            number: row.number,
            windowLabel: window.label,
            windowNumber: window.number,
            zoneName: window.zoneName,
            calledAt: row.announcedAt,
          },
        ];
      }),
      waiting,
    };
  }

  /** Tickets as citizens (or staff) see them, with positions for the WAITING ones. */
  async present(rows: readonly QueueTicketEntity[]): Promise<QueueTicketType[]> {
    const groups = new Map<string, { hallCode: string; date: LocalDate; codes: Set<string> }>();
    for (const row of rows) {
      const key = `${row.hallCode}|${row.serviceDate}`;
      const group = groups.get(key) ?? {
        hallCode: row.hallCode,
        date: row.serviceDate,
        codes: new Set(),
      };
      if (row.status === 'WAITING') group.codes.add(row.categoryCode);
      groups.set(key, group);
    }
    const contexts = new Map<string, { hall: QueueHall; queues: Map<string, ReadQueue> }>();
    for (const [key, group] of groups) {
      const hall = await this.reference.hall(group.hallCode);
      contexts.set(key, { hall, queues: await this.queues(hall, group.date, [...group.codes]) });
    }
    return rows.map((row) => {
      const context = contexts.get(`${row.hallCode}|${row.serviceDate}`);
      if (!context) throw new Error('no context for a ticket');
      const position = context.queues.get(row.categoryCode)?.queue.positions.get(row.id) ?? null;
      return this.presenter.present(row, context.hall, position);
    });
  }

  /** Consoles of some windows of a hall (all of them when `windowCodes` is null), by number. */
  async windowConsoles(
    hallCode: string,
    windowCodes: readonly string[] | null = null,
  ): Promise<ServiceWindowConsoleType[]> {
    const hall = await this.reference.hall(hallCode);
    const wanted = windowCodes ? new Set(windowCodes) : null;
    const windows = hall.windows.filter((window) => !wanted || wanted.has(window.code));
    const date = this.today();
    const [states, atWindows, served] = await Promise.all([
      this.repository.windowStates(hall.code),
      this.repository.ticketsAtWindows(windows.map((window) => window.code)),
      this.repository.servedToday(hall.code, date),
    ]);
    const stateOf = new Map(states.map((state) => [state.windowCode, state]));
    const codes = new Set<string>();
    for (const window of windows) {
      const state = stateOf.get(window.code);
      for (const code of state?.status === 'OPEN' || state?.status === 'PAUSED'
        ? servedCodes(state)
        : window.allowedCategoryCodes) {
        codes.add(code);
      }
    }
    const queues = await this.queues(hall, date, [...codes], states);
    const views = await this.present(atWindows);
    const viewOf = new Map(views.map((view) => [view.id, view]));
    return windows.map((window) =>
      this.console(window, stateOf.get(window.code), atWindows, viewOf, queues, served),
    );
  }

  private console(
    window: ServiceWindowRef,
    state: ServiceWindowStateEntity | undefined,
    atWindows: readonly QueueTicketEntity[],
    viewOf: Map<string, QueueTicketType>,
    queues: Map<string, ReadQueue>,
    served: Map<string, number>,
  ): ServiceWindowConsoleType {
    const status = state?.status ?? 'CLOSED';
    const categoryCodes = servedCodes(state);
    const mine = atWindows.filter((row) => row.windowCode === window.code);
    const current = mine.find((row) => row.status === 'CALLED');
    return {
      code: window.code,
      hallCode: window.hallCode,
      number: window.number,
      label: window.label,
      zoneName: window.zoneName,
      status: ServiceWindowStatusType[status],
      categoryCodes,
      allowedCategoryCodes: window.allowedCategoryCodes,
      currentTicket: current ? (viewOf.get(current.id) ?? null) : null,
      heldTickets: mine
        .filter((row) => row.status === 'HELD')
        .flatMap((row) => viewOf.get(row.id) ?? []),
      waiting: (status === 'CLOSED' ? window.allowedCategoryCodes : categoryCodes).flatMap(
        (code) => queues.get(code)?.status ?? [],
      ),
      servedToday: served.get(window.code) ?? 0,
    };
  }

  /** Every active ticket of the categories as seen, with the category's status. */
  private async snapshots(
    hall: QueueHall,
    serviceDate: LocalDate,
    categoryCodes: readonly string[] | null,
  ): Promise<Map<string, QueueCategorySnapshot>> {
    const queues = await this.queues(hall, serviceDate, categoryCodes);
    return new Map(
      [...queues].map(([code, read]) => [
        code,
        {
          category: read.status,
          tickets: new Map(
            read.rows.map((row) => [
              row.id,
              this.presenter.present(row, hall, read.queue.positions.get(row.id) ?? null),
            ]),
          ),
        },
      ]),
    );
  }

  /** One read of some categories (a fixed number of queries), their positions and statuses. */
  private async queues(
    hall: QueueHall,
    serviceDate: LocalDate,
    categoryCodes: readonly string[] | null,
    knownStates?: ServiceWindowStateEntity[],
  ): Promise<Map<string, ReadQueue>> {
    const wanted = categoryCodes ? new Set(categoryCodes) : null;
    const categories = hall.categories.filter((category) => !wanted || wanted.has(category.code));
    const codes = categories.map((category) => category.code);
    if (codes.length === 0) return new Map();
    const [active, durations, counters, settings, states] = await Promise.all([
      this.repository.activeTickets(hall.code, serviceDate, codes),
      this.repository.recentServiceSeconds(hall.code, serviceDate, codes),
      this.repository.counters(hall.code, serviceDate, codes),
      this.repository.categorySettings(hall.code),
      knownStates ? Promise.resolve(knownStates) : this.repository.windowStates(hall.code),
    ]);
    const queues = new Map<string, ReadQueue>();
    for (const category of categories) {
      const rows = active.filter((row) => row.categoryCode === category.code);
      const setting = settings.find((s) => s.categoryCode === category.code);
      const counter = counters.find((c) => c.categoryCode === category.code);
      const queue = categoryQueue({
        waiting: rows.filter((row) => row.status === 'WAITING'),
        state: { consecutivePriorityCalls: counter?.consecutivePriorityCalls ?? 0 },
        policy: this.policy,
        recentServiceSeconds: durations.get(category.code) ?? [],
        openWindowCount: states.filter(
          (state) => state.status === 'OPEN' && servedCodes(state).includes(category.code),
        ).length,
      });
      queues.set(category.code, {
        rows,
        queue,
        status: {
          hallCode: hall.code,
          code: category.code,
          name: category.name,
          zoneName: category.zoneName,
          waitingCount: queue.waitingCount,
          openWindowCount: queue.openWindowCount,
          estimatedWait: queue.estimatedWait,
          paused: setting?.paused ?? false,
          pausedReason: setting?.paused ? setting.pausedReason : null,
        },
      });
    }
    return queues;
  }
}
