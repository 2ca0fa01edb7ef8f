import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SharedChecklistEntity } from './shared-checklist.entity';

/** SQL of shared checklists. */
@Injectable()
export class SharedChecklistRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One INSERT: a snapshot is written whole or not at all. */
  async insert(row: SharedChecklistEntity): Promise<void> {
    await this.dataSource.getRepository(SharedChecklistEntity).insert(row);
  }

  findByToken(token: string): Promise<SharedChecklistEntity | null> {
    return this.dataSource.getRepository(SharedChecklistEntity).findOneBy({ token });
  }
}
