import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { StaffAccountsModule } from './staff-accounts.module';
import { StaffAdminResolver } from './staff-admin.resolver';
import { StaffAdminService } from './staff-admin.service';
import { StaffAuthService } from './staff-auth.service';
import { StaffBootstrapService } from './staff-bootstrap.service';
import { StaffResolver } from './staff.resolver';

/** Staff login, `me.staff`, staff administration and the bootstrap system admin. */
@Module({
  imports: [UsersModule, StaffAccountsModule],
  providers: [
    StaffAuthService,
    StaffAdminService,
    StaffBootstrapService,
    StaffResolver,
    StaffAdminResolver,
  ],
})
export class StaffModule {}
