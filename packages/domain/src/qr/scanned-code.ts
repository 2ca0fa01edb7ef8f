/**
 * What the app's QR codes hold, and how a scanned string is read back.
 *
 * - `SZHB:CHECKIN:<token>` — a hall's check-in code (签到码 at the entrance; the token is the
 *   BFF's `<hall>.<yyyymmdd>.<signature>`), for `checkInAppointment`.
 * - `SZHB:DOOR:<token>` — a hall's door code for taking a queue ticket (取号; the token is
 *   `<hall>.<period>.<signature>`), for `takeQueueTicket`.
 *
 * The prefix tells the app which action a scan is for before anything goes to the BFF, so a
 * citizen who scans the wrong code (or a shop's payment code) is told so at once. Only the BFF
 * can tell whether a token is genuine and current: parsing checks the shape, never the signature.
 */

export type ScannedCodeKind = 'CHECK_IN' | 'QUEUE_DOOR';

export type ScannedCode =
  | { kind: 'CHECK_IN'; token: string; hallCode: string }
  | { kind: 'QUEUE_DOOR'; token: string; hallCode: string };

/** The namespace of every code the app prints (市中好办 → SZHB). */
export const SCANNED_CODE_NAMESPACE = 'SZHB';

const PREFIX: Record<ScannedCodeKind, string> = {
  CHECK_IN: `${SCANNED_CODE_NAMESPACE}:CHECKIN:`,
  QUEUE_DOOR: `${SCANNED_CODE_NAMESPACE}:DOOR:`,
};

/**
 * Longer scanned strings are not ours (a URL, a payment code, a pasted paragraph): refused
 * before any pattern runs on them. Our tokens are under 80 characters.
 */
export const MAX_SCANNED_CODE_LENGTH = 200;

/**
 * A token: the hall code, a dot, then dot-separated base64url parts (`A–Z a–z 0–9 _ -`).
 * The hall code is what the BFF puts in its tokens: letters, digits and dashes.
 */
const TOKEN = /^([A-Za-z0-9-]{1,32})(?:\.[A-Za-z0-9_-]+)+$/;

/** The string to put in a hall's check-in QR code. */
export function checkInQrContent(token: string): string {
  return PREFIX.CHECK_IN + token;
}

/** The string to put in a hall's door QR code (取号). */
export function queueDoorQrContent(token: string): string {
  return PREFIX.QUEUE_DOOR + token;
}

/**
 * Reads the content of a scanned (or pasted) QR code: which of the app's codes it is, its token
 * and the hall the token names (the token's part before the first `.`). Whitespace around it is
 * ignored (a pasted code often ends in a line break); the prefix is matched without regard to
 * case, the token exactly. Anything else — another prefix, a bare token, an empty or malformed
 * token, an over-long string — is null.
 */
export function parseScannedCode(content: string): ScannedCode | null {
  if (typeof content !== 'string' || content.length > MAX_SCANNED_CODE_LENGTH) return null;
  const trimmed = content.trim();
  for (const kind of ['CHECK_IN', 'QUEUE_DOOR'] as const) {
    const prefix = PREFIX[kind];
    if (trimmed.length <= prefix.length) continue;
    if (trimmed.slice(0, prefix.length).toUpperCase() !== prefix) continue;
    const token = trimmed.slice(prefix.length);
    const match = TOKEN.exec(token);
    if (!match) return null;
    return { kind, token, hallCode: match[1] };
  }
  return null;
}
