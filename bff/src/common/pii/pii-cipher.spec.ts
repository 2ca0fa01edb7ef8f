import { createHash, createHmac, hkdfSync } from 'node:crypto';
import { Test } from '@nestjs/testing';
import { APP_CONFIG, loadConfig } from '../../config/app-config';
import { ConfigModule } from '../../config/config.module';
import { PII_CIPHERTEXT_MAX_LENGTH, PiiCipher, PiiDecryptionError } from './pii-cipher';
import { PiiModule } from './pii.module';

const KEY = '0123456789abcdef'.repeat(4);
const OTHER_KEY = 'fedcba9876543210'.repeat(4);
const ID_NUMBER = '370103199003071234';
const PHONE = '13812345678';
const ADDRESS = '山东省济南市市中区英雄山路1号';

function cipher(key = KEY): PiiCipher {
  return new PiiCipher({ PII_ENCRYPTION_KEY: key });
}

/** Every substring of `length` characters (and its encodings) that must not appear in storage. */
function fragments(plain: string, length: number): string[] {
  const chars = Array.from(plain);
  const parts: string[] = [];
  for (let i = 0; i + length <= chars.length; i += 1)
    parts.push(chars.slice(i, i + length).join(''));
  return parts.flatMap((part) => [
    part,
    Buffer.from(part, 'utf8').toString('hex'),
    Buffer.from(part, 'utf8').toString('base64url'),
  ]);
}

