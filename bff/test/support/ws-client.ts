import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { PushIterator } from '../../src/common/pubsub/push-iterator';

/** What a subscription delivered: a result, an error message, the end, or the socket closing. */
export type WsEvent<T> =
  | { kind: 'next'; data: T | null | undefined; errors?: WsError[] }
  | { kind: 'error'; errors: WsError[] }
  | { kind: 'complete' }
  | { kind: 'closed'; code: number; reason: string };

export interface WsError {
  message: string;
  extensions?: { code?: string } & Record<string, unknown>;
}

/** The outcome of the first event, as the authorization matrix names it: OK or an error code. */
export function outcomeOf(event: WsEvent<unknown>, field: string): string {
  switch (event.kind) {
    case 'next':
      if (event.errors?.length) return String(event.errors[0]?.extensions?.code ?? 'NO_CODE');
      return event.data && typeof event.data === 'object' && field in event.data ? 'OK' : 'NO_DATA';
    case 'error':
      return String(event.errors[0]?.extensions?.code ?? 'NO_CODE');
    case 'complete':
      return 'COMPLETED_WITHOUT_DATA';
    case 'closed':
      return `CLOSED_${event.code}`;
  }
}

const WAIT_MS = 10_000;

export interface WsTestSubscription<T> {
  /** The next event; fails the test after 10 s without one. */
  next(): Promise<WsEvent<T>>;
  /** Data events until one satisfies `accept`; fails on an error, the end, or after 10 s. */
  until(accept: (data: T) => boolean): Promise<T>;
  unsubscribe(): void;
}

export interface WsTestClient {
  subscribe<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): WsTestSubscription<T>;
  dispose(): Promise<void>;
}

/**
 * A graphql-ws client (Node `ws`) against a test app: `connection_init` carries
 * `{ authorization: 'Bearer <token>' }` when a token is given; no retries, so a close is seen.
 */
export function wsClient(httpUrl: string, accessToken?: string | null): WsTestClient {
  const url = `${httpUrl.replace(/^http/, 'ws')}/graphql`;
  let closedWith: { code: number; reason: string } | null = null;
  const client: Client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
    retryAttempts: 0,
    lazy: true,
    on: {
      closed: (event) => {
        const close = event as { code?: number; reason?: string };
        closedWith = { code: close.code ?? 0, reason: String(close.reason ?? '') };
      },
    },
  });

  return {
    subscribe<T>(query: string, variables: Record<string, unknown> = {}): WsTestSubscription<T> {
      const events = new PushIterator<WsEvent<T>>({ buffer: { kind: 'queue', max: 1000 } });
      const stop = client.subscribe<T>(
        { query, variables },
        {
          next: (result) =>
            events.push({
              kind: 'next',
              data: result.data as T | null | undefined,
              errors: result.errors as WsError[] | undefined,
            }),
          error: (error: unknown) => {
            if (Array.isArray(error)) {
              events.push({ kind: 'error', errors: error as WsError[] });
            } else if (error && typeof error === 'object' && 'code' in error) {
              const close = error as { code: number; reason?: string };
              events.push({ kind: 'closed', code: close.code, reason: String(close.reason ?? '') });
            } else {
              events.push({ kind: 'closed', code: closedWith?.code ?? 0, reason: String(error) });
            }
          },
          complete: () => events.push({ kind: 'complete' }),
        },
      );
      const next = async (): Promise<WsEvent<T>> => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no subscription event within ${WAIT_MS} ms: ${query}`)),
            WAIT_MS,
          );
        });
        try {
          const result = await Promise.race([events.next(), timeout]);
          if (result.done) throw new Error('subscription events ended');
          return result.value;
        } finally {
          clearTimeout(timer);
        }
      };
      return {
        next,
        async until(accept) {
          for (;;) {
            const event = await next();
            if (event.kind !== 'next' || event.errors?.length || !event.data) {
              throw new Error(`unexpected subscription event: ${JSON.stringify(event)}`);
            }
            const data = event.data as T;
            if (accept(data)) return data;
          }
        },
        unsubscribe: () => stop(),
      };
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}
