import { FakeWechatAuthAdapter } from './fake-wechat-auth.adapter';

describe('FakeWechatAuthAdapter', () => {
  const adapter = new FakeWechatAuthAdapter();

  it('gives the same openid for the same code and different ones for different codes', async () => {
    const a = await adapter.code2Session('code-a');
    expect(a.openid).toMatch(/^fake-openid-[0-9a-f]{16}$/);
    expect((await adapter.code2Session('code-a')).openid).toBe(a.openid);
    expect((await adapter.code2Session('code-b')).openid).not.toBe(a.openid);
  });

  it('refuses codes starting with "invalid" as WeChat does (40029)', async () => {
    await expect(adapter.code2Session('invalid-1')).rejects.toMatchObject({ errcode: 40029 });
  });
});
