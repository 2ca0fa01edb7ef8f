import type { AnyVariables } from '@urql/core';
import { getClient } from '@/api/client';
import { toUserFacingError, type UserFacingError } from '@/api/errors';
import type { TypedDocumentString } from '@/gql/graphql';

export type MutationOutcome<TData> =
  { ok: true; data: TData } | { ok: false; error: UserFacingError };

/** One mutation through the app's client: the data, or the error mapped to Chinese. */
export async function runMutation<TData, TVariables extends AnyVariables>(
  document: TypedDocumentString<TData, TVariables>,
  variables: TVariables,
): Promise<MutationOutcome<TData>> {
  try {
    const result = await getClient()
      .mutation<TData, TVariables>(document.toString(), variables)
      .toPromise();
    if (result.data && !result.error) return { ok: true, data: result.data };
    return { ok: false, error: toUserFacingError(result.error) };
  } catch (error) {
    return { ok: false, error: toUserFacingError(error) };
  }
}
