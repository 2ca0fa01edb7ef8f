import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SearchQueryLogEntity } from './search-query-log.entity';

const FLUSH_INTERVAL_MS = 5_000;
const INSERT_CHUNK = 500;
/** Beyond this many unwritten entries (the database has been away a while) the oldest are dropped. */
const MAX_PENDING = 20_000;

interface PendingEntry {
  query: string;
  resultCount: number;
  createdAt: Date;
}

/**
 * The anonymised search log: the normalised query and its number of hits, nothing about who
 * asked. Kept in memory and written every few seconds and at shut-down, never on the request path.
 */
@Injectable()
export class SearchLogService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SearchLogService.name);
  private pending: PendingEntry[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }

  record(query: string, resultCount: number): void {
    this.pending.push({ query, resultCount, createdAt: new Date() });
    if (this.pending.length > MAX_PENDING)
      this.pending.splice(0, this.pending.length - MAX_PENDING);
  }

  /** Writes the buffered entries; on failure keeps them for the next attempt. */
  async flush(): Promise<void> {
    const entries = this.pending;
    if (entries.length === 0) return;
    this.pending = [];
    let written = 0;
    try {
      const repository = this.dataSource.getRepository(SearchQueryLogEntity);
      for (; written < entries.length; written += INSERT_CHUNK)
        await repository.insert(entries.slice(written, written + INSERT_CHUNK));
    } catch (error) {
      this.pending = [...entries.slice(written), ...this.pending];
      this.logger.warn(
        { error: (error as Error).message },
        'could not write the search log; will retry',
      );
    }
  }
}
