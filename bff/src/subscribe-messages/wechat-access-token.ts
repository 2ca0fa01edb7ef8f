export interface WechatAccessTokenOptions {
  appId: string;
  appSecret: string;
  /** `https://api.weixin.qq.com` in production; a local stand-in in tests. */
  baseUrl: string;
  timeoutMs: number;
}

interface StableTokenBody {
  access_token?: string;
  expires_in?: number;
  errcode?: number;
  errmsg?: string;
}

/** Refresh this long before WeChat says the token expires. */
const EARLY_MS = 5 * 60_000;

/** Why no access token could be had (`errcode` -1: WeChat did not answer). */
export class WechatAccessTokenError extends Error {
  override readonly name = 'WechatAccessTokenError';

  constructor(
    readonly errcode: number,
    message: string,
  ) {
    super(`WeChat stable_token failed: ${errcode} ${message}`);
  }
}

/**
 * The mini-program's server access token, from WeChat's `cgi-bin/stable_token` (the stable
 * token: several instances asking at once get the same token and do not invalidate each
 * other's). Kept in memory until 5 minutes before it expires; one request at a time.
 */
export class WechatAccessTokens {
  private token: { value: string; until: number } | null = null;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly options: WechatAccessTokenOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** A valid token; `refresh` forces a new one (after WeChat said the old one is invalid). */
  get(refresh = false): Promise<string> {
    if (!refresh && this.token && this.token.until > this.now()) {
      return Promise.resolve(this.token.value);
    }
    if (this.pending) return this.pending;
    const pending = this.fetchToken(refresh).finally(() => {
      this.pending = null;
    });
    this.pending = pending;
    return pending;
  }

  private async fetchToken(forceRefresh: boolean): Promise<string> {
    let body: StableTokenBody;
    try {
      const response = await fetch(new URL('/cgi-bin/stable_token', this.options.baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          grant_type: 'client_credential',
          appid: this.options.appId,
          secret: this.options.appSecret,
          force_refresh: forceRefresh,
        }),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      if (!response.ok) throw new WechatAccessTokenError(-1, `HTTP ${response.status}`);
      body = (await response.json()) as StableTokenBody;
    } catch (error) {
      if (error instanceof WechatAccessTokenError) throw error;
      const reason = error instanceof Error ? error.name : 'unknown error';
      throw new WechatAccessTokenError(-1, `unreachable (${reason})`);
    }
    if (body.errcode || !body.access_token) {
      throw new WechatAccessTokenError(body.errcode ?? -1, body.errmsg ?? 'no access_token');
    }
    const lifetimeMs = (body.expires_in ?? 7200) * 1000;
    this.token = {
      value: body.access_token,
      until: this.now() + Math.max(lifetimeMs - EARLY_MS, lifetimeMs / 2),
    };
    return body.access_token;
  }
}
