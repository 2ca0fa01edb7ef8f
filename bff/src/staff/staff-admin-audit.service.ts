import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { StaffAdminAuditEntity, type StaffAdminAction } from './staff-admin-audit.entity';

export interface StaffAdminAuditEntry {
  actorUserId: string | null;
  action: StaffAdminAction;
  targetUserId: string;
  targetHallCode: string | null;
  /** What changed; never a password or personal data. */
  detail: Record<string, unknown>;
}

/** Writes the append-only audit of staff administration, in the caller's transaction. */
@Injectable()
export class StaffAdminAuditService {
  async record(
    manager: EntityManager,
    entry: StaffAdminAuditEntry,
    now = new Date(),
  ): Promise<void> {
    await manager.getRepository(StaffAdminAuditEntity).insert({
      id: randomUUID(),
      actorUserId: entry.actorUserId,
      action: entry.action,
      targetUserId: entry.targetUserId,
      targetHallCode: entry.targetHallCode,
      detail: JSON.stringify(entry.detail).slice(0, 2000),
      createdAt: now,
    });
  }
}
