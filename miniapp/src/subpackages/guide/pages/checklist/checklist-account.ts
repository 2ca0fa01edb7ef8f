import { getClient } from '@/api/client';
import { toUserFacingError } from '@/api/errors';
import type {
  AccountChecklistQuery as AccountChecklistData,
  AccountChecklistQueryVariables,
  SaveChecklistMutation as SaveChecklistData,
  SaveChecklistMutationVariables,
} from '@/gql/graphql';
import { AccountChecklistQuery, SaveChecklistMutation } from './checklist.graphql';
import type { ChecklistProgress } from './checklist-progress';
import type { ChecklistSubject } from './navigation';

/** A subject's checklist as the account keeps it; `updatedAt` in epoch ms. */
export interface AccountChecklistState extends ChecklistProgress {
  updatedAt: number;
}

/**
 * Where a signed-in citizen's checklist is kept besides the device. Failures reject with a
 * UserFacingError (Chinese message, the server's code).
 */
export interface ChecklistAccount {
  load(subject: ChecklistSubject): Promise<AccountChecklistState | null>;
  save(subject: ChecklistSubject, progress: ChecklistProgress): Promise<{ updatedAt: number }>;
}

/** The BFF's saveChecklist / savedChecklists, through the app's one client. */
export const graphqlChecklistAccount: ChecklistAccount = {
  async load(subject) {
    const result = await getClient()
      .query<AccountChecklistData, AccountChecklistQueryVariables>(
        AccountChecklistQuery.toString(),
        { subject },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (result.error || !result.data) throw toUserFacingError(result.error);
    const saved = result.data.savedChecklists[0];
    if (!saved) return null;
    return {
      answers: saved.answers.map(({ questionId, yes }) => ({ questionId, yes })),
      heldCodes: [...saved.heldCodes],
      updatedAt: Date.parse(saved.updatedAt),
    };
  },
  async save(subject, progress) {
    const result = await getClient()
      .mutation<SaveChecklistData, SaveChecklistMutationVariables>(
        SaveChecklistMutation.toString(),
        {
          input: {
            subject,
            answers: progress.answers.map(({ questionId, yes }) => ({ questionId, yes })),
            heldCodes: [...progress.heldCodes],
          },
        },
      )
      .toPromise();
    if (result.error || !result.data) throw toUserFacingError(result.error);
    return { updatedAt: Date.parse(result.data.saveChecklist.updatedAt) };
  },
};
