import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpSubscribeMessageAdapter } from './http-subscribe-message.adapter';
import { SubscribeMessageError } from './subscribe-message.adapter';
import { WechatAccessTokens } from './wechat-access-token';

interface Seen {
  path: string;
  query: Record<string, string>;
  body: Record<string, unknown>;
}
type Answer = (seen: Seen) => { status?: number; body: unknown } | null;

/** A local stand-in for api.weixin.qq.com; no real WeChat is called. */
async function fakeWechat(answer: Answer): Promise<{ url: string; server: Server; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://wechat');
      const text = Buffer.concat(chunks).toString();
      const request: Seen = {
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
      };
      seen.push(request);
      const reply = answer(request);
      if (!reply) return; // never answers: a time-out
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, seen };
}

const MESSAGE = {
  toOpenid: 'o-user',
  templateId: 'tmpl-1',
  page: 'subpackages/booking/pages/mine/index?id=a1',
  data: { thing1: '综合受理', time2: '2026年10月08日 09:00' },
};

describe('HttpSubscribeMessageAdapter', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(
      servers.splice(0).map(
        (server) =>
          new Promise<void>((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
          }),
      ),
    );
  });

  async function adapterFor(answer: Answer, timeoutMs = 1000) {
    const wechat = await fakeWechat(answer);
    servers.push(wechat.server);
    const options = { baseUrl: wechat.url, timeoutMs };
    const tokens = new WechatAccessTokens({ appId: 'wx-app', appSecret: 'the-secret', ...options });
    return {
      adapter: new HttpSubscribeMessageAdapter(tokens, { ...options, miniprogramState: 'formal' }),
      seen: wechat.seen,
    };
  }

  it('gets a stable access token once and sends the message with it', async () => {
    const { adapter, seen } = await adapterFor((request) =>
      request.path === '/cgi-bin/stable_token'
        ? { body: { access_token: 'token-1', expires_in: 7200 } }
        : { body: { errcode: 0, errmsg: 'ok' } },
    );
    await adapter.send(MESSAGE);
    await adapter.send(MESSAGE);
    expect(seen.map((request) => request.path)).toEqual([
      '/cgi-bin/stable_token',
      '/cgi-bin/message/subscribe/send',
      '/cgi-bin/message/subscribe/send',
    ]);
    expect(seen[0].body).toEqual({
      grant_type: 'client_credential',
      appid: 'wx-app',
      secret: 'the-secret',
      force_refresh: false,
    });
    expect(seen[1].query).toEqual({ access_token: 'token-1' });
    expect(seen[1].body).toEqual({
      touser: 'o-user',
      template_id: 'tmpl-1',
      page: MESSAGE.page,
      data: { thing1: { value: '综合受理' }, time2: { value: '2026年10月08日 09:00' } },
      miniprogram_state: 'formal',
      lang: 'zh_CN',
    });
  });

  it('gets a new token once when WeChat says the token expired (42001)', async () => {
    let tokens = 0;
    const { adapter, seen } = await adapterFor((request) => {
      if (request.path === '/cgi-bin/stable_token') {
        tokens += 1;
        return { body: { access_token: `token-${tokens}`, expires_in: 7200 } };
      }
      return request.query.access_token === 'token-1'
        ? { body: { errcode: 42001, errmsg: 'access_token expired' } }
        : { body: { errcode: 0, errmsg: 'ok' } };
    });
    await adapter.send(MESSAGE);
    expect(seen.map((r) => [r.path, r.query.access_token ?? r.body.force_refresh])).toEqual([
      ['/cgi-bin/stable_token', false],
      ['/cgi-bin/message/subscribe/send', 'token-1'],
      ['/cgi-bin/stable_token', true],
      ['/cgi-bin/message/subscribe/send', 'token-2'],
    ]);
  });

  it('classifies refusals: 43101 no subscription, 47003 permanent, -1 and time-outs transient', async () => {
    let errcode = 43101;
    const { adapter } = await adapterFor((request) =>
      request.path === '/cgi-bin/stable_token'
        ? { body: { access_token: 'token', expires_in: 7200 } }
        : { body: { errcode, errmsg: 'refused' } },
    );
    await expect(adapter.send(MESSAGE)).rejects.toMatchObject({
      errcode: 43101,
      kind: 'NO_SUBSCRIPTION',
    });
    errcode = 47003;
    await expect(adapter.send(MESSAGE)).rejects.toMatchObject({ kind: 'PERMANENT' });
    errcode = -1;
    await expect(adapter.send(MESSAGE)).rejects.toMatchObject({ kind: 'TRANSIENT' });

    const slow = await adapterFor(() => null, 100);
    const error = await slow.adapter.send(MESSAGE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SubscribeMessageError);
    expect((error as SubscribeMessageError).kind).toBe('TRANSIENT');
    expect((error as Error).message).not.toContain('the-secret');
  });

  it('never puts the access token into an error', async () => {
    const { adapter } = await adapterFor((request) =>
      request.path === '/cgi-bin/stable_token'
        ? { body: { access_token: 'secret-token-value', expires_in: 7200 } }
        : { status: 502, body: { error: 'bad gateway' } },
    );
    const error = await adapter.send(MESSAGE).catch((e: unknown) => e);
    expect((error as SubscribeMessageError).kind).toBe('TRANSIENT');
    expect((error as Error).message).not.toContain('secret-token-value');
  });
});
