import { createHash } from 'node:crypto';
import type { WechatAuthAdapter, WechatSession } from './wechat-auth.adapter';
import { WechatLoginError } from './wechat-auth.adapter';

/**
 * Stands in for WeChat in development and tests (`WECHAT_MODE=fake`): the same code always gives
 * the same openid; a code starting with `invalid` is refused as WeChat refuses a bad code (40029).
 */
export class FakeWechatAuthAdapter implements WechatAuthAdapter {
  code2Session(code: string): Promise<WechatSession> {
    if (code.startsWith('invalid')) {
      return Promise.reject(new WechatLoginError(40029, 'invalid code'));
    }
    const digest = createHash('sha256').update(code).digest('hex');
    return Promise.resolve({
      openid: `fake-openid-${digest.slice(0, 16)}`,
      sessionKey: createHash('sha256').update(`session-key:${code}`).digest('base64').slice(0, 24),
    });
  }
}