describe('PiiCipher', () => {
  it.each([ID_NUMBER, PHONE, ADDRESS, '张三', '阿依古丽·买买提', 'Seán 𠇔', ''])(
    'decrypts what it encrypted: %j',
    (plain) => {
      expect(cipher().decrypt(cipher().encrypt(plain))).toBe(plain);
    },
  );

  it('writes a versioned string of base64url parts', () => {
    expect(cipher().encrypt(PHONE)).toMatch(
      /^v1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+:[A-Za-z0-9_-]{22}$/,
    );
  });

  it('uses a fresh IV every time, so equal values do not look equal in the table', () => {
    const stored = Array.from({ length: 50 }, () => cipher().encrypt(ID_NUMBER));
    expect(new Set(stored).size).toBe(50);
    expect(new Set(stored.map((value) => value.split(':')[1])).size).toBe(50);
  });

  it('leaves no part of the plain text in the stored value', () => {
    for (const plain of [ID_NUMBER, PHONE, ADDRESS]) {
      const stored = cipher().encrypt(plain);
      for (const fragment of fragments(plain, 4)) expect(stored).not.toContain(fragment);
    }
  });

  it('refuses a stored value with any single character changed', () => {
    const stored = cipher().encrypt(ADDRESS);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < stored.length; i += 1) {
      const original = stored.charAt(i);
      const replacement = alphabet.charAt((alphabet.indexOf(original) + 1) % alphabet.length);
      const tampered = stored.slice(0, i) + replacement + stored.slice(i + 1);
      expect(() => cipher().decrypt(tampered)).toThrow(PiiDecryptionError);
    }
  });

  it('refuses a ciphertext moved under another IV or tag', () => {
    const [, ivA, dataA, tagA] = cipher().encrypt(PHONE).split(':');
    const [, ivB, , tagB] = cipher().encrypt(PHONE).split(':');
    expect(() => cipher().decrypt(`v1:${ivB}:${dataA}:${tagA}`)).toThrow(PiiDecryptionError);
    expect(() => cipher().decrypt(`v1:${ivA}:${dataA}:${tagB}`)).toThrow(PiiDecryptionError);
  });

  it.each(['', 'v1', 'v1:a:b', 'v2:AAAAAAAAAAAAAAAA:AAAA:AAAAAAAAAAAAAAAAAAAAAA', ID_NUMBER])(
    'refuses a malformed value %j',
    (stored) => {
      expect(() => cipher().decrypt(stored)).toThrow(PiiDecryptionError);
    },
  );

  it('cannot decrypt under another key', () => {
    const stored = cipher(KEY).encrypt(ID_NUMBER);
    expect(() => cipher(OTHER_KEY).decrypt(stored)).toThrow(PiiDecryptionError);
  });

  it('fits the column: a 100-character Chinese address fits, a too-long value is refused', () => {
    const long = '山'.repeat(100);
    expect(cipher().encrypt(long).length).toBeLessThanOrEqual(PII_CIPHERTEXT_MAX_LENGTH);
    expect(() => cipher().encrypt('山'.repeat(200))).toThrow(RangeError);
  });

  it('refuses a key that is not 256 bits of hex', () => {
    expect(() => cipher('abc')).toThrow(/64 hexadecimal/);
  });

  describe('blindIndex', () => {
    it('is 64 hex characters and the same every time and for every instance', () => {
      const hash = cipher().blindIndex('idNumber', ID_NUMBER);
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(cipher().blindIndex('idNumber', ID_NUMBER)).toBe(hash);
    });

    it('finds a value however it was typed', () => {
      const id = '37010319900307123X';
      expect(cipher().blindIndex('idNumber', ' 370103 19900307123x ')).toBe(
        cipher().blindIndex('idNumber', id),
      );
      expect(cipher().blindIndex('phone', '+86 138-1234-5678')).toBe(
        cipher().blindIndex('phone', PHONE),
      );
    });

    it('keeps its documented derivation, so stored hashes stay findable', () => {
      // HMAC-SHA256 under HKDF-SHA256(master key, empty salt, 'shizhong-blind-index'), over
      // `<kind>\0<normalised value>`. Changing any of this orphans every stored hash.
      expect(cipher().blindIndex('phone', PHONE)).toBe(
        'fc686458a0d546c9248a337a85c3f2c4d5f7194204baf4d79ced2ae525e24362',
      );
      expect(cipher().blindIndex('idNumber', ID_NUMBER)).toBe(
        '64d4aaae7164e259034162d3008df3b8f05d1683b2feab8ef786b6c8ae7ae8f5',
      );
    });

    it('puts the kind into the hash, so equal digits of different kinds never match', () => {
      const indexKey = Buffer.from(
        hkdfSync('sha256', Buffer.from(KEY, 'hex'), Buffer.alloc(0), 'shizhong-blind-index', 32),
      );
      const withoutKind = createHmac('sha256', indexKey).update(PHONE).digest('hex');
      const phone = cipher().blindIndex('phone', PHONE);
      expect(phone).not.toBe(withoutKind);
      expect(phone).toBe(createHmac('sha256', indexKey).update(`phone\0${PHONE}`).digest('hex'));
      expect(cipher().blindIndex('idNumber', ID_NUMBER)).not.toBe(
        createHmac('sha256', indexKey).update(`phone\0${ID_NUMBER}`).digest('hex'),
      );
    });

    it('depends on the key, and is neither a plain hash nor an HMAC under the master key', () => {
      expect(cipher(KEY).blindIndex('phone', PHONE)).not.toBe(
        cipher(OTHER_KEY).blindIndex('phone', PHONE),
      );
      const hash = cipher().blindIndex('phone', PHONE);
      expect(hash).not.toBe(createHash('sha256').update(PHONE).digest('hex'));
      const master = Buffer.from(KEY, 'hex');
      expect(hash).not.toBe(createHmac('sha256', master).update(`phone\0${PHONE}`).digest('hex'));
    });

    it('refuses values that are not well formed', () => {
      expect(() => cipher().blindIndex('phone', '12345')).toThrow(RangeError);
      expect(() => cipher().blindIndex('idNumber', '12345')).toThrow(RangeError);
    });
  });

  it('is provided by PiiModule from the configured key', async () => {
    const config = loadConfig({ NODE_ENV: 'test', PII_ENCRYPTION_KEY: KEY });
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), PiiModule],
    }).compile();
    const provided = moduleRef.get(PiiCipher);
    expect(provided.decrypt(cipher(KEY).encrypt(ADDRESS))).toBe(ADDRESS);
    expect(moduleRef.get(APP_CONFIG)).toBe(config);
    await moduleRef.close();
  });
});
