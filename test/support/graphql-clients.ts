import { Agent, request } from 'node:http';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphqlError {
  message: string;
  extensions?: { code?: string } & Record<string, unknown>;
}

export interface GraphqlBody<T> {
  data?: T | null;
  errors?: GraphqlError[];
}

/** Connection failures of a request that never reached the resolver's answer. */
const CONNECTION_ERRORS = ['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ECONNABORTED', 'EBADBODY'];

export function isConnectionError(error: unknown): boolean {
  return CONNECTION_ERRORS.includes((error as { code?: string }).code ?? '');
}

export function codeOf(body: GraphqlBody<unknown>): string {
  return body.errors?.[0]?.extensions?.code ?? (body.data ? 'OK' : 'NO_DATA');
}

/**
 * A GraphQL-over-HTTP client of one BFF instance on node:http with keep-alive sockets (fetch
 * would open a socket per request under hundreds of concurrent requests).
 */
export class HttpGraphql {
  private readonly agent: Agent;
  private readonly endpoint: URL;

  constructor(baseUrl: string, sockets = 64) {
    this.endpoint = new URL('/graphql', baseUrl);
    this.agent = new Agent({ keepAlive: true, maxSockets: sockets });
  }

  /** Sends one operation; rejects on a connection failure (code ECONNRESET, …). */
  call<T>(query: string, variables: Record<string, unknown> = {}, token?: string) {
    const body = JSON.stringify({ query, variables });
    return new Promise<GraphqlBody<T>>((resolve, reject) => {
      const req = request(
        this.endpoint,
        {
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString();
            try {
              resolve(JSON.parse(text) as GraphqlBody<T>);
            } catch {
              reject(
                Object.assign(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`), {
                  code: 'EBADBODY',
                }),
              );
            }
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /**
   * `call`, sent again (the same body: the same idempotency key) when the connection fails
   * before an answer — hundreds of connections opened at once can overflow the accept queue.
   */
  async callResending<T>(
    query: string,
    variables: Record<string, unknown>,
    token?: string,
    attempts = 5,
  ): Promise<GraphqlBody<T>> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.call<T>(query, variables, token);
      } catch (error) {
        if (attempt >= attempts || !isConnectionError(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
      }
    }
  }

  /** The data of an operation that must succeed; throws with the errors otherwise. */
  async data<T>(query: string, variables: Record<string, unknown> = {}, token?: string) {
    const body = await this.callResending<T>(query, variables, token);
    if (!body.data || body.errors) {
      throw new Error(`${query.slice(0, 60)}… failed: ${JSON.stringify(body.errors)}`);
    }
    return body.data;
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Runs `work(i)` for i < count with at most `parallel` at a time. */
export async function inParallel(
  count: number,
  parallel: number,
  work: (i: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(parallel, count) }, async () => {
      while (next < count) {
        const i = next;
        next += 1;
        await work(i);
      }
    }),
  );
}

/** One graphql-ws subscription: what it received so far, and a way to wait for more. */
export interface LiveSubscription<T> {
  readonly received: T[];
  /** The first message (already received or to come) for which `match` is true. */
  waitFor(what: string, match: (payload: T) => boolean, timeoutMs?: number): Promise<T>;
  readonly errors: unknown[];
}

/**
 * A graphql-ws connection to one BFF instance (`ws://…/graphql`), signed in with `token` when
 * given (connection_init payload `{ authorization: 'Bearer …' }`).
 */
export class WsGraphql {
  readonly client: Client;
  /** Resolves on connection_ack; rejects when the connection closes first (e.g. 4401). */
  readonly connected: Promise<void>;

  constructor(wsUrl: string, token?: string) {
    let acknowledged: () => void = () => undefined;
    let refused: (error: Error) => void = () => undefined;
    this.connected = new Promise<void>((resolve, reject) => {
      acknowledged = resolve;
      refused = reject;
    });
    // A rejection nobody waits for must not crash the test run.
    this.connected.catch(() => undefined);
    this.client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      on: {
        connected: () => acknowledged(),
        closed: (event) => {
          const { code, reason } = event as { code?: number; reason?: string };
          refused(new Error(`graphql-ws closed before connection_ack: ${code} ${reason ?? ''}`));
        },
      },
    });
  }

  subscribe<T>(
    query: string,
    variables: Record<string, unknown>,
    field: string,
  ): LiveSubscription<T> & { stop(): void } {
    const received: T[] = [];
    const errors: unknown[] = [];
    const waiters = new Set<() => void>();
    const wake = () => {
      for (const waiter of [...waiters]) waiter();
    };
    const stop = this.client.subscribe<Record<string, T>>(
      { query, variables },
      {
        next: (value) => {
          if (value.errors) errors.push(value.errors);
          const payload = value.data?.[field];
          if (payload !== undefined) received.push(payload);
          wake();
        },
        error: (error) => {
          errors.push(error);
          wake();
        },
        complete: () => wake(),
      },
    );
    return {
      received,
      errors,
      stop,
      waitFor(what, match, timeoutMs = 15_000) {
        return new Promise<T>((resolve, reject) => {
          const check = () => {
            const found = received.find(match);
            if (found !== undefined) {
              waiters.delete(check);
              clearTimeout(timer);
              resolve(found);
            } else if (errors.length > 0) {
              waiters.delete(check);
              clearTimeout(timer);
              reject(new Error(`${what}: subscription failed: ${JSON.stringify(errors)}`));
            }
          };
          const timer = setTimeout(() => {
            waiters.delete(check);
            reject(
              new Error(
                `timed out after ${timeoutMs} ms waiting for ${what}; received ${JSON.stringify(received)}`,
              ),
            );
          }, timeoutMs);
          waiters.add(check);
          check();
        });
      },
    };
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}
