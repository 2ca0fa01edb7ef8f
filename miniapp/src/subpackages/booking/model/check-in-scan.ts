import { parseScannedCode } from '@shizhong/domain';
import { bookingStrings as s } from '../strings';

/** A scanned code read for 扫码签到: the hall's check-in code, or why it is not one. */
export type CheckInScan =
  { ok: true; hallCode: string; token: string } | { ok: false; message: string };

/**
 * Reads what the citizen scanned (or pasted, in H5) for check-in. Only the hall's check-in code
 * (`SZHB:CHECKIN:…`) goes on to the BFF; the queue's door code and anything else are answered
 * here, in Chinese, without a request. Whether the code is today's and genuine only the BFF can
 * tell (CHECK_IN_QR_INVALID).
 */
export function readCheckInScan(content: string): CheckInScan {
  const code = parseScannedCode(content);
  if (code === null) return { ok: false, message: s.notCheckInCode };
  switch (code.kind) {
    case 'CHECK_IN':
      return { ok: true, hallCode: code.hallCode, token: code.token };
    case 'QUEUE_DOOR':
      return { ok: false, message: s.doorCodeNotCheckIn };
  }
}
