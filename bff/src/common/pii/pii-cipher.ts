import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { normaliseIdNumber, normaliseMobile } from '@shizhong/domain';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/** The longest stored form; PII columns are `varchar(512)`. */
export const PII_CIPHERTEXT_MAX_LENGTH = 512;

/** Values that are looked up by equality through a blind index. */
export type BlindIndexKind = 'idNumber' | 'phone';

/** A stored value that is malformed, was altered, or was encrypted under another key. */
export class PiiDecryptionError extends Error {
  override readonly name = 'PiiDecryptionError';
}

const VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Binds the ciphertext to its format version, so the prefix cannot be swapped unnoticed. */
const AAD = Buffer.from(`shizhong-pii:${VERSION}`, 'utf8');
const BLIND_INDEX_INFO = 'shizhong-blind-index';
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Encrypts personal data (ID numbers, phones, addresses) for storage and computes blind indexes
 * for looking it up by value. AES-256-GCM under the configured 256-bit key with a fresh random IV
 * per value; the blind index is HMAC-SHA256 under a separate key derived from it with HKDF, so the
 * hash column alone cannot be used to decrypt anything and vice versa.
 */
@Injectable()
export class PiiCipher {
  private readonly encryptionKey: Buffer;
  private readonly indexKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'PII_ENCRYPTION_KEY'>) {
    if (!/^[0-9a-fA-F]{64}$/.test(config.PII_ENCRYPTION_KEY)) {
      throw new Error('PII_ENCRYPTION_KEY must be 64 hexadecimal characters (a 256-bit key)');
    }
    this.encryptionKey = Buffer.from(config.PII_ENCRYPTION_KEY, 'hex');
    this.indexKey = Buffer.from(
      hkdfSync('sha256', this.encryptionKey, Buffer.alloc(0), BLIND_INDEX_INFO, 32),
    );
  }

  /** `v1:<iv>:<ciphertext>:<tag>`, each part base64url; different every time for the same input. */
  encrypt(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.encryptionKey, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(AAD);
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const stored = [
      VERSION,
      iv.toString('base64url'),
      ciphertext.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
    ].join(':');
    if (stored.length > PII_CIPHERTEXT_MAX_LENGTH) {
      throw new RangeError(
        `encrypted value would be ${stored.length} characters, more than ${PII_CIPHERTEXT_MAX_LENGTH}; limit the input's length`,
      );
    }
    return stored;
  }

  /** The plain text of a value from {@link encrypt}; throws PiiDecryptionError if it was altered. */
  decrypt(stored: string): string {
    const parts = stored.split(':');
    if (parts.length !== 4 || parts[0] !== VERSION) {
      throw new PiiDecryptionError('not a v1 encrypted value');
    }
    const [iv, ciphertext, tag] = parts.slice(1).map(decodeBase64Url);
    if (!iv || iv.length !== IV_BYTES || !ciphertext || !tag || tag.length !== TAG_BYTES) {
      throw new PiiDecryptionError('malformed encrypted value');
    }
    try {
      const decipher = createDecipheriv(ALGORITHM, this.encryptionKey, iv, {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(AAD);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
    } catch {
      throw new PiiDecryptionError('encrypted value was altered or encrypted under another key');
    }
  }

  /**
   * A keyed hash (64 hex characters) for finding a value by equality without decrypting every
   * row. The value is normalised first (ID: no spaces, upper-case X; phone: the 11 digits) and the
   * kind is part of the input, so the same digits as an ID and as a phone never collide.
   * Throws for a value that is not well formed: validate before hashing.
   */
  blindIndex(kind: BlindIndexKind, value: string): string {
    return createHmac('sha256', this.indexKey)
      .update(`${kind}\u0000${normaliseForIndex(kind, value)}`, 'utf8')
      .digest('hex');
  }
}

function normaliseForIndex(kind: BlindIndexKind, value: string): string {
  switch (kind) {
    case 'idNumber': {
      const idNumber = normaliseIdNumber(value);
      if (!/^\d{17}[\dX]$/.test(idNumber)) throw new RangeError('not an 18-character ID number');
      return idNumber;
    }
    case 'phone': {
      const result = normaliseMobile(value);
      if (!result.ok) throw new RangeError(`not a mobile number (${result.reason})`);
      return result.mobile;
    }
  }
}

/** Strict base64url: only canonical encodings, so no character of a stored value can change. */
function decodeBase64Url(part: string): Buffer | undefined {
  if (!BASE64URL.test(part)) return undefined;
  const bytes = Buffer.from(part, 'base64url');
  return bytes.toString('base64url') === part ? bytes : undefined;
}
