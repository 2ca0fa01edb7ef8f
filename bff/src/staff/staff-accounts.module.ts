import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { DemoStaffService } from './demo-staff.service';
import { PasswordHasher } from './password-hasher';
import { StaffAccountsService } from './staff-accounts.service';
import { StaffAdminAuditService } from './staff-admin-audit.service';
import { StaffAssignmentService } from './staff-assignment.service';

/**
 * Staff accounts in the database, without anything of sessions or GraphQL, so that AuthModule
 * (demo login) and StaffModule (login, administration) can both use them.
 */
@Module({
  imports: [UsersModule],
  providers: [
    PasswordHasher,
    StaffAssignmentService,
    StaffAccountsService,
    StaffAdminAuditService,
    DemoStaffService,
  ],
  exports: [PasswordHasher, StaffAccountsService, StaffAdminAuditService, DemoStaffService],
})
export class StaffAccountsModule {}
