import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('needs nothing set: SQLite under ./data, port 3000, local approval simulator', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DATA_DIR).toBe('/srv/app/data');
    expect(config.APPROVAL_BASE_URL).toBe('http://127.0.0.1:4100');
  });

  it('rejects a bad port with one clear line naming the variable and the value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(
      /^Invalid configuration: PORT must be a whole number between 0 and 65535 \(got "70000"\)$/,
    );
  });

  it('rejects a database URL that is not MySQL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x@y/z' })).toThrow(
      /DATABASE_URL must look like mysql:\/\//,
    );
  });

  it('requires the production secrets in production, without echoing secret values', () => {
    let message = '';
    try {
      loadConfig({ NODE_ENV: 'production', PII_ENCRYPTION_KEY: 'short' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('PII_ENCRYPTION_KEY must be 64 hexadecimal characters');
    expect(message).toContain('SESSION_SECRET is required when NODE_ENV=production');
    expect(message).not.toContain('short');
    expect(message.split('\n')).toHaveLength(1);
  });

  it('accepts a complete production configuration', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PII_ENCRYPTION_KEY: 'ab'.repeat(32),
      SESSION_SECRET: 's'.repeat(40),
      DATABASE_URL: 'mysql://app:pw@db.internal:3306/shizhong',
    });
    expect(config.PII_ENCRYPTION_KEY).toBe('ab'.repeat(32));
  });

  it('uses the fake WeChat login and a development session secret by default', () => {
    const config = loadConfig({});
    expect(config.WECHAT_MODE).toBe('fake');
    expect(config.SESSION_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('needs the app id and secret for the real WeChat login, without echoing them', () => {
    expect(() => loadConfig({ WECHAT_MODE: 'http', WECHAT_APP_ID: 'wx123' })).toThrow(
      /^Invalid configuration: WECHAT_APP_SECRET is required when WECHAT_MODE=http$/,
    );
    const config = loadConfig({
      WECHAT_MODE: 'http',
      WECHAT_APP_ID: 'wx123',
      WECHAT_APP_SECRET: 'top-secret',
    });
    expect(config.WECHAT_API_BASE_URL).toBe('https://api.weixin.qq.com');
  });

  it('lets tests set the clock only outside production', () => {
    expect(loadConfig({}).TEST_CLOCK_ALLOWED).toBe(false);
    expect(loadConfig({ TEST_CLOCK_ALLOWED: '1' }).TEST_CLOCK_ALLOWED).toBe(true);
    expect(() => loadConfig({ TEST_CLOCK_ALLOWED: 'yes' })).toThrow(
      /TEST_CLOCK_ALLOWED must be 0 or 1/,
    );
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        PII_ENCRYPTION_KEY: 'ab'.repeat(32),
        SESSION_SECRET: 's'.repeat(40),
        TEST_CLOCK_ALLOWED: '1',
      }),
    ).toThrow(
      /^Invalid configuration: TEST_CLOCK_ALLOWED must not be set when NODE_ENV=production \(got "1"\)$/,
    );
  });
});
