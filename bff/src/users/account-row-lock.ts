import type { EntityManager } from 'typeorm';
import { dialectOf } from '../database/data-source';
import { AppUserEntity } from './app-user.entity';

/**
 * On MySQL, holds the account's `app_user` row until `manager`'s transaction ends, so that two
 * transactions of one account that count its rows before adding one (bookings, saved checklists)
 * cannot both pass the limit. SQLite runs one transaction at a time (inTransaction): no lock.
 */
export async function lockAccountRow(manager: EntityManager, userId: string): Promise<void> {
  if (dialectOf(manager.connection) !== 'mysql') return;
  await manager
    .getRepository(AppUserEntity)
    .createQueryBuilder('account')
    .select('account.id')
    .where('account.id = :userId', { userId })
    .setLock('pessimistic_write')
    .getRawOne();
}
