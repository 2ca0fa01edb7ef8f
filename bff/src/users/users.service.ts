import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { AppError } from '../common/errors/app.error';
import { AppUserEntity } from './app-user.entity';

@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get users() {
    return this.dataSource.getRepository(AppUserEntity);
  }

  /** The citizen with this openid, created on their first login; records the login time. */
  async loginByOpenid(openid: string, now = new Date()): Promise<AppUserEntity> {
    const existing = await this.users.findOneBy({ openid });
    if (existing) {
      await this.users.update({ id: existing.id }, { lastLoginAt: now });
      return { ...existing, lastLoginAt: now };
    }
    const user: AppUserEntity = {
      id: randomUUID(),
      openid,
      role: 'CITIZEN',
      careMode: false,
      createdAt: now,
      lastLoginAt: now,
    };
    try {
      await this.users.insert(user);
      return user;
    } catch (error) {
      // Two first logins at once: the other one created the user.
      if (!(error instanceof QueryFailedError)) throw error;
      const raced = await this.users.findOneBy({ openid });
      if (!raced) throw error;
      return raced;
    }
  }

  async byId(id: string): Promise<AppUserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** Throws UNAUTHENTICATED when the account is gone (deleted while a session was open). */
  async requireById(id: string): Promise<AppUserEntity> {
    const user = await this.byId(id);
    if (!user) throw new AppError('UNAUTHENTICATED');
    return user;
  }

  async setCareMode(id: string, enabled: boolean): Promise<AppUserEntity> {
    await this.users.update({ id }, { careMode: enabled });
    return this.requireById(id);
  }
}
