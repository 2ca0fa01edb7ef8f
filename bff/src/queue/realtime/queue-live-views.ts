import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { PubSub } from '../../common/pubsub/pubsub';
import { PushIterator } from '../../common/pubsub/push-iterator';
import type { QueueBoardType, QueueTicketType, ServiceWindowConsoleType } from '../dto/queue.types';
import type { QueueChange } from '../queue-events';
import type { QueueTicketEntity } from '../queue-ticket.entity';
import { QueueSnapshots, type QueueCategorySnapshot } from '../queue-snapshots.service';
import { QueueRepository } from '../queue.repository';
import { BatchLoader } from './batch-loader';
import { CategorySnapshotCache } from './category-snapshot-cache';
import { ChangeFolder, QUEUE_CHANGED, type FoldedQueueChange } from './queue-change.topic';
import { TicketPresence } from './ticket-presence';

/** A live view one subscriber receives: the newest state wins (older ones are stale). */
interface Watch<View> {
  iterator: PushIterator<View>;
  /** JSON of the last view pushed: an unchanged view is not pushed again. */
  last: string;
}

interface TicketWatch extends Watch<QueueTicketType> {
  ticketId: string;
  hallCode: string;
  serviceDate: string;
  categoryCode: string;
  /** WAITING, CALLED or HELD: in its category's snapshot. */
  active: boolean;
}

interface WindowWatch extends Watch<ServiceWindowConsoleType> {
  windowCode: string;
}

const ACTIVE = new Set(['WAITING', 'CALLED', 'HELD']);
/** A ticket in these statuses changes no more: its stream ends after the view is pushed. */
const FINAL = new Set(['COMPLETED', 'CANCELLED']);

/**
 * The live queue views of this instance's subscribers (tickets, display boards, window consoles).
 *
 * Every instance listens to QUEUE_CHANGED on the pub/sub (its own changes included) and, for each
 * changed hall and day, builds each affected view ONCE — one `QueueSnapshots.categories` read for
 * all affected categories that have subscribers here (all the hall's categories when its board is
 * watched too: the board is built from the same read), one board per hall, one read for all
 * watched consoles of the hall — then hands every subscriber its own ticket's view from it
 * (a lookup, no query per subscriber). Tickets that left the active set (completed, cancelled,
 * skipped, transferred elsewhere) are read one by one, only when the change names them.
 * Changes arriving while a hall is being rebuilt are folded into its next rebuild (ChangeFolder).
 */
