import type Taro from '@tarojs/taro';
import { createTaroWebSocket, type ConnectSocketFn } from './taro-web-socket';

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { connectSocket: jest.fn() } }));

/** A SocketTask whose events the test fires. */
function fakeTask() {
  const handlers: Record<string, (result: never) => void> = {};
  const task = {
    send: jest.fn(),
    close: jest.fn(),
    onOpen: (cb: (r: never) => void) => (handlers.open = cb),
    onMessage: (cb: (r: never) => void) => (handlers.message = cb),
    onError: (cb: (r: never) => void) => (handlers.error = cb),
    onClose: (cb: (r: never) => void) => (handlers.close = cb),
  };
  const fire = (event: string, result: unknown) => handlers[event]?.(result as never);
  return { task: task as unknown as Taro.SocketTask & typeof task, fire };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createTaroWebSocket (graphql-ws webSocketImpl over Taro.connectSocket)', () => {
  it('looks like a WebSocket class to graphql-ws', () => {
    const Socket = createTaroWebSocket(jest.fn());
    expect([Socket.CONNECTING, Socket.OPEN, Socket.CLOSING, Socket.CLOSED]).toEqual([0, 1, 2, 3]);
  });

  it('maps the task’s open, message, error and close events to the WebSocket callbacks', async () => {
    const { task, fire } = fakeTask();
    const connect = jest.fn<ReturnType<ConnectSocketFn>, Parameters<ConnectSocketFn>>(() =>
      Promise.resolve(task),
    );
    const Socket = createTaroWebSocket(connect);
    const socket = new Socket('wss://bff.example/graphql', 'graphql-transport-ws');
    const events: string[] = [];
    socket.onopen = () => events.push(`open ${socket.readyState}`);
    socket.onmessage = ({ data }) => events.push(`message ${data}`);
    socket.onerror = ({ message }) => events.push(`error ${message}`);
    socket.onclose = ({ code, reason, wasClean }) =>
      events.push(`close ${code} ${reason} ${wasClean} ${socket.readyState}`);
    expect(socket.readyState).toBe(Socket.CONNECTING);
    expect(socket.protocol).toBe('graphql-transport-ws');
    await flush();
    expect(connect).toHaveBeenCalledWith({
      url: 'wss://bff.example/graphql',
      protocols: ['graphql-transport-ws'],
    });

    fire('open', { header: {} });
    socket.send('{"type":"connection_init"}');
    fire('message', { data: '{"type":"connection_ack"}' });
    fire('message', { data: new ArrayBuffer(2) });
    fire('error', { errMsg: 'network lost' });
    fire('close', { code: 1006, reason: 'abnormal' });
    fire('close', { code: 1006, reason: 'twice' });

    expect(task.send).toHaveBeenCalledWith({ data: '{"type":"connection_init"}' });
    expect(events).toEqual([
      'open 1',
      'message {"type":"connection_ack"}',
      'error network lost',
      'close 1006 abnormal false 3',
    ]);
  });

  it('closes with the code and reason graphql-ws gives, once', async () => {
    const { task, fire } = fakeTask();
    const Socket = createTaroWebSocket(() => Promise.resolve(task));
    const socket = new Socket('wss://x/graphql', 'graphql-transport-ws');
    await flush();
    fire('open', {});
    socket.close(4499, 'Terminated');
    socket.close(1000, 'again');
    expect(socket.readyState).toBe(Socket.CLOSING);
    expect(task.close).toHaveBeenCalledTimes(1);
    expect(task.close).toHaveBeenCalledWith({ code: 4499, reason: 'Terminated' });
  });

  it('closes a socket closed before it opened as soon as it opens, without reporting it open', async () => {
    const { task, fire } = fakeTask();
    const Socket = createTaroWebSocket(() => Promise.resolve(task));
    const socket = new Socket('wss://x/graphql');
    const opened = jest.fn();
    socket.onopen = opened;
    socket.close(1000, 'Normal Closure');
    await flush();
    expect(task.close).not.toHaveBeenCalled();
    fire('open', {});
    expect(task.close).toHaveBeenCalledWith({ code: 1000, reason: 'Normal Closure' });
    expect(opened).not.toHaveBeenCalled();
  });

  it('reports a socket that could not be opened as an error and a 1006 close (graphql-ws retries)', async () => {
    const Socket = createTaroWebSocket(() =>
      Promise.reject({ errMsg: 'connectSocket:fail url not in domain list' }),
    );
    const socket = new Socket('wss://x/graphql', ['graphql-transport-ws']);
    const events: string[] = [];
    socket.onerror = ({ message }) => events.push(`error ${message}`);
    socket.onclose = ({ code }) => events.push(`close ${code}`);
    await flush();
    expect(events).toEqual(['error connectSocket:fail url not in domain list', 'close 1006']);
    expect(socket.readyState).toBe(Socket.CLOSED);
  });
});
