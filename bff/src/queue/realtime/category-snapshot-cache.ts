import type { QueueCategorySnapshot } from '../queue-snapshots.service';

const MAX_ENTRIES = 500;
const MAX_GENERATIONS = 5_000;

const keyOf = (hallCode: string, serviceDate: string, categoryCode: string) =>
  `${hallCode}|${serviceDate}|${categoryCode}`;

/**
 * The category snapshots this instance read last, so that a ticket's first view (a new
 * subscription, or hundreds of phones reconnecting at once) is a lookup instead of a read of the
 * whole queue. Each key has a generation, raised by every change received for that category; a
 * snapshot is stored with the generation seen before it was read and is used only while that is
 * still the current one — a read that raced a change is never served.
 *
 * A subscriber may still get a snapshot read just before a change that has committed but not yet
 * arrived over the pub/sub; its watch is registered first, so the change's rebuild follows.
 */
export class CategorySnapshotCache {
  private readonly generations = new Map<string, number>();
  private readonly entries = new Map<
    string,
    { generation: number; snapshot: QueueCategorySnapshot }
  >();

  /** A change to these categories arrived: what is stored for them is stale. */
  invalidate(hallCode: string, serviceDate: string, categoryCodes: Iterable<string>): void {
    if (this.generations.size > MAX_GENERATIONS) {
      this.generations.clear();
      this.entries.clear();
    }
    for (const code of categoryCodes) {
      const key = keyOf(hallCode, serviceDate, code);
      this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
      this.entries.delete(key);
    }
  }

  /** The current generations of some categories: take them before reading, give them to store(). */
  mark(
    hallCode: string,
    serviceDate: string,
    categoryCodes: Iterable<string>,
  ): Map<string, number> {
    const marks = new Map<string, number>();
    for (const code of categoryCodes) {
      marks.set(code, this.generations.get(keyOf(hallCode, serviceDate, code)) ?? 0);
    }
    return marks;
  }

  store(
    hallCode: string,
    serviceDate: string,
    snapshots: ReadonlyMap<string, QueueCategorySnapshot>,
    marks: ReadonlyMap<string, number>,
  ): void {
    if (this.entries.size > MAX_ENTRIES) this.entries.clear();
    for (const [code, snapshot] of snapshots) {
      const key = keyOf(hallCode, serviceDate, code);
      const generation = marks.get(code);
      if (generation === undefined || generation !== (this.generations.get(key) ?? 0)) continue;
      this.entries.set(key, { generation, snapshot });
    }
  }

  get(hallCode: string, serviceDate: string, categoryCode: string): QueueCategorySnapshot | null {
    const key = keyOf(hallCode, serviceDate, categoryCode);
    const entry = this.entries.get(key);
    return entry && entry.generation === (this.generations.get(key) ?? 0) ? entry.snapshot : null;
  }
}
