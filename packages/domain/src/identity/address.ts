/**
 * A citizen's postal address for 政务专递 (results posted home): the region (province, city,
 * district: 山东省济南市市中区) and the detail (street, building, room). Stored encrypted; shown
 * masked (region + the first few characters of the detail + ****).
 */

export interface PostalAddress {
  region: string;
  detail: string;
}

export type AddressFailure =
  | 'REGION_EMPTY'
  | 'REGION_INVALID'
  | 'DETAIL_EMPTY'
  | 'DETAIL_TOO_SHORT'
  | 'DETAIL_TOO_LONG'
  | 'MARKUP'
  | 'CONTROL_CHARACTERS';

export type AddressField = 'region' | 'detail';

export type AddressResult =
  { ok: true; address: PostalAddress } | { ok: false; field: AddressField; reason: AddressFailure };

export const MIN_ADDRESS_DETAIL_LENGTH = 2;
export const MAX_ADDRESS_DETAIL_LENGTH = 100;
/**
 * UTF-8 bytes: 100 common characters are 300 bytes; many rare (4-byte) characters or emoji would
 * not fit the encrypted column, so they count against this too.
 */
const MAX_ADDRESS_DETAIL_BYTES = 300;
const MIN_REGION_LENGTH = 5;
const MAX_REGION_LENGTH = 30;

/** What the citizen is told for each failure; the error code is always ADDRESS_INVALID. */
export const ADDRESS_MESSAGES: Record<AddressFailure, string> = {
  REGION_EMPTY: '请填写所在地区（省、市、区县）',
  REGION_INVALID: '所在地区应写到区县，如：山东省济南市市中区',
  DETAIL_EMPTY: '请填写详细地址',
  DETAIL_TOO_SHORT: `详细地址至少需要${MIN_ADDRESS_DETAIL_LENGTH}个字`,
  DETAIL_TOO_LONG: `详细地址不能超过${MAX_ADDRESS_DETAIL_LENGTH}个字`,
  MARKUP: '地址不能包含 < > 等符号',
  CONTROL_CHARACTERS: '地址含有无法识别的字符，请重新输入',
};

// C0/C1 controls, zero-width and bidirectional marks (which can make text display reversed).
const CONTROL_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/;
const MARKUP = /[<>＜＞]|&[#a-z0-9]+;|javascript:/i;
const CJK_ONLY = /^[\u3400-\u4DBF\u4E00-\u9FFF]+$/;
/** A province-level start: a province, an autonomous region, an SAR, or one of the four municipalities. */
const PROVINCE_LEVEL =
  /^(?:[\u4E00-\u9FFF]{2,3}省|[\u4E00-\u9FFF]{2,8}自治区|(?:香港|澳门)特别行政区|(?:北京|天津|上海|重庆)市)/;
/** …ending at a county-level division: 区, 县, 市 (county-level city), 旗. */
const COUNTY_LEVEL_END = /(?:区|县|市|旗)$/;

function utf8Length(value: string): number {
  let bytes = 0;
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function unsafe(value: string): AddressFailure | null {
  if (MARKUP.test(value)) return 'MARKUP';
  if (CONTROL_CHARACTERS.test(value.replace(/[\t\n\r]/g, ' '))) return 'CONTROL_CHARACTERS';
  return null;
}

/** The region as stored (white space removed), or why it is refused. */
export function validateAddressRegion(
  input: string,
): { ok: true; region: string } | { ok: false; reason: AddressFailure } {
  const bad = unsafe(input);
  if (bad) return { ok: false, reason: bad };
  const region = input.replace(/[\s\u3000]+/g, '');
  if (region.length === 0) return { ok: false, reason: 'REGION_EMPTY' };
  const length = Array.from(region).length;
  if (
    length < MIN_REGION_LENGTH ||
    length > MAX_REGION_LENGTH ||
    !CJK_ONLY.test(region) ||
    !PROVINCE_LEVEL.test(region) ||
    !COUNTY_LEVEL_END.test(region)
  ) {
    return { ok: false, reason: 'REGION_INVALID' };
  }
  return { ok: true, region };
}

/** The detail as stored (trimmed, runs of white space as one space), or why it is refused. */
export function validateAddressDetail(
  input: string,
): { ok: true; detail: string } | { ok: false; reason: AddressFailure } {
  const bad = unsafe(input);
  if (bad) return { ok: false, reason: bad };
  const detail = input.replace(/[\s\u3000]+/g, ' ').trim();
  if (detail.length === 0) return { ok: false, reason: 'DETAIL_EMPTY' };
  const length = Array.from(detail).length;
  if (length < MIN_ADDRESS_DETAIL_LENGTH) return { ok: false, reason: 'DETAIL_TOO_SHORT' };
  if (length > MAX_ADDRESS_DETAIL_LENGTH || utf8Length(detail) > MAX_ADDRESS_DETAIL_BYTES) {
    return { ok: false, reason: 'DETAIL_TOO_LONG' };
  }
  return { ok: true, detail };
}

/** Checks both parts; the region first, so the message belongs to the first wrong field. */
export function validatePostalAddress(input: PostalAddress): AddressResult {
  const region = validateAddressRegion(input.region);
  if (!region.ok) return { ok: false, field: 'region', reason: region.reason };
  const detail = validateAddressDetail(input.detail);
  if (!detail.ok) return { ok: false, field: 'detail', reason: detail.reason };
  return { ok: true, address: { region: region.region, detail: detail.detail } };
}

const DETAIL_VISIBLE = 4;

/**
 * 山东省济南市市中区 + 英雄山路160号3号楼 → 山东省济南市市中区英雄山路****: the region whole (a district
 * identifies no one), the first 4 characters of the detail at most and never more than half of it.
 */
export function maskPostalAddress(address: PostalAddress): string {
  const detail = Array.from(address.detail.trim());
  const visible = Math.min(DETAIL_VISIBLE, Math.floor(detail.length / 2));
  return `${address.region}${detail.slice(0, visible).join('')}****`;
}
