import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ChecklistArgs, ShareChecklistArgs, SharedChecklistArgs } from './dto/checklist.args';
import { ChecklistTemplateType, SharedChecklistType } from './dto/checklist.types';
import { toChecklistTemplate, toSharedChecklist } from './checklist.mapper';
import { ChecklistService } from './checklist.service';
import { Access } from '../auth/access.decorator';

@Access('PUBLIC')
@Resolver()
export class ChecklistsResolver {
  constructor(private readonly checklists: ChecklistService) {}

  @Query(() => ChecklistTemplateType, {
    nullable: true,
    description: 'The self-check checklist of an item or theme; null when unknown',
  })
  checklist(@Args() { subject }: ChecklistArgs): ChecklistTemplateType | null {
    const template = this.checklists.template(subject);
    return template ? toChecklistTemplate(template) : null;
  }

  @Query(() => SharedChecklistType, {
    nullable: true,
    description: 'A shared checklist, read-only; null when unknown or expired',
  })
  async sharedChecklist(
    @Args() { token }: SharedChecklistArgs,
  ): Promise<SharedChecklistType | null> {
    const shared = await this.checklists.shared(token);
    return shared ? toSharedChecklist(shared) : null;
  }

  @Mutation(() => SharedChecklistType, {
    description: 'Stores a read-only snapshot of a checklist for 90 days and returns its token',
  })
  async shareChecklist(@Args() { input }: ShareChecklistArgs): Promise<SharedChecklistType> {
    return toSharedChecklist(
      await this.checklists.share(input.subject, {
        answers: input.answers,
        heldCodes: input.heldCodes,
      }),
    );
  }
}
