import { QR_POLL_MS, QR_REFRESH_MARGIN_MS, qrRefreshDelayMs, qrSidePx } from './qr-refresh';

const MIDNIGHT = '2026-10-10T16:00:00.000Z';
const at = (iso: string) => Date.parse(iso);

describe('qrRefreshDelayMs', () => {
  it('asks again just after midnight when it is near', () => {
    expect(qrRefreshDelayMs(MIDNIGHT, at('2026-10-10T15:59:00.000Z'))).toBe(
      60_000 + QR_REFRESH_MARGIN_MS,
    );
  });

  it('asks every 5 minutes while midnight is far', () => {
    expect(qrRefreshDelayMs(MIDNIGHT, at('2026-10-10T01:00:00.000Z'))).toBe(QR_POLL_MS);
  });

  it('never loops when the screen’s clock is past validUntil already', () => {
    expect(qrRefreshDelayMs(MIDNIGHT, at('2026-10-10T16:00:00.000Z'))).toBe(QR_POLL_MS);
    expect(qrRefreshDelayMs(MIDNIGHT, at('2026-11-24T02:00:00.000Z'))).toBe(QR_POLL_MS);
  });

  it('tries again after 5 minutes without a code or with a bad date', () => {
    expect(qrRefreshDelayMs(null, 0)).toBe(QR_POLL_MS);
    expect(qrRefreshDelayMs('tomorrow', 0)).toBe(QR_POLL_MS);
  });
});

describe('qrSidePx', () => {
  it('fills a phone’s width less the margins', () => {
    expect(qrSidePx({ width: 360, height: 800 }, 64, 320)).toBe(296);
  });

  it('is limited by the height of a landscape screen and by 640 px', () => {
    expect(qrSidePx({ width: 1280, height: 800 }, 64, 320)).toBe(480);
    expect(qrSidePx({ width: 2560, height: 2000 }, 64, 320)).toBe(640);
  });

  it('is never smaller than 200 px', () => {
    expect(qrSidePx({ width: 200, height: 300 }, 64, 320)).toBe(200);
  });
});
