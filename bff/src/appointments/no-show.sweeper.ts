import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { sqlTimestamp } from '../database/transaction';
import { AppointmentEntity } from './appointment.entity';

/**
 * Marks booked appointments whose slot has ended without a check-in as no-shows (爽约), with one
 * UPDATE — idempotent, so any number of instances may run it at once. A no-show frees the
 * person's "one per category per day" key; it counts towards the booking ban.
 * Runs every NO_SHOW_SWEEP_INTERVAL_MS (0: never; tests call `sweep`), at the app's Clock.
 */
@Injectable()
export class NoShowSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NoShowSweeper.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'NO_SHOW_SWEEP_INTERVAL_MS'>,
  ) {}

  onApplicationBootstrap(): void {
    const interval = this.config.NO_SHOW_SWEEP_INTERVAL_MS;
    if (interval <= 0) return;
    this.timer = setInterval(() => {
      void this.sweep().catch((error: unknown) =>
        this.logger.error({ err: error }, 'no-show sweep failed'),
      );
    }, interval);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** Marks the no-shows at the clock's now; returns how many this call marked. */
  sweep(): Promise<number> {
    if (this.running) return this.running;
    const run = this.sweepAt(this.clock.now()).finally(() => {
      this.running = null;
    });
    this.running = run;
    return run;
  }

  private async sweepAt(now: Date): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(AppointmentEntity)
      .set({ status: 'NO_SHOW', activeKey: null, noShowAt: now })
      .where("status = 'BOOKED' AND ends_at <= :now", { now: sqlTimestamp(now) })
      .execute();
    return result.affected ?? 0;
  }
}
