/**
 * GraphQL over HTTP against a running stack (test/support/stack.ts), for what an e2e spec sets up
 * or checks beside the browser: sessions, the app's test clock, data another person made.
 */

export interface GraphqlAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Sends one operation to `${appUrl}graphql`, signed in with `token` when given. */
export async function stackGraphql<T>(
  appUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphqlAnswer<T>> {
  const response = await fetch(`${appUrl}graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlAnswer<T>;
}

/**
 * Sets the running app's clock (allowed only when the stack started with TEST_CLOCK_ALLOWED=1)
 * to `at`, ticking on from there; null returns it to the real time.
 */
export async function setStackClock(appUrl: string, at: string | null): Promise<void> {
  const answer = await stackGraphql<{ setTestClock: { shanghai: string } }>(
    appUrl,
    'mutation C($at: String) { setTestClock(at: $at, frozen: false) { shanghai } }',
    { at },
  );
  expect(answer.errors).toBeUndefined();
}
