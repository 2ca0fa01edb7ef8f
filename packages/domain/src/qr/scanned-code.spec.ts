import {
  MAX_SCANNED_CODE_LENGTH,
  checkInQrContent,
  parseScannedCode,
  queueDoorQrContent,
} from './scanned-code';

/** Tokens shaped like the BFF's: `<hall>.<yyyymmdd>.<22 base64url>` and `<hall>.<period>.<sig>`. */
const CHECK_IN_TOKEN = 'SZ-HALL.20261010.aB3_-x9QzK0pLm7nVw2yTe';
const DOOR_TOKEN = 'SZ-HALL.5922710.Zq8-Lk_3mN0pQr5sTu7vWx';

describe('QR code contents', () => {
  it('prefixes a check-in token and a door token', () => {
    expect(checkInQrContent(CHECK_IN_TOKEN)).toBe(`SZHB:CHECKIN:${CHECK_IN_TOKEN}`);
    expect(queueDoorQrContent(DOOR_TOKEN)).toBe(`SZHB:DOOR:${DOOR_TOKEN}`);
  });

  it('reads back what it wrote, with the hall the token names', () => {
    expect(parseScannedCode(checkInQrContent(CHECK_IN_TOKEN))).toEqual({
      kind: 'CHECK_IN',
      token: CHECK_IN_TOKEN,
      hallCode: 'SZ-HALL',
    });
    expect(parseScannedCode(queueDoorQrContent(DOOR_TOKEN))).toEqual({
      kind: 'QUEUE_DOOR',
      token: DOOR_TOKEN,
      hallCode: 'SZ-HALL',
    });
  });

  it.each([
    [`  SZHB:CHECKIN:${CHECK_IN_TOKEN}\n`],
    [`\tSZHB:CHECKIN:${CHECK_IN_TOKEN}\r\n`],
    [`szhb:checkin:${CHECK_IN_TOKEN}`],
    [`\u3000SZHB:CHECKIN:${CHECK_IN_TOKEN}`],
  ])('ignores whitespace around it and the case of the prefix: %j', (content) => {
    expect(parseScannedCode(content)).toEqual({
      kind: 'CHECK_IN',
      token: CHECK_IN_TOKEN,
      hallCode: 'SZ-HALL',
    });
  });

  it('keeps the case of the token (its signature is base64url)', () => {
    const lower = CHECK_IN_TOKEN.toLowerCase();
    expect(parseScannedCode(`SZHB:CHECKIN:${lower}`)?.token).toBe(lower);
  });

  it('names the hall by the part before the first dot', () => {
    expect(parseScannedCode('SZHB:DOOR:HALL-2.1.x')).toEqual({
      kind: 'QUEUE_DOOR',
      token: 'HALL-2.1.x',
      hallCode: 'HALL-2',
    });
  });

  it.each([
    ['empty', ''],
    ['whitespace', '   '],
    ['a bare token without the prefix', CHECK_IN_TOKEN],
    ['the prefix alone', 'SZHB:CHECKIN:'],
    ['the prefix and spaces', 'SZHB:CHECKIN:   '],
    ['another prefix of ours', `SZHB:PAY:${CHECK_IN_TOKEN}`],
    ['someone else’s code', 'https://weixin.qq.com/r/abc123'],
    ['a payment code', 'wxp://f2f0abc'],
    ['a token without a dot', 'SZHB:CHECKIN:SZHALL20261010'],
    ['a token starting with a dot', 'SZHB:CHECKIN:.20261010.abc'],
    ['a token ending with a dot', 'SZHB:CHECKIN:SZ-HALL.20261010.'],
    ['two dots in a row', 'SZHB:CHECKIN:SZ-HALL..abc'],
    ['a space inside', 'SZHB:CHECKIN:SZ-HALL.2026 1010.abc'],
    ['a line break inside', 'SZHB:CHECKIN:SZ-HALL.20261010\n.abc'],
    ['characters outside base64url', 'SZHB:CHECKIN:SZ-HALL.20261010.ab+c/='],
    ['Chinese characters', 'SZHB:CHECKIN:市中.20261010.abc'],
    ['a hall code over 32 characters', `SZHB:CHECKIN:${'H'.repeat(33)}.20261010.abc`],
    ['no colon after the kind', `SZHB:CHECKIN${CHECK_IN_TOKEN}`],
    ['the prefix in the middle', `x SZHB:CHECKIN:${CHECK_IN_TOKEN}`],
  ])('refuses %s', (_what, content) => {
    expect(parseScannedCode(content)).toBeNull();
  });

  it('refuses an over-long string, even one that starts right', () => {
    const long = `SZHB:CHECKIN:SZ-HALL.${'a'.repeat(MAX_SCANNED_CODE_LENGTH)}`;
    expect(parseScannedCode(long)).toBeNull();
    const padded = `${' '.repeat(MAX_SCANNED_CODE_LENGTH)}SZHB:CHECKIN:${CHECK_IN_TOKEN}`;
    expect(parseScannedCode(padded)).toBeNull();
    const fits = `SZHB:CHECKIN:SZ-HALL.${'a'.repeat(MAX_SCANNED_CODE_LENGTH - 21)}`;
    expect(fits).toHaveLength(MAX_SCANNED_CODE_LENGTH);
    expect(parseScannedCode(fits)?.kind).toBe('CHECK_IN');
  });

  it('refuses what is not a string at run time (a scanner handing back undefined)', () => {
    expect(parseScannedCode(undefined as unknown as string)).toBeNull();
  });
});
