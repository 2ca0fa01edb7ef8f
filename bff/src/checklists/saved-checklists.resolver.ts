import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import {
  DeleteSavedChecklistArgs,
  SaveChecklistArgs,
  SavedChecklistsArgs,
} from './dto/saved-checklist.args';
import { SavedChecklistType } from './dto/saved-checklist.type';
import { toSavedChecklist } from './saved-checklist.mapper';
import { SavedChecklistsService } from './saved-checklists.service';

/** 我的 → 已存清单: a citizen's own checklists, kept on the account. */
@Resolver()
export class SavedChecklistsResolver {
  constructor(private readonly saved: SavedChecklistsService) {}

  @Query(() => [SavedChecklistType], {
    description: "The signed-in citizen's saved checklists, newest first",
  })
  @Access('CITIZEN')
  async savedChecklists(
    @CurrentUser() user: AuthUser,
    @Args() { subject }: SavedChecklistsArgs,
  ): Promise<SavedChecklistType[]> {
    const rows = await this.saved.list(user.userId, subject ?? undefined);
    return rows.map(toSavedChecklist);
  }

  @Mutation(() => SavedChecklistType, {
    description:
      "Saves the answers and ticks of a checklist on the signed-in citizen's account (one per item or theme; at most 30)",
  })
  @Access('CITIZEN')
  async saveChecklist(
    @CurrentUser() user: AuthUser,
    @Args() { input }: SaveChecklistArgs,
  ): Promise<SavedChecklistType> {
    return toSavedChecklist(
      await this.saved.save(user.userId, input.subject, {
        answers: input.answers,
        heldCodes: input.heldCodes,
      }),
    );
  }

  @Mutation(() => Boolean, { description: 'Deletes one of your saved checklists' })
  @Access('CITIZEN')
  async deleteSavedChecklist(
    @CurrentUser() user: AuthUser,
    @Args() { id }: DeleteSavedChecklistArgs,
  ): Promise<boolean> {
    await this.saved.remove(user.userId, id);
    return true;
  }
}
