import {
  ID_NUMBER_MESSAGES,
  ageOn,
  chinaDate,
  idNumberCheckCharacter,
  isElderlyPriority,
  isSenior,
  parseIdNumber,
} from './id-number';

/**
 * An independent ISO 7064 MOD 11-2 (weights 2^(17-i) mod 11), so the tests do not trust the
 * implementation's own table. Test numbers are synthetic: made up digits plus a computed check.
 */
function checkCharacter(first17: string): string {
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * (2 ** (17 - i) % 11), 0);
  const value = (12 - (sum % 11)) % 11;
  return value === 10 ? 'X' : String(value);
}

function syntheticId(first17: string): string {
  return first17 + checkCharacter(first17);
}

/** Same first 17 digits, a check character that is certainly wrong. */
function withWrongCheck(first17: string): string {
  const right = checkCharacter(first17);
  return first17 + (right === '0' ? '1' : '0');
}

const TODAY = new Date('2026-11-23T12:00:00+08:00');

describe('parseIdNumber', () => {
  it('accepts a valid number and reads birth date, sex and region from it', () => {
    const id = syntheticId('37010319900307123');
    expect(parseIdNumber(id, TODAY)).toEqual({
      ok: true,
      idNumber: id,
      birthDate: '1990-03-07',
      sex: 'M',
      regionCode: '370103',
    });
  });

  it('reads an even sequence digit as female', () => {
    const result = parseIdNumber(syntheticId('11010519851224002'), TODAY);
    expect(result).toMatchObject({ ok: true, sex: 'F', birthDate: '1985-12-24' });
  });

  it('accepts X as the check character in either case and stores it upper-case', () => {
    // Search a few sequence numbers for one whose check character is X.
    const first17 = Array.from({ length: 100 }, (_, i) => `3701031990030710${i % 10}`)
      .concat(Array.from({ length: 100 }, (_, i) => `370103199003${String(i).padStart(5, '0')}`))
      .find((digits) => checkCharacter(digits) === 'X');
    expect(first17).toBeDefined();
    const lower = `${first17}x`;
    expect(parseIdNumber(lower, TODAY)).toMatchObject({ ok: true, idNumber: `${first17}X` });
  });

  it('ignores surrounding and inner white space', () => {
    const id = syntheticId('37010319900307123');
    const spaced = ` ${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)} `;
    expect(parseIdNumber(spaced, TODAY)).toMatchObject({ ok: true, idNumber: id });
  });

  it.each([
    ['17 digits', '37010319900307123'],
    ['19 digits', '3701031990030712345'],
    ['letters', '37010319900307ABCD'],
    ['X in the middle', '3701031990X3071234'],
    ['empty', ''],
    ['15-digit first-generation number', '370103900307123'],
  ])('refuses %s as FORMAT', (_, input) => {
    expect(parseIdNumber(input, TODAY)).toEqual({ ok: false, reason: 'FORMAT' });
  });

  it('refuses a wrong check character', () => {
    expect(parseIdNumber(withWrongCheck('37010319900307123'), TODAY)).toEqual({
      ok: false,
      reason: 'CHECK_DIGIT',
    });
  });

  it('catches a single mistyped digit through the check character', () => {
    const id = syntheticId('37010319900307123');
    const typo = `${id.slice(0, 15)}${(Number(id[15]) + 1) % 10}${id.slice(16)}`;
    expect(parseIdNumber(typo, TODAY)).toEqual({ ok: false, reason: 'CHECK_DIGIT' });
  });

  it.each([
    ['30 February', '19990230'],
    ['29 February in a common year', '19990229'],
    ['month 13', '19991301'],
    ['day 0', '19990100'],
    ['31 April', '19990431'],
    ['before 1900', '18991231'],
    ['tomorrow', '20261124'],
  ])('refuses a birth date on %s even with a correct check character', (_, date) => {
    expect(parseIdNumber(syntheticId(`370103${date}123`), TODAY)).toEqual({
      ok: false,
      reason: 'BIRTH_DATE',
    });
  });

  it('accepts 29 February in a leap year, 1 January 1900 and today', () => {
    for (const date of ['20000229', '19000101', '20261123']) {
      expect(parseIdNumber(syntheticId(`370103${date}123`), TODAY).ok).toBe(true);
    }
  });

  it('uses the calendar day in China to decide what is in the future', () => {
    // 23 November 17:00 UTC is already 24 November in China.
    const lateEvening = new Date('2026-11-23T17:00:00Z');
    expect(parseIdNumber(syntheticId('37010320261124123'), lateEvening).ok).toBe(true);
  });

  it.each([
    '000000',
    '100101',
    '160101',
    '240101',
    '380101',
    '470101',
    '550101',
    '660101',
    '720101',
    '830101',
    '990101',
  ])('refuses region code %s', (region) => {
    expect(parseIdNumber(syntheticId(`${region}19900307123`), TODAY)).toEqual({
      ok: false,
      reason: 'REGION',
    });
  });

  it.each([
    '110101',
    '150101',
    '210101',
    '230101',
    '310101',
    '370103',
    '460101',
    '500101',
    '540101',
    '610101',
    '650101',
    '710101',
    '810101',
    '820101',
  ])('accepts province-level region code %s', (region) => {
    expect(parseIdNumber(syntheticId(`${region}19900307123`), TODAY).ok).toBe(true);
  });

  it('has a Chinese message for every reason', () => {
    expect(ID_NUMBER_MESSAGES.CHECK_DIGIT).toBe('身份证号码校验位不正确，请核对后重新输入');
    expect(ID_NUMBER_MESSAGES.FORMAT).toContain('18位');
    expect(ID_NUMBER_MESSAGES.BIRTH_DATE).toContain('出生日期不存在');
    expect(ID_NUMBER_MESSAGES.REGION).toContain('地区码不正确');
  });
});

