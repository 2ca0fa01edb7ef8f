import { Injectable } from '@nestjs/common';
import { AppError } from '../common/errors/app.error';
import { isUniqueViolation } from '../database/unique-violation';
import type { AppUserEntity } from '../users/app-user.entity';
import { UsersService } from '../users/users.service';
import { DEMO_STAFF, type DemoStaffPersona } from './demo-staff';
import { StaffAccountsService } from './staff-accounts.service';

/** The demo staff accounts, made on first use. Callers refuse this in production. */
@Injectable()
export class DemoStaffService {
  constructor(
    private readonly accounts: StaffAccountsService,
    private readonly users: UsersService,
  ) {}

  async ensure(persona: DemoStaffPersona): Promise<AppUserEntity> {
    const demo = DEMO_STAFF[persona];
    let record = await this.accounts.loginRecordByUsername(demo.username);
    if (!record) {
      try {
        await this.accounts.create({ ...demo, password: null, createdBy: null });
      } catch (error) {
        // Two first demo logins at once: the other one made it.
        if (
          !(error instanceof AppError && error.code === 'STAFF_USERNAME_TAKEN') &&
          !isUniqueViolation(error)
        ) {
          throw error;
        }
      }
      record = await this.accounts.loginRecordByUsername(demo.username);
    }
    if (!record) throw new Error(`demo staff ${persona} could not be created`);
    if (record.disabled) throw new AppError('STAFF_ACCOUNT_DISABLED');
    return this.users.requireById(record.userId);
  }
}
