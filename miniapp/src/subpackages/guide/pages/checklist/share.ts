import type { ChecklistAnswer } from '@shizhong/domain';
import { getClient, reportRequestError } from '@/api/client';
import type {
  ShareChecklistMutation as ShareChecklistData,
  ShareChecklistMutationVariables,
} from '@/gql/graphql';
import { ShareChecklistMutation } from './checklist.graphql';
import type { ChecklistSubject } from './navigation';

/** Stores a read-only snapshot of the list on the server and returns its token. */
export async function shareChecklist(
  subject: ChecklistSubject,
  answers: readonly ChecklistAnswer[],
  heldCodes: readonly string[],
): Promise<string> {
  const result = await getClient()
    .mutation<ShareChecklistData, ShareChecklistMutationVariables>(
      ShareChecklistMutation.toString(),
      {
        input: {
          subject,
          answers: answers.map(({ questionId, yes }) => ({ questionId, yes })),
          heldCodes: [...heldCodes],
        },
      },
    )
    .toPromise();
  const token = result.data?.shareChecklist.token;
  if (result.error || !token) throw reportRequestError(result.error ?? new Error('no token'));
  return token;
}
