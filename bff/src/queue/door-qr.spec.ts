import { parseScannedCode } from '@shizhong/domain';
import { DoorQrSigner } from './door-qr';

describe('DoorQrSigner', () => {
  const config = {
    SESSION_SECRET: 'a-session-secret-of-at-least-32-chars',
    QUEUE_DOOR_QR_PERIOD_SECONDS: 300,
  };
  const signer = new DoorQrSigner(config);
  // 2026-10-09 10:02:30 in Shanghai: its 5-minute period runs from 10:00:00 to 10:05:00.
  const at = new Date('2026-10-09T02:02:30Z');
  const later = (seconds: number) => new Date(at.getTime() + seconds * 1000);

  it('issues the current period’s code of a hall, as the QR content the app scans', () => {
    const qr = signer.issue('SZ-HALL', at);
    expect(qr.token).toMatch(/^SZ-HALL\.\d+\.[A-Za-z0-9_-]{22}$/);
    expect(qr.content).toBe(`SZHB:DOOR:${qr.token}`);
    expect(parseScannedCode(qr.content)).toEqual({
      kind: 'QUEUE_DOOR',
      token: qr.token,
      hallCode: 'SZ-HALL',
    });
    expect(qr.refreshSeconds).toBe(150);
    expect(qr.validUntil.toISOString()).toBe('2026-10-09T02:10:00.000Z');
  });

  it('accepts a code in its own period and the next one only', () => {
    const { content, token } = signer.issue('SZ-HALL', at);
    expect(signer.verify(content, 'SZ-HALL', at)).toBe(true);
    expect(signer.verify(token, 'SZ-HALL', at)).toBe(true);
    expect(signer.verify(` ${content}\n`, 'SZ-HALL', at)).toBe(true);
    expect(signer.verify(content, 'SZ-HALL', later(449))).toBe(true);
    expect(signer.verify(content, 'SZ-HALL', later(450))).toBe(false);
    expect(signer.verify(content, 'SZ-HALL', later(-300))).toBe(false);
  });

  it('refuses forged, altered and other halls’ codes, and other kinds of QR code', () => {
    const { content, token } = signer.issue('SZ-HALL', at);
    const other = new DoorQrSigner({
      ...config,
      SESSION_SECRET: 'another-secret-of-at-least-32-chars!',
    });
    expect(signer.verify(other.issue('SZ-HALL', at).content, 'SZ-HALL', at)).toBe(false);
    const last = token.slice(-1) === 'A' ? 'B' : 'A';
    expect(signer.verify(`${token.slice(0, -1)}${last}`, 'SZ-HALL', at)).toBe(false);
    expect(signer.verify(content, 'SZ-ST-DGY', at)).toBe(false);
    expect(signer.verify(signer.issue('SZ-ST-DGY', at).content, 'SZ-HALL', at)).toBe(false);
    expect(signer.verify(`SZHB:CHECKIN:${token}`, 'SZ-HALL', at)).toBe(false);
    expect(signer.verify('SZ-HALL', 'SZ-HALL', at)).toBe(false);
    expect(signer.verify('', 'SZ-HALL', at)).toBe(false);
  });
});
