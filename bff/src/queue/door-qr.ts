import { Inject, Injectable } from '@nestjs/common';
import { parseScannedCode, queueDoorQrContent } from '@shizhong/domain';
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

const INFO = 'shizhong-queue-door-qr';
const SIGNATURE_CHARS = 22;
const TOKEN = /^([A-Za-z0-9-]{1,32})\.(\d{1,12})\.([A-Za-z0-9_-]{22})$/;

export interface HallDoorQr {
  hallCode: string;
  /** `<hall>.<period>.<signature>` */
  token: string;
  /** What the QR image holds: 'SZHB:DOOR:' + token. */
  content: string;
  /** The code is accepted until then (the end of the period after its own). */
  validUntil: Date;
  /** Seconds until the next code: when the door screen should fetch it. */
  refreshSeconds: number;
}

/**
 * The hall's door QR code for taking a ticket (取号码 on the screen at the door):
 * `<hall>.<period>.<signature>`, period = ⌊epoch seconds / QUEUE_DOOR_QR_PERIOD_SECONDS⌋, an
 * HMAC-SHA256 of hall and period under a key derived from SESSION_SECRET (another HKDF info than
 * the check-in code). A code is accepted in its own period and the next one only, so a photo
 * taken at the door does not take tickets from home for long; a forged one never.
 */
@Injectable()
export class DoorQrSigner {
  private readonly key: Buffer;
  private readonly periodSeconds: number;

  constructor(
    @Inject(APP_CONFIG)
    config: Pick<AppConfig, 'SESSION_SECRET' | 'QUEUE_DOOR_QR_PERIOD_SECONDS'>,
  ) {
    this.key = Buffer.from(
      hkdfSync('sha256', Buffer.from(config.SESSION_SECRET, 'utf8'), Buffer.alloc(0), INFO, 32),
    );
    this.periodSeconds = config.QUEUE_DOOR_QR_PERIOD_SECONDS;
  }

  issue(hallCode: string, now: Date): HallDoorQr {
    const period = this.periodOf(now);
    const token = `${hallCode}.${period}.${this.signature(hallCode, period)}`;
    const nextPeriodMs = (period + 1) * this.periodSeconds * 1000;
    return {
      hallCode,
      token,
      content: queueDoorQrContent(token),
      validUntil: new Date(nextPeriodMs + this.periodSeconds * 1000),
      refreshSeconds: Math.max(1, Math.ceil((nextPeriodMs - now.getTime()) / 1000)),
    };
  }

  /**
   * Whether `scanned` (the QR content 'SZHB:DOOR:<token>' or the bare token) is a genuine door
   * code of `hallCode` for this period or the previous one.
   */
  verify(scanned: string, hallCode: string, now: Date): boolean {
    const parsed = parseScannedCode(scanned);
    const token = parsed ? (parsed.kind === 'QUEUE_DOOR' ? parsed.token : '') : scanned.trim();
    const match = TOKEN.exec(token);
    if (!match) return false;
    const [, tokenHall, periodText, signature] = match;
    const period = Number(periodText);
    const current = this.periodOf(now);
    if (tokenHall !== hallCode || (period !== current && period !== current - 1)) return false;
    const expected = Buffer.from(this.signature(tokenHall, period));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private periodOf(now: Date): number {
    return Math.floor(now.getTime() / 1000 / this.periodSeconds);
  }

  private signature(hallCode: string, period: number): string {
    return createHmac('sha256', this.key)
      .update(`v1|door|${hallCode}|${period}`)
      .digest('base64url')
      .slice(0, SIGNATURE_CHARS);
  }
}
