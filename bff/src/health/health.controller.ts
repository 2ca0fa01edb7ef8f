import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { ApprovalClient, type CircuitStatus } from '../approval/approval.client';
import { CatalogueService } from '../catalogue/catalogue.service';
import { dialectOf } from '../database/data-source';

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  database: { status: 'up' | 'down'; dialect: string };
  approvalBackend: { circuit: CircuitStatus };
  catalogue: { syncedAt: string | null; stale: boolean; ageSeconds: number | null };
}

/**
 * Liveness and readiness for load balancers: 200 while the BFF can serve (also when the approval
 * backend is down — citizens are served from the cache, reported as "degraded"), 503 when the
 * database is unreachable.
 */
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly approval: ApprovalClient,
    private readonly catalogue: CatalogueService,
  ) {}

  @Get()
  @HttpCode(HttpStatus.OK)
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    let databaseUp = true;
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      databaseUp = false;
    }
    const freshness = this.catalogue.freshness();
    const circuit = this.approval.circuitStatus();
    const status = !databaseUp
      ? 'down'
      : circuit !== 'closed' || freshness.stale
        ? 'degraded'
        : 'ok';
    if (!databaseUp) res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status,
      database: { status: databaseUp ? 'up' : 'down', dialect: dialectOf(this.dataSource) },
      approvalBackend: { circuit },
      catalogue: {
        syncedAt: freshness.syncedAt?.toISOString() ?? null,
        stale: freshness.stale,
        ageSeconds: freshness.ageSeconds,
      },
    };
  }
}
