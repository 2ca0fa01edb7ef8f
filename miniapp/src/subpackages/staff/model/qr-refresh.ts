/** The longest a shown code goes without asking the BFF again. */
export const QR_POLL_MS = 5 * 60_000;
/** After `validUntil`, wait this much more so the BFF's clock is past midnight too. */
export const QR_REFRESH_MARGIN_MS = 2_000;

/**
 * When the check-in QR page asks for the code again: just after `validUntil` when that is near,
 * else after `QR_POLL_MS` — also when `validUntil` has passed by the screen's own clock (a
 * screen whose clock runs ahead, or a test clock in the BFF), so a wrong clock never makes it
 * ask in a tight loop, and a slow one shows yesterday's code at most 5 minutes past midnight.
 * With no code (a failed request) it tries again after `QR_POLL_MS` too.
 */
export function qrRefreshDelayMs(validUntilIso: string | null, nowMs: number): number {
  if (validUntilIso === null) return QR_POLL_MS;
  const until = Date.parse(validUntilIso);
  if (Number.isNaN(until)) return QR_POLL_MS;
  const left = until - nowMs;
  if (left <= 0 || left + QR_REFRESH_MARGIN_MS > QR_POLL_MS) return QR_POLL_MS;
  return left + QR_REFRESH_MARGIN_MS;
}

/**
 * The side of the code on this screen: as wide as the screen allows (less `marginPx`), no
 * taller than the screen less `reservedPx` for the texts, between 200 and 640 px.
 */
export function qrSidePx(
  screen: { width: number; height: number },
  marginPx: number,
  reservedPx: number,
): number {
  const fit = Math.min(screen.width - marginPx, screen.height - reservedPx);
  return Math.max(200, Math.min(640, Math.floor(fit)));
}
