import { familyLinkStatusWhenUnlinked } from '@shizhong/domain';
import { IsNull, Not, type EntityManager } from 'typeorm';
import { FamilyMemberEntity } from './family-member.entity';

/**
 * Keeps `family_member.linked_user_id` in step with real-name profiles; called in the transaction
 * that sets or corrects a citizen's ID number (submitRealName).
 *
 * - Links the citizen added by others under this ID number before they registered: those links
 *   keep their status (NO_ACCOUNT links are active; the citizen sees them and may revoke them).
 * - Unlinks the links of an ID number the account no longer holds: the person of that number has
 *   no account now, so a request still waiting for an answer needs none (PENDING → NO_ACCOUNT).
 */
export async function relinkFamilyMembers(
  manager: EntityManager,
  userId: string,
  idNumberHash: string,
): Promise<void> {
  const members = manager.getRepository(FamilyMemberEntity);
  const stale = await members.find({
    where: { linkedUserId: userId, idNumberHash: Not(idNumberHash) },
    select: { id: true, linkStatus: true },
  });
  for (const row of stale) {
    await members.update(
      { id: row.id, linkedUserId: userId },
      { linkedUserId: null, linkStatus: familyLinkStatusWhenUnlinked(row.linkStatus) },
    );
  }
  await members.update(
    { idNumberHash, linkedUserId: IsNull(), ownerUserId: Not(userId) },
    { linkedUserId: userId },
  );
}
