import { Inject, Injectable } from '@nestjs/common';
import { addDays, shanghaiInstant, type LocalDate } from '@shizhong/domain';
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

const INFO = 'shizhong-check-in-qr';
const SIGNATURE_CHARS = 22;
const TOKEN = /^([A-Za-z0-9-]{1,32})\.(\d{8})\.([A-Za-z0-9_-]{22})$/;

export interface HallCheckInQr {
  hallCode: string;
  token: string;
  validOn: LocalDate;
  validUntil: Date;
}

/**
 * The hall's check-in QR code (签到码 at the entrance): `<hall>.<yyyymmdd>.<signature>`, an
 * HMAC-SHA256 of the hall and the Shanghai date under a key derived from SESSION_SECRET. It is
 * valid on that date only, so a photo of yesterday's code does not check anyone in from home;
 * the hall shows `hallCheckInQr` on a screen (or prints it each morning).
 */
@Injectable()
export class CheckInQrSigner {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'SESSION_SECRET'>) {
    this.key = Buffer.from(
      hkdfSync('sha256', Buffer.from(config.SESSION_SECRET, 'utf8'), Buffer.alloc(0), INFO, 32),
    );
  }

  issue(hallCode: string, date: LocalDate): HallCheckInQr {
    const compact = date.replaceAll('-', '');
    return {
      hallCode,
      token: `${hallCode}.${compact}.${this.signature(hallCode, compact)}`,
      validOn: date,
      validUntil: shanghaiInstant(addDays(date, 1)),
    };
  }

  /** Whether `token` is the QR code of `hallCode` for `today`. */
  verify(token: string, hallCode: string, today: LocalDate): boolean {
    const match = TOKEN.exec(token.trim());
    if (!match) return false;
    const [, tokenHall, compact, signature] = match;
    if (tokenHall !== hallCode || compact !== today.replaceAll('-', '')) return false;
    const expected = Buffer.from(this.signature(tokenHall, compact));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private signature(hallCode: string, compactDate: string): string {
    return createHmac('sha256', this.key)
      .update(`v1|${hallCode}|${compactDate}`)
      .digest('base64url')
      .slice(0, SIGNATURE_CHARS);
  }
}
