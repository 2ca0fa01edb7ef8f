import Taro from '@tarojs/taro';

/** The part of Taro.connectSocket the adapter uses (injectable for tests). */
export type ConnectSocketFn = (option: Taro.connectSocket.Option) => Promise<Taro.SocketTask>;

type Listener<E> = ((event: E) => void) | null;

/**
 * A WebSocket-shaped class over `Taro.connectSocket` (WeChat's SocketTask), for graphql-ws's
 * `webSocketImpl`: readyState and its constants, onopen / onmessage / onclose / onerror, send,
 * close. A socket that cannot be opened (no network, domain not in the allowed list, app in the
 * background) ends with onerror then onclose 1006, so graphql-ws retries as after any dropped
 * connection. It also runs in H5, but Taro's H5 SocketTask reports every close as 1006 (the
 * server's code is lost), so realtime-client.ts uses the browser's WebSocket there.
 */
export function createTaroWebSocket(
  connect: ConnectSocketFn = Taro.connectSocket as ConnectSocketFn,
) {
  return class TaroWebSocket {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSING = 2;
    static readonly CLOSED = 3;

    readyState = TaroWebSocket.CONNECTING;
    protocol = '';
    onopen: Listener<Record<string, never>> = null;
    onmessage: Listener<{ data: string }> = null;
    onclose: Listener<{ code: number; reason: string; wasClean: boolean }> = null;
    onerror: Listener<{ message: string }> = null;
    private task: Taro.SocketTask | null = null;
    private closing: { code: number; reason: string } | null = null;

    constructor(url: string, protocols?: string | string[]) {
      const list = protocols === undefined ? [] : ([] as string[]).concat(protocols);
      this.protocol = list[0] ?? '';
      connect({ url, protocols: list.length > 0 ? list : undefined }).then(
        (task) => this.attach(task),
        (error: { errMsg?: string } | undefined) =>
          this.closed(1006, error?.errMsg ?? 'connect failed', true),
      );
    }

    send(data: string): void {
      this.task?.send({ data });
    }

    close(code = 1000, reason = ''): void {
      if (this.readyState >= TaroWebSocket.CLOSING) return;
      const open = this.readyState === TaroWebSocket.OPEN;
      this.readyState = TaroWebSocket.CLOSING;
      // WeChat cannot close a socket that has not opened yet: close it once it opens.
      if (open && this.task) this.task.close({ code, reason });
      else this.closing = { code, reason };
    }

    private attach(task: Taro.SocketTask): void {
      this.task = task;
      task.onOpen(() => {
        if (this.closing) {
          task.close(this.closing);
          return;
        }
        this.readyState = TaroWebSocket.OPEN;
        this.onopen?.({});
      });
      task.onMessage(({ data }: { data: unknown }) => {
        if (typeof data === 'string') this.onmessage?.({ data });
      });
      task.onError(({ errMsg }) => this.onerror?.({ message: errMsg }));
      task.onClose(({ code, reason }) => this.closed(code, reason, false));
    }

    private closed(code: number, reason: string, failedToOpen: boolean): void {
      if (this.readyState === TaroWebSocket.CLOSED) return;
      this.readyState = TaroWebSocket.CLOSED;
      if (failedToOpen) this.onerror?.({ message: reason });
      this.onclose?.({ code, reason, wasClean: code === 1000 });
    }
  };
}

export type TaroWebSocketClass = ReturnType<typeof createTaroWebSocket>;
