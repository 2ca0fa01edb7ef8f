import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpWechatAuthAdapter } from './http-wechat-auth.adapter';
import { WechatLoginError } from './wechat-auth.adapter';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A local stand-in for api.weixin.qq.com; no real WeChat is called. */
async function fakeWechat(handler: Handler): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}

function json(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

describe('HttpWechatAuthAdapter', () => {
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

  async function adapterFor(handler: Handler, timeoutMs = 1000): Promise<HttpWechatAuthAdapter> {
    const { url, server } = await fakeWechat(handler);
    servers.push(server);
    return new HttpWechatAuthAdapter({
      appId: 'wx-app-id',
      appSecret: 'app-secret-value',
      baseUrl: url,
      timeoutMs,
    });
  }

  it('sends the app id, secret and code to jscode2session and returns the openid', async () => {
    let seen: URL | undefined;
    const adapter = await adapterFor((req, res) => {
      seen = new URL(req.url ?? '/', 'http://wechat');
      json(res, { openid: 'o-123', unionid: 'u-9', session_key: 'sk==' });
    });
    await expect(adapter.code2Session('the-code')).resolves.toEqual({
      openid: 'o-123',
      unionid: 'u-9',
      sessionKey: 'sk==',
    });
    expect(seen?.pathname).toBe('/sns/jscode2session');
    expect(Object.fromEntries(seen?.searchParams ?? [])).toEqual({
      appid: 'wx-app-id',
      secret: 'app-secret-value',
      js_code: 'the-code',
      grant_type: 'authorization_code',
    });
  });

  it("turns WeChat's errcode into a WechatLoginError", async () => {
    const adapter = await adapterFor((_req, res) =>
      json(res, { errcode: 40029, errmsg: 'invalid code' }),
    );
    await expect(adapter.code2Session('bad')).rejects.toMatchObject({
      name: 'WechatLoginError',
      errcode: 40029,
    });
  });

  it('gives up after the time-out, without the secret in the error', async () => {
    const adapter = await adapterFor(() => undefined, 100);
    const error = await adapter.code2Session('slow').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WechatLoginError);
    expect((error as WechatLoginError).errcode).toBe(-1);
    expect((error as Error).message).not.toContain('app-secret-value');
  });

  it('treats an HTTP error as a failed login', async () => {
    const adapter = await adapterFor((_req, res) => {
      res.writeHead(502);
      res.end('bad gateway');
    });
    await expect(adapter.code2Session('x')).rejects.toBeInstanceOf(WechatLoginError);
  });
});
