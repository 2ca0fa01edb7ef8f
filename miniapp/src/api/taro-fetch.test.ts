import { TransportError } from './errors';
import { createTaroFetch, type TaroRequestFn } from './taro-fetch';

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { request: jest.fn() } }));

function fakeRequest(impl: () => Promise<unknown>): TaroRequestFn & jest.Mock {
  return jest.fn(() => Object.assign(impl(), { abort: jest.fn() })) as unknown as TaroRequestFn &
    jest.Mock;
}

describe('Taro fetch shim', () => {
  it('returns what urql reads: status, headers.get, text()', async () => {
    const request = fakeRequest(() =>
      Promise.resolve({
        statusCode: 200,
        header: { 'Content-Type': 'application/json' },
        data: '{"data":{}}',
      }),
    );
    const res = await createTaroFetch(request)('https://x/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{a}"}',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    await expect(res.text()).resolves.toBe('{"data":{}}');
    expect(request).toHaveBeenCalledWith(
      expect.objectContaining({
        method: 'POST',
        dataType: 'text',
        responseType: 'text',
        data: '{"query":"{a}"}',
      }),
    );
  });

  it('rejects with a timeout TransportError after the timeout', async () => {
    jest.useFakeTimers();
    const request = fakeRequest(() => new Promise(() => undefined));
    const pending = createTaroFetch(request, 10_000)('https://x/graphql');
    jest.advanceTimersByTime(10_000);
    await expect(pending).rejects.toEqual(expect.objectContaining({ kind: 'timeout' }));
    jest.useRealTimers();
  });

  it('rejects with a network TransportError when the request fails', async () => {
    const request = fakeRequest(() => Promise.reject({ errMsg: 'request:fail' }));
    const error: unknown = await createTaroFetch(request)('https://x/graphql').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).kind).toBe('network');
  });
});
