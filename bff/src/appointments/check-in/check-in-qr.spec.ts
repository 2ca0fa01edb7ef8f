import { CheckInQrSigner } from './check-in-qr';

describe('CheckInQrSigner', () => {
  const signer = new CheckInQrSigner({ SESSION_SECRET: 'a-session-secret-of-at-least-32-chars' });

  it('issues a token of the hall valid on its Shanghai date only', () => {
    const qr = signer.issue('SZ-HALL', '2026-09-29');
    expect(qr).toMatchObject({ hallCode: 'SZ-HALL', validOn: '2026-09-29' });
    expect(qr.validUntil.toISOString()).toBe('2026-09-29T16:00:00.000Z');
    expect(qr.token).toMatch(/^SZ-HALL\.20260929\.[A-Za-z0-9_-]{22}$/);
    expect(signer.verify(qr.token, 'SZ-HALL', '2026-09-29')).toBe(true);
    expect(signer.verify(` ${qr.token} `, 'SZ-HALL', '2026-09-29')).toBe(true);
    expect(signer.verify(qr.token, 'SZ-HALL', '2026-09-30')).toBe(false);
    expect(signer.verify(qr.token, 'SZ-ST-DGY', '2026-09-29')).toBe(false);
  });

  it('refuses forged and altered tokens', () => {
    const { token } = signer.issue('SZ-HALL', '2026-09-29');
    const other = new CheckInQrSigner({ SESSION_SECRET: 'another-secret-of-at-least-32-chars!' });
    expect(signer.verify(other.issue('SZ-HALL', '2026-09-29').token, 'SZ-HALL', '2026-09-29')).toBe(
      false,
    );
    const last = token.slice(-1) === 'A' ? 'B' : 'A';
    expect(signer.verify(`${token.slice(0, -1)}${last}`, 'SZ-HALL', '2026-09-29')).toBe(false);
    expect(signer.verify(token.replace('20260929', '20260930'), 'SZ-HALL', '2026-09-30')).toBe(
      false,
    );
    expect(signer.verify('SZ-HALL', 'SZ-HALL', '2026-09-29')).toBe(false);
  });
});
