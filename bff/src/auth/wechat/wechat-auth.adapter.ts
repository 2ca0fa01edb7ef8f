/** What WeChat tells us about a `wx.login` code. `sessionKey` never leaves the BFF. */
export interface WechatSession {
  openid: string;
  unionid?: string;
  sessionKey: string;
}

/** Exchanges a mini-program login code for the user's openid (WeChat's `code2Session`). */
export interface WechatAuthAdapter {
  /** Throws {@link WechatLoginError} when WeChat refuses the code or cannot be reached. */
  code2Session(code: string): Promise<WechatSession>;
}

export const WECHAT_AUTH_ADAPTER = Symbol('WECHAT_AUTH_ADAPTER');

/**
 * WeChat refused the code (`errcode`, e.g. 40029 invalid code, 40163 code already used) or did not
 * answer (`errcode` -1). The message never contains the app secret or the session key.
 */
export class WechatLoginError extends Error {
  override readonly name = 'WechatLoginError';

  constructor(
    readonly errcode: number,
    message: string,
  ) {
    super(`WeChat code2Session failed: ${errcode} ${message}`);
  }
}
