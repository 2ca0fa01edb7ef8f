import { PasswordHasher } from './password-hasher';

// Low cost for speed; the format and the rules do not depend on it.
const hasher = new PasswordHasher({ STAFF_PASSWORD_SCRYPT_LOG_N: 10 });

describe('PasswordHasher (scrypt)', () => {
  it('stores the algorithm and its parameters with a random salt', async () => {
    const stored = await hasher.hash('window-clerk-2026');
    expect(stored).toMatch(/^scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await hasher.hash('window-clerk-2026')).not.toBe(stored);
    expect(stored).not.toContain('window-clerk-2026');
  });

  it('accepts the right password and refuses any other', async () => {
    const stored = await hasher.hash('window-clerk-2026');
    await expect(hasher.verify('window-clerk-2026', stored)).resolves.toBe(true);
    await expect(hasher.verify('window-clerk-2027', stored)).resolves.toBe(false);
    await expect(hasher.verify('Window-clerk-2026', stored)).resolves.toBe(false);
    await expect(hasher.verify('', stored)).resolves.toBe(false);
  });

  it('treats composed and decomposed Unicode input as the same password', async () => {
    const stored = await hasher.hash('café-pass-123');
    await expect(hasher.verify('cafe\u0301-pass-123', stored)).resolves.toBe(true);
  });

  it('refuses malformed, altered and absurdly expensive hashes without throwing', async () => {
    const stored = await hasher.hash('window-clerk-2026');
    const parts = stored.split('$');
    const flipped = parts[3]!.startsWith('A') ? `B${parts[3]!.slice(1)}` : `A${parts[3]!.slice(1)}`;
    await expect(
      hasher.verify('window-clerk-2026', [...parts.slice(0, 3), flipped].join('$')),
    ).resolves.toBe(false);
    await expect(hasher.verify('window-clerk-2026', 'plain-text')).resolves.toBe(false);
    await expect(hasher.verify('window-clerk-2026', '!no-password-login')).resolves.toBe(false);
    await expect(
      hasher.verify('window-clerk-2026', stored.replace('ln=10', 'ln=30')),
    ).resolves.toBe(false);
    expect(hasher.isWellFormed(stored)).toBe(true);
    expect(hasher.isWellFormed('!no-password-login')).toBe(false);
  });

  it('still verifies hashes made with older parameters, and says they need a rehash', async () => {
    const older = await new PasswordHasher({ STAFF_PASSWORD_SCRYPT_LOG_N: 11 }).hash(
      'old-pass-123',
    );
    const newer = new PasswordHasher({ STAFF_PASSWORD_SCRYPT_LOG_N: 12 });
    await expect(newer.verify('old-pass-123', older)).resolves.toBe(true);
    expect(newer.needsRehash(older)).toBe(true);
    expect(newer.needsRehash(await newer.hash('old-pass-123'))).toBe(false);
  });

  it('spends a verification on a dummy hash for unknown usernames', async () => {
    await expect(hasher.verifyDummy('anything-123')).resolves.toBeUndefined();
    await expect(hasher.verifyDummy('anything-123')).resolves.toBeUndefined();
  });

  it('defaults to OWASP scrypt parameters (N=2^17, r=8, p=1) in the configuration', async () => {
    const { loadConfig } = await import('../config/app-config');
    const config = loadConfig({});
    expect(new PasswordHasher(config).params).toEqual({ logN: 17, r: 8, p: 1 });
    expect(() => loadConfig({ NODE_ENV: 'production', STAFF_PASSWORD_SCRYPT_LOG_N: '12' })).toThrow(
      /STAFF_PASSWORD_SCRYPT_LOG_N must be at least 17 when NODE_ENV=production/,
    );
  });
});
