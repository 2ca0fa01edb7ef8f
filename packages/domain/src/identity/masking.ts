/**
 * Masked forms of personal data for every response that does not need the whole value. Lengths
 * are counted in characters (code points), so a rare ideograph is never cut in half.
 */

const MASK = '*';

function chars(value: string): string[] {
  return Array.from(value);
}

/** Keeps `head` characters at the start and `tail` at the end; all of it masked if too short. */
function keepEnds(value: string, head: number, tail: number): string {
  const all = chars(value);
  if (all.length <= head + tail) return MASK.repeat(all.length);
  return (
    all.slice(0, head).join('') +
    MASK.repeat(all.length - head - tail) +
    all.slice(all.length - tail).join('')
  );
}

/** 370103199003071234 → 370***********1234 (first 3, last 4). */
export function maskIdNumber(idNumber: string): string {
  return keepEnds(idNumber.trim(), 3, 4);
}

/** 13812345678 → 138****5678 (first 3, last 4). */
export function maskPhone(phone: string): string {
  return keepEnds(phone.trim(), 3, 4);
}

/** 张三 → 张*, 张三丰 → 张**, 欧阳娜娜 → 欧***: the first character, then one * per character. */
export function maskName(name: string): string {
  const all = chars(name.trim());
  if (all.length <= 1) return MASK.repeat(all.length);
  return (all[0] ?? '') + MASK.repeat(all.length - 1);
}

const ADDRESS_VISIBLE = 6;

/**
 * 山东省济南市市中区英雄山路… → 山东省济南市****: the first 6 characters, then ****. A shorter
 * address keeps only its first half, so a short address is never shown whole.
 */
export function maskAddress(address: string): string {
  const all = chars(address.trim());
  if (all.length === 0) return '';
  const visible = Math.min(ADDRESS_VISIBLE, Math.floor(all.length / 2));
  return `${all.slice(0, visible).join('')}${MASK.repeat(4)}`;
}
