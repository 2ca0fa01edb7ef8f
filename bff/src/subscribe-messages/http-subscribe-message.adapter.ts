import type { SubscribeMessage, SubscribeMessageAdapter } from './subscribe-message.adapter';
import { SubscribeMessageError } from './subscribe-message.adapter';
import { WechatAccessTokenError, type WechatAccessTokens } from './wechat-access-token';

export interface HttpSubscribeMessageOptions {
  baseUrl: string;
  timeoutMs: number;
  /** Which version of the mini-program the message opens. */
  miniprogramState: 'formal' | 'trial' | 'developer';
}

interface SendBody {
  errcode?: number;
  errmsg?: string;
}

/** WeChat's answers that mean the access token is no longer valid: get a new one, once. */
const INVALID_TOKEN_ERRCODES = new Set([40001, 40014, 42001]);

/**
 * Sends subscribe messages through WeChat's `cgi-bin/message/subscribe/send` (`WECHAT_MODE=http`)
 * with the mini-program's access token and a time-out. Errors never carry the token.
 */
export class HttpSubscribeMessageAdapter implements SubscribeMessageAdapter {
  constructor(
    private readonly tokens: WechatAccessTokens,
    private readonly options: HttpSubscribeMessageOptions,
  ) {}

  async send(message: SubscribeMessage): Promise<void> {
    let body = await this.post(message, await this.token(false));
    if (body.errcode && INVALID_TOKEN_ERRCODES.has(body.errcode)) {
      body = await this.post(message, await this.token(true));
    }
    if (body.errcode) throw new SubscribeMessageError(body.errcode, body.errmsg ?? '');
  }

  private async token(refresh: boolean): Promise<string> {
    try {
      return await this.tokens.get(refresh);
    } catch (error) {
      // No token: the message did not go; transient (-1) unless WeChat refused the app's id.
      const errcode = error instanceof WechatAccessTokenError ? error.errcode : -1;
      throw new SubscribeMessageError(errcode, 'no access token');
    }
  }

  private async post(message: SubscribeMessage, accessToken: string): Promise<SendBody> {
    const url = new URL('/cgi-bin/message/subscribe/send', this.options.baseUrl);
    url.searchParams.set('access_token', accessToken);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          touser: message.toOpenid,
          template_id: message.templateId,
          page: message.page,
          data: Object.fromEntries(
            Object.entries(message.data).map(([key, value]) => [key, { value }]),
          ),
          miniprogram_state: this.options.miniprogramState,
          lang: 'zh_CN',
        }),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      if (!response.ok) throw new SubscribeMessageError(-1, `HTTP ${response.status}`);
      return (await response.json()) as SendBody;
    } catch (error) {
      if (error instanceof SubscribeMessageError) throw error;
      // Never the URL: it carries the access token.
      const reason = error instanceof Error ? error.name : 'unknown error';
      throw new SubscribeMessageError(-1, `unreachable (${reason})`);
    }
  }
}