describe('idNumberCheckCharacter', () => {
  it('agrees with an independent MOD 11-2 on many numbers', () => {
    for (let i = 0; i < 500; i += 1) {
      const first17 = `3701031990${String(i * 7919)
        .padStart(7, '0')
        .slice(-7)}`;
      expect(idNumberCheckCharacter(first17)).toBe(checkCharacter(first17));
    }
  });

  it('refuses anything but 17 digits', () => {
    expect(() => idNumberCheckCharacter('123')).toThrow(RangeError);
  });
});

describe('chinaDate', () => {
  it('is the calendar date at UTC+8', () => {
    expect(chinaDate(new Date('2026-11-23T15:59:59Z'))).toBe('2026-11-23');
    expect(chinaDate(new Date('2026-11-23T16:00:00Z'))).toBe('2026-11-24');
  });
});

describe('ageOn', () => {
  const id = syntheticId('37010319660307123');

  it('counts whole years from an ID number, one less before the birthday', () => {
    expect(ageOn(id, '2026-03-06')).toBe(59);
    expect(ageOn(id, '2026-03-07')).toBe(60);
    expect(ageOn(id, '2026-11-23')).toBe(60);
  });

  it('takes a birth date as well as an ID number', () => {
    expect(ageOn('1956-11-24', '2026-11-23')).toBe(69);
    expect(ageOn('1956-11-23', '2026-11-23')).toBe(70);
  });

  it('takes a Date and uses its calendar day in China', () => {
    expect(ageOn('1966-11-24', new Date('2026-11-23T15:00:00Z'))).toBe(59);
    expect(ageOn('1966-11-24', new Date('2026-11-23T16:00:00Z'))).toBe(60);
  });

  it('makes someone born on 29 February a year older on 1 March in a common year', () => {
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(24);
    expect(ageOn('2000-02-29', '2025-03-01')).toBe(25);
    expect(ageOn('2000-02-29', '2024-02-29')).toBe(24);
  });

  it('refuses an invalid ID number', () => {
    expect(() => ageOn(withWrongCheck('37010319660307123'), '2026-11-23')).toThrow(RangeError);
  });
});

describe('isSenior and isElderlyPriority', () => {
  it('suggests care mode from 60', () => {
    expect(isSenior(59)).toBe(false);
    expect(isSenior(60)).toBe(true);
  });

  it('gives priority from 70', () => {
    expect(isElderlyPriority(69)).toBe(false);
    expect(isElderlyPriority(70)).toBe(true);
  });
});
