/**
 * Fakes for the queue pages' component tests: GraphQL answers by operation name (through the
 * mocked Taro.request) and subscriptions one can push to (the mocked use-subscription module).
 */
import Taro from '@tarojs/taro';

export interface SentOperation {
  operation: string;
  variables: Record<string, unknown>;
}

type Answer = unknown | ((variables: Record<string, unknown>) => unknown);

/** Answers each GraphQL operation by its name (a function may throw to fail the transport). */
export function answerGraphql(byOperation: Record<string, Answer>): SentOperation[] {
  const sent: SentOperation[] = [];
  const request = Taro.request as unknown as jest.Mock;
  request.mockImplementation((options: { data: string }) => {
    const body = JSON.parse(options.data) as { query: string; variables?: Record<string, unknown> };
    const operation = /(?:query|mutation) (\w+)/.exec(body.query)?.[1] ?? '';
    const variables = body.variables ?? {};
    sent.push({ operation, variables });
    const answer = byOperation[operation];
    try {
      const data =
        typeof answer === 'function'
          ? (answer as (v: typeof variables) => unknown)(variables)
          : answer;
      return Promise.resolve({
        statusCode: 200,
        header: { 'content-type': 'application/json' },
        data: JSON.stringify(data ?? { data: null }),
      });
    } catch (error) {
      return Promise.reject(error);
    }
  });
  return sent;
}
