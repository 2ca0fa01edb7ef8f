import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app.error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transaction';
import { StaffAdminAuditService } from './staff-admin-audit.service';
import { StaffAccountsService } from './staff-accounts.service';

/**
 * The first system admin of a new installation: when BOOTSTRAP_ADMIN_USERNAME and
 * BOOTSTRAP_ADMIN_PASSWORD are set and no system admin exists, one is made at start-up. Once any
 * system admin exists the settings do nothing (remove them after the first start).
 */
@Injectable()
export class StaffBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('StaffBootstrap');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: StaffAccountsService,
    private readonly audit: StaffAdminAuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const username = this.config.BOOTSTRAP_ADMIN_USERNAME;
    const password = this.config.BOOTSTRAP_ADMIN_PASSWORD;
    if (!username || !password) return;
    if (await this.accounts.hasSystemAdmin()) return;
    try {
      await inTransaction(this.dataSource, async (manager) => {
        const userId = await this.accounts.create(
          {
            username,
            displayName: '系统管理员',
            password,
            role: 'SYSTEM_ADMIN',
            hallCode: null,
            zoneCodes: [],
            windowCodes: [],
            createdBy: null,
          },
          manager,
        );
        await this.audit.record(manager, {
          actorUserId: null,
          action: 'BOOTSTRAP_ADMIN',
          targetUserId: userId,
          targetHallCode: null,
          detail: { username },
        });
      });
      this.logger.log(`created the first system admin "${username}" from BOOTSTRAP_ADMIN_*`);
    } catch (error) {
      if (error instanceof AppError && error.code === 'STAFF_USERNAME_TAKEN') {
        // Another instance starting at the same time made it, or the name belongs to a staff
        // account that is not a system admin: either way, nothing to do here.
        this.logger.warn(`BOOTSTRAP_ADMIN_USERNAME "${username}" is taken: no admin created`);
        return;
      }
      throw error;
    }
  }
}