@Injectable()
export class QueueLiveViews implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueLiveViews.name);
  private readonly tickets = new Map<string, Set<TicketWatch>>();
  private readonly boards = new Map<string, Set<Watch<QueueBoardType>>>();
  private readonly windows = new Map<string, Map<string, Set<WindowWatch>>>();
  private readonly folder = new ChangeFolder(
    (change) => this.rebuild(change),
    (error, change) =>
      this.logger.error(
        { err: error, hallCode: change.hallCode },
        'rebuilding live queue views failed; subscribers keep their last view',
      ),
  );
  private stopListening: (() => void) | null = null;
  private readonly cache = new CategorySnapshotCache();
  /** Current views of tickets about to be watched, read together (see BatchLoader). */
  private readonly currentViews = new BatchLoader<QueueTicketEntity, QueueTicketType>((rows) =>
    this.loadCurrent(rows),
  );

  constructor(
    private readonly pubsub: PubSub,
    private readonly snapshots: QueueSnapshots,
    private readonly repository: QueueRepository,
    private readonly presence: TicketPresence,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.stopListening = await this.pubsub.subscribe(QUEUE_CHANGED, (change) =>
      this.receive(change),
    );
  }

  /** A committed change (from the pub/sub; or directly when publishing it failed). */
  receive(change: QueueChange): void {
    this.cache.invalidate(change.hallCode, change.serviceDate, change.categoryCodes);
    this.folder.add(change);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopListening?.();
    await this.folder.idle();
    for (const set of this.tickets.values()) for (const watch of set) watch.iterator.end();
    for (const set of this.boards.values()) for (const watch of set) watch.iterator.end();
    for (const byWindow of this.windows.values()) {
      for (const set of byWindow.values()) for (const watch of set) watch.iterator.end();
    }
  }

  /** Resolves when the changes received so far have reached the subscribers (tests, bench). */
  settled(): Promise<void> {
    return this.folder.idle();
  }

  /** Subscribers on this instance (for the bench and health). */
  get subscriberCount(): number {
    let count = 0;
    for (const set of this.tickets.values()) count += set.size;
    for (const set of this.boards.values()) count += set.size;
    for (const byWindow of this.windows.values())
      for (const set of byWindow.values()) count += set.size;
    return count;
  }

  /**
   * A ticket's live view: first its current state, then every change; ends after it is completed
   * or cancelled. The watch is registered before the current state is read, so a change made
   * meanwhile is not missed (whichever view arrives first, the newer one follows).
   */
  async watchTicket(row: QueueTicketEntity): Promise<AsyncIterableIterator<QueueTicketType>> {
    const set = this.tickets.get(row.id) ?? new Set<TicketWatch>();
    this.tickets.set(row.id, set);
    const watch: TicketWatch = {
      ticketId: row.id,
      hallCode: row.hallCode,
      serviceDate: row.serviceDate,
      categoryCode: row.categoryCode,
      active: ACTIVE.has(row.status),
      last: '',
      iterator: new PushIterator<QueueTicketType>({
        buffer: { kind: 'latest' },
        onClose: () => {
          set.delete(watch);
          if (set.size === 0) this.tickets.delete(row.id);
          this.presence.remove(row.id);
        },
      }),
    };
    set.add(watch);
    this.presence.add(row.id);
    try {
      // Its position needs its category's queue: read in batches when many subscribe at once.
      const current = await this.currentViews.get(row);
      if (watch.last === '') this.pushTicket(watch, current);
    } catch (error) {
      await watch.iterator.return();
      throw error;
    }
    return watch.iterator;
  }

  /** A hall’s display board, starting with what `load` reads (registered first, as watchWindow). */
  async watchBoard(
    hallCode: string,
    load: () => Promise<QueueBoardType>,
  ): Promise<AsyncIterableIterator<QueueBoardType>> {
    const set = this.boards.get(hallCode) ?? new Set<Watch<QueueBoardType>>();
    this.boards.set(hallCode, set);
    const watch: Watch<QueueBoardType> = {
      last: '',
      iterator: new PushIterator<QueueBoardType>({
        buffer: { kind: 'latest' },
        onClose: () => {
          set.delete(watch);
          if (set.size === 0) this.boards.delete(hallCode);
        },
      }),
    };
    set.add(watch);
    await this.pushFirst(watch, load);
    return watch.iterator;
  }

  /**
   * A window's console (`windowCode` of `hallCode`), starting with what `load` reads. Like the
   * others, the watch is registered before that first read, so a change committed meanwhile is
   * not lost: its rebuild either lands after the first view or replaces it.
   */
  async watchWindow(
    hallCode: string,
    windowCode: string,
    load: () => Promise<ServiceWindowConsoleType>,
  ): Promise<AsyncIterableIterator<ServiceWindowConsoleType>> {
    const byWindow = this.windows.get(hallCode) ?? new Map<string, Set<WindowWatch>>();
    this.windows.set(hallCode, byWindow);
    const set = byWindow.get(windowCode) ?? new Set<WindowWatch>();
    byWindow.set(windowCode, set);
    const watch: WindowWatch = {
      windowCode,
      last: '',
      iterator: new PushIterator<ServiceWindowConsoleType>({
        buffer: { kind: 'latest' },
        onClose: () => {
          set.delete(watch);
          if (set.size === 0) byWindow.delete(windowCode);
          if (byWindow.size === 0) this.windows.delete(hallCode);
        },
      }),
    };
    set.add(watch);
    await this.pushFirst(watch, load);
    return watch.iterator;
  }

  /** The first view of a board or window watch, unless a rebuild already pushed a newer one. */
  private async pushFirst<View>(watch: Watch<View>, load: () => Promise<View>): Promise<void> {
    try {
      const current = await load();
      if (watch.last === '') push(watch, current);
    } catch (error) {
      await watch.iterator.return?.();
      throw error;
    }
  }

  private async rebuild(change: FoldedQueueChange): Promise<void> {
    await Promise.all([this.rebuildTicketsAndBoards(change), this.rebuildWindows(change)]);
  }

  /**
   * The watched tickets and boards of the change's hall and day. A board shows every category of
   * the hall today: when it is watched too, the tickets' categories come from that same read.
   */
  private async rebuildTicketsAndBoards(change: FoldedQueueChange): Promise<void> {
    const boards = this.boards.get(change.hallCode);
    const boardDue =
      boards !== undefined && boards.size > 0 && change.serviceDate === this.snapshots.today();
    const watches: TicketWatch[] = [];
    for (const set of this.tickets.values()) {
      for (const watch of set) {
        if (watch.hallCode === change.hallCode && watch.serviceDate === change.serviceDate) {
          watches.push(watch);
        }
      }
    }
    // One read for every changed category that has a watched active ticket here.
    const codes = [
      ...new Set(
        watches
          .filter((watch) => watch.active && change.categoryCodes.has(watch.categoryCode))
          .map((watch) => watch.categoryCode),
      ),
    ];
    const shared = boardDue && codes.length > 0;
    const marks = this.cache.mark(change.hallCode, change.serviceDate, codes);
    const queues =
      codes.length > 0
        ? await this.snapshots.categories(
            change.hallCode,
            change.serviceDate,
            shared ? null : codes,
          )
        : new Map<string, QueueCategorySnapshot>();
    this.cache.store(change.hallCode, change.serviceDate, queues, marks);
    await Promise.all([
      this.pushTickets(change, watches, codes, queues),
      boards && boardDue
        ? this.snapshots.board(change.hallCode, shared ? queues : undefined).then((board) => {
            for (const watch of boards) push(watch, board);
          })
        : undefined,
    ]);
  }

  /** Each watched ticket's view from the read of `codes`, or read alone when it left them. */
  private async pushTickets(
    change: FoldedQueueChange,
    watches: readonly TicketWatch[],
    codes: readonly string[],
    queues: ReadonlyMap<string, QueueCategorySnapshot>,
  ): Promise<void> {
    const missing = new Set<string>();
    for (const watch of watches) {
      const view = codes.includes(watch.categoryCode)
        ? queues.get(watch.categoryCode)?.tickets.get(watch.ticketId)
        : undefined;
      if (view) this.pushTicket(watch, view);
      else if (
        change.ticketIds.has(watch.ticketId) ||
        (watch.active && codes.includes(watch.categoryCode))
      ) {
        missing.add(watch.ticketId);
      }
    }
    if (missing.size === 0) return;
    // Left its category's active set (or moved to another): read those few tickets themselves.
    const rows = (await Promise.all([...missing].map((id) => this.repository.ticket(id)))).flatMap(
      (row) => (row ? [row] : []),
    );
    for (const view of await this.snapshots.present(rows)) {
      for (const watch of this.tickets.get(view.id) ?? []) this.pushTicket(watch, view);
    }
  }

  /**
   * The current views of tickets about to be watched: from the cached snapshot of their category
   * when it is current, else one read per hall and day for all their categories (then cached);
   * tickets no longer in a queue (completed, cancelled, skipped) one by one.
   */
  private async loadCurrent(rows: readonly QueueTicketEntity[]): Promise<QueueTicketType[]> {
    const views = new Map<string, QueueTicketType>();
    const toRead = new Map<string, { hallCode: string; date: string; codes: Set<string> }>();
    for (const row of rows) {
      if (!ACTIVE.has(row.status)) continue;
      const cached = this.cache.get(row.hallCode, row.serviceDate, row.categoryCode);
      const view = cached?.tickets.get(row.id);
      if (view) {
        views.set(row.id, view);
        continue;
      }
      const key = `${row.hallCode}|${row.serviceDate}`;
      const group = toRead.get(key) ?? {
        hallCode: row.hallCode,
        date: row.serviceDate,
        codes: new Set(),
      };
      group.codes.add(row.categoryCode);
      toRead.set(key, group);
    }
    for (const { hallCode, date, codes } of toRead.values()) {
      const marks = this.cache.mark(hallCode, date, codes);
      const queues = await this.snapshots.categories(hallCode, date, [...codes]);
      this.cache.store(hallCode, date, queues, marks);
      for (const row of rows) {
        const view = queues.get(row.categoryCode)?.tickets.get(row.id);
        if (view && row.hallCode === hallCode && row.serviceDate === date) views.set(row.id, view);
      }
    }
    const rest = rows.filter((row) => !views.has(row.id));
    if (rest.length > 0) {
      for (const view of await this.snapshots.present(rest)) views.set(view.id, view);
    }
    return rows.map((row) => {
      const view = views.get(row.id);
      if (!view) throw new Error('no view of a ticket');
      return view;
    });
  }

  private async rebuildWindows(change: FoldedQueueChange): Promise<void> {
    const byWindow = this.windows.get(change.hallCode);
    if (!byWindow || byWindow.size === 0) return;
    const consoles = await this.snapshots.windowConsoles(change.hallCode, [...byWindow.keys()]);
    for (const view of consoles) {
      for (const watch of byWindow.get(view.code) ?? []) push(watch, view);
    }
  }

  private pushTicket(watch: TicketWatch, view: QueueTicketType): void {
    watch.categoryCode = view.categoryCode;
    watch.active = ACTIVE.has(view.status);
    push(watch, view);
    if (FINAL.has(view.status)) watch.iterator.end();
  }
}

function push<View>(watch: Watch<View>, view: View): void {
  const json = JSON.stringify(view);
  if (json === watch.last) return;
  watch.last = json;
  watch.iterator.push(view);
}
