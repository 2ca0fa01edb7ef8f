import type { WechatAuthAdapter, WechatSession } from './wechat-auth.adapter';
import { WechatLoginError } from './wechat-auth.adapter';

export interface HttpWechatAuthOptions {
  appId: string;
  appSecret: string;
  /** `https://api.weixin.qq.com` in production; a local stand-in in tests. */
  baseUrl: string;
  timeoutMs: number;
}

interface Code2SessionBody {
  openid?: string;
  unionid?: string;
  session_key?: string;
  errcode?: number;
  errmsg?: string;
}

/** Calls WeChat's `sns/jscode2session` (`WECHAT_MODE=http`) with a time-out. */
export class HttpWechatAuthAdapter implements WechatAuthAdapter {
  constructor(private readonly options: HttpWechatAuthOptions) {}

  async code2Session(code: string): Promise<WechatSession> {
    const url = new URL('/sns/jscode2session', this.options.baseUrl);
    url.searchParams.set('appid', this.options.appId);
    url.searchParams.set('secret', this.options.appSecret);
    url.searchParams.set('js_code', code);
    url.searchParams.set('grant_type', 'authorization_code');

    let body: Code2SessionBody;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(this.options.timeoutMs) });
      if (!response.ok) throw new WechatLoginError(-1, `HTTP ${response.status}`);
      body = (await response.json()) as Code2SessionBody;
    } catch (error) {
      if (error instanceof WechatLoginError) throw error;
      // Never the URL: it carries the app secret.
      const reason = error instanceof Error ? error.name : 'unknown error';
      throw new WechatLoginError(-1, `unreachable (${reason})`);
    }
    if (body.errcode || !body.openid || !body.session_key) {
      throw new WechatLoginError(body.errcode ?? -1, body.errmsg ?? 'no openid in the answer');
    }
    return {
      openid: body.openid,
      ...(body.unionid ? { unionid: body.unionid } : {}),
      sessionKey: body.session_key,
    };
  }
}
