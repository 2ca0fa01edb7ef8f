import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { StaffAccountType } from './dto/staff-account.types';
import {
  CreateStaffAccountArgs,
  StaffAccountIdArgs,
  StaffAccountsArgs,
  UpdateStaffAssignmentArgs,
} from './dto/staff-admin.args';
import { toStaffAccount } from './staff-account.mapper';
import { StaffAdminService } from './staff-admin.service';

/**
 * Staff administration. HALL_ADMIN policy: hall admins act on STAFF accounts of their own hall
 * only, system admins on every account (staff-admin-access.ts); every change is audited.
 */
@Access('HALL_ADMIN')
@Resolver()
export class StaffAdminResolver {
  constructor(private readonly admin: StaffAdminService) {}

  @Query(() => [StaffAccountType], {
    description: "Staff accounts of a hall, by username: hall admins their own hall's",
  })
  async staffAccounts(
    @CurrentUser() user: AuthUser,
    @Args() { hallCode }: StaffAccountsArgs,
  ): Promise<StaffAccountType[]> {
    const views = await this.admin.list(user, hallCode ?? null);
    return views.map((view) => toStaffAccount(view));
  }

  @Mutation(() => StaffAccountType, {
    description: 'Creates a staff account: hall admins STAFF of their hall, system admins any',
  })
  async createStaffAccount(
    @CurrentUser() user: AuthUser,
    @Args() { input }: CreateStaffAccountArgs,
  ): Promise<StaffAccountType> {
    return toStaffAccount(
      await this.admin.create(user, {
        username: input.username,
        displayName: input.displayName,
        password: input.password,
        role: input.role,
        hallCode: input.hallCode ?? null,
        zoneCodes: input.zoneCodes,
        windowCodes: input.windowCodes,
      }),
    );
  }

  @Mutation(() => StaffAccountType, {
    description: "Replaces a staff member's zones and windows (within their hall)",
  })
  async updateStaffAssignment(
    @CurrentUser() user: AuthUser,
    @Args() { id, zoneCodes, windowCodes }: UpdateStaffAssignmentArgs,
  ): Promise<StaffAccountType> {
    return toStaffAccount(await this.admin.updateAssignment(user, id, zoneCodes, windowCodes));
  }

  @Mutation(() => StaffAccountType, { description: 'Ends a lockout after wrong passwords' })
  async unlockStaffAccount(
    @CurrentUser() user: AuthUser,
    @Args() { id }: StaffAccountIdArgs,
  ): Promise<StaffAccountType> {
    return toStaffAccount(await this.admin.unlock(user, id));
  }

  @Mutation(() => StaffAccountType, {
    description: 'Disables a staff account: no more logins, open sessions end at once',
  })
  async disableStaffAccount(
    @CurrentUser() user: AuthUser,
    @Args() { id }: StaffAccountIdArgs,
  ): Promise<StaffAccountType> {
    return toStaffAccount(await this.admin.disable(user, id));
  }
}
