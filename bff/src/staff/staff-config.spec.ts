import { loadConfig } from '../config/app-config';

describe('staff settings', () => {
  it('locks after 5 wrong passwords for 15 minutes unless configured otherwise', () => {
    expect(loadConfig({})).toMatchObject({
      STAFF_LOGIN_MAX_FAILURES: 5,
      STAFF_LOCKOUT_MINUTES: 15,
    });
    expect(
      loadConfig({ STAFF_LOGIN_MAX_FAILURES: '3', STAFF_LOCKOUT_MINUTES: '30' }),
    ).toMatchObject({
      STAFF_LOGIN_MAX_FAILURES: 3,
      STAFF_LOCKOUT_MINUTES: 30,
    });
  });

  it('needs both BOOTSTRAP_ADMIN_* settings, a valid username and a strong password, without echoing it', () => {
    expect(() => loadConfig({ BOOTSTRAP_ADMIN_USERNAME: 'admin' })).toThrow(
      /^Invalid configuration: BOOTSTRAP_ADMIN_PASSWORD is required when the other BOOTSTRAP_ADMIN_\* setting is set$/,
    );
    expect(() => loadConfig({ BOOTSTRAP_ADMIN_PASSWORD: 'Bootstrap-2026' })).toThrow(
      /BOOTSTRAP_ADMIN_USERNAME is required/,
    );
    let message = '';
    try {
      loadConfig({ BOOTSTRAP_ADMIN_USERNAME: 'admin', BOOTSTRAP_ADMIN_PASSWORD: 'weakpass' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/BOOTSTRAP_ADMIN_PASSWORD must be 10 to 128 characters/);
    expect(message).not.toContain('weakpass');
    expect(() =>
      loadConfig({
        BOOTSTRAP_ADMIN_USERNAME: '管理员',
        BOOTSTRAP_ADMIN_PASSWORD: 'Bootstrap-2026',
      }),
    ).toThrow(/BOOTSTRAP_ADMIN_USERNAME must be 3 to 32 letters/);
    expect(
      loadConfig({ BOOTSTRAP_ADMIN_USERNAME: 'Admin', BOOTSTRAP_ADMIN_PASSWORD: 'Bootstrap-2026' }),
    ).toMatchObject({ BOOTSTRAP_ADMIN_USERNAME: 'admin' });
  });
});
