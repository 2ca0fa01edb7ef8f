import Taro from '@tarojs/taro';
import { TransportError } from './errors';

export const REQUEST_TIMEOUT_MS = 10_000;

/** The part of `Taro.request` the shim uses (injectable for tests). */
export type TaroRequestFn = (
  options: Taro.request.Option<string>,
) => Promise<Taro.request.SuccessCallbackResult<string>> & { abort?: () => void };

/** The part of a fetch `Response` that @urql/core reads: status, statusText, headers.get, text. */
export interface MinimalResponse {
  ok: boolean;
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  json(): Promise<unknown>;
}

export interface MinimalRequestInit {
  method?: string;
  headers?: Record<string, string> | Headers | Array<[string, string]>;
  body?: BodyInit | null;
}

export function headersToRecord(headers: MinimalRequestInit['headers']): Record<string, string> {
  if (!headers) return {};
  if (Array.isArray(headers)) return Object.fromEntries(headers);
  if (typeof Headers !== 'undefined' && headers instanceof Headers) {
    const out: Record<string, string> = {};
    headers.forEach((value, key) => {
      out[key] = value;
    });
    return out;
  }
  return { ...(headers as Record<string, string>) };
}

function isTimeoutMessage(message: string): boolean {
  return /timeout|超时/i.test(message);
}

/**
 * A `fetch` over `Taro.request`, enough for urql. Resolves for every HTTP status (like fetch);
 * rejects with `TransportError('timeout')` after `timeoutMs` and `TransportError('network')`
 * when the request could not be made.
 */
export function createTaroFetch(
  request: TaroRequestFn = Taro.request as unknown as TaroRequestFn,
  timeoutMs: number = REQUEST_TIMEOUT_MS,
) {
  return async function taroFetch(
    input: string | URL | { url: string },
    init: MinimalRequestInit = {},
  ): Promise<MinimalResponse> {
    const url = typeof input === 'string' ? input : 'url' in input ? input.url : input.toString();
    const method = (init.method ?? 'GET').toUpperCase() as 'GET' | 'POST';
    const task = request({
      url,
      method,
      header: headersToRecord(init.headers),
      data: typeof init.body === 'string' ? init.body : undefined,
      dataType: 'text',
      responseType: 'text',
      timeout: timeoutMs + 1000,
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        task.abort?.();
        reject(new TransportError('timeout'));
      }, timeoutMs);
    });
    let res: Taro.request.SuccessCallbackResult<string>;
    try {
      res = await Promise.race([task, timeout]);
    } catch (error) {
      if (error instanceof TransportError) throw error;
      const message =
        error instanceof Error
          ? error.message
          : String((error as { errMsg?: string })?.errMsg ?? error);
      throw new TransportError(isTimeoutMessage(message) ? 'timeout' : 'network', message);
    } finally {
      clearTimeout(timer);
    }
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(res.header ?? {})) {
      headers[key.toLowerCase()] = String(value);
    }
    const body = typeof res.data === 'string' ? res.data : JSON.stringify(res.data ?? null);
    const status = res.statusCode;
    return {
      ok: status >= 200 && status < 300,
      status,
      statusText: status >= 200 && status < 300 ? 'OK' : `HTTP ${status}`,
      headers: { get: (name) => headers[name.toLowerCase()] ?? null },
      text: () => Promise.resolve(body),
      json: () => Promise.resolve(JSON.parse(body) as unknown),
    };
  };
}
