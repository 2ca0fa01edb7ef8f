/**
 * @jest-environment node
 */
import type Taro from '@tarojs/taro';
import { buildSchema } from 'graphql';
import { makeServer, type ConnectionInitMessage } from 'graphql-ws';
import { createClient } from 'graphql-ws/client';
import { createTaroWebSocket } from './taro-web-socket';

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }));

/**
 * graphql-ws's client over the adapter, against graphql-ws's own server, wired through a fake
 * WeChat SocketTask in memory: the protocol handshake, a subscription's events, and the server's
 * close code reaching the client (4401: token refused).
 */
const schema = buildSchema(`
  type Query { ok: Boolean }
  type Subscription { ahead: Int }
`);

async function* countdown() {
  for (const ahead of [2, 1, 0]) yield { ahead };
}

function serverBehindTasks(accept: (params: ConnectionInitMessage['payload']) => boolean) {
  const server = makeServer({
    schema,
    roots: { subscription: { ahead: countdown } },
    onConnect: (ctx) => accept(ctx.connectionParams),
  });
  return (option: Taro.connectSocket.Option): Promise<Taro.SocketTask> => {
    const handlers: Record<string, (result: never) => void> = {};
    const emit = (event: string, result: unknown) =>
      setTimeout(() => handlers[event]?.(result as never), 0);
    let toServer: ((data: string) => Promise<void>) | null = null;
    let closed: ((code: number, reason: string) => Promise<void>) | null = null;
    const shut = (code: number, reason: string) => {
      void closed?.(code, reason);
      closed = null;
      emit('close', { code, reason });
    };
    const task = {
      send: ({ data }: { data: string }) => void toServer?.(data),
      close: ({ code, reason }: { code: number; reason: string }) => shut(code, reason),
      onOpen: (cb: (r: never) => void) => (handlers.open = cb),
      onMessage: (cb: (r: never) => void) => (handlers.message = cb),
      onError: (cb: (r: never) => void) => (handlers.error = cb),
      onClose: (cb: (r: never) => void) => (handlers.close = cb),
    };
    closed = server.opened(
      {
        protocol: option.protocols?.[0] ?? '',
        send: (data) => {
          emit('message', { data });
          return Promise.resolve();
        },
        close: (code, reason) => shut(code ?? 1000, reason ?? ''),
        onMessage: (cb) => {
          toServer = cb;
        },
      },
      {},
    );
    emit('open', { header: {} });
    return Promise.resolve(task as unknown as Taro.SocketTask);
  };
}

describe('graphql-ws over the Taro socket adapter', () => {
  it('connects with the token in connection_init and receives a subscription’s events', async () => {
    const seenParams: unknown[] = [];
    const client = createClient({
      url: 'wss://bff.example/graphql',
      webSocketImpl: createTaroWebSocket(
        serverBehindTasks((params) => {
          seenParams.push(params);
          return true;
        }),
      ),
      connectionParams: { authorization: 'Bearer t1' },
      retryAttempts: 0,
    });
    const values: unknown[] = [];
    await new Promise<void>((resolve, reject) => {
      client.subscribe(
        { query: 'subscription { ahead }' },
        { next: (result) => values.push(result.data), error: reject, complete: resolve },
      );
    });
    await client.dispose();
    expect(seenParams).toEqual([{ authorization: 'Bearer t1' }]);
    expect(values).toEqual([{ ahead: 2 }, { ahead: 1 }, { ahead: 0 }]);
  });

  it('hands the server’s close code to the subscription (4401: refused token)', async () => {
    const client = createClient({
      url: 'wss://bff.example/graphql',
      webSocketImpl: createTaroWebSocket(serverBehindTasks(() => false)),
      retryAttempts: 0,
    });
    const error = await new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: 'subscription { ahead }' },
        { next: () => undefined, error: resolve, complete: () => resolve(null) },
      );
    });
    await client.dispose();
    // graphql-ws's onConnect returning false closes with 4403; the BFF closes with 4401 itself.
    expect(error).toMatchObject({ code: 4403 });
  });
});
