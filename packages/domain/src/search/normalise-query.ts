/** The longest query a citizen may search for, in characters after normalisation. */
export const MAX_QUERY_LENGTH = 50;

export type NormalisedQuery =
  { ok: true; query: string } | { ok: false; code: 'QUERY_TOO_LONG' | 'QUERY_INVALID_CHARACTERS' };

// Control characters other than the ordinary white space a paste may bring (tab, newline, CR).
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const FULL_WIDTH_OFFSET = 0xfee0;

/** Full-width ASCII (ｋｆｄ, １２３, （）) and the ideographic space become their half-width forms. */
export function toHalfWidth(text: string): string {
  return text
    .replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(/\u3000/g, ' ');
}

/**
 * A search query as the index compares it: half-width, lower-case, trimmed, runs of white space
 * collapsed to one space. Control characters are refused rather than silently dropped, and so is
 * a query longer than {@link MAX_QUERY_LENGTH} characters. An empty result means "no query".
 */
export function normaliseQuery(raw: string): NormalisedQuery {
  if (CONTROL_CHARACTERS.test(raw)) return { ok: false, code: 'QUERY_INVALID_CHARACTERS' };
  const query = toHalfWidth(raw).toLowerCase().replace(/\s+/g, ' ').trim();
  if ([...query].length > MAX_QUERY_LENGTH) return { ok: false, code: 'QUERY_TOO_LONG' };
  return { ok: true, query };
}
