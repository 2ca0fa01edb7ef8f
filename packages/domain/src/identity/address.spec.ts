import {
  ADDRESS_MESSAGES,
  MAX_ADDRESS_DETAIL_LENGTH,
  maskPostalAddress,
  validateAddressDetail,
  validateAddressRegion,
  validatePostalAddress,
} from './address';

describe('validateAddressRegion', () => {
  it.each([
    ['山东省济南市市中区', '山东省济南市市中区'],
    ['北京市朝阳区', '北京市朝阳区'],
    ['新疆维吾尔自治区乌鲁木齐市天山区', '新疆维吾尔自治区乌鲁木齐市天山区'],
    ['内蒙古自治区呼伦贝尔市鄂温克族自治旗', '内蒙古自治区呼伦贝尔市鄂温克族自治旗'],
    ['山东省济南市平阴县', '山东省济南市平阴县'],
    ['山东省济南市章丘市', '山东省济南市章丘市'],
    [' 山东省 济南市\u3000市中区 ', '山东省济南市市中区'],
  ])('accepts %s', (input, region) => {
    expect(validateAddressRegion(input)).toEqual({ ok: true, region });
  });

  it.each([
    ['', 'REGION_EMPTY'],
    ['   ', 'REGION_EMPTY'],
    ['市中区', 'REGION_INVALID'],
    ['济南市市中区', 'REGION_INVALID'],
    ['山东省济南市市中区英雄山路', 'REGION_INVALID'],
    ['Shandong Jinan', 'REGION_INVALID'],
    ['山东省济南市市中区1', 'REGION_INVALID'],
    ['山东省'.repeat(11) + '区', 'REGION_INVALID'],
    ['<b>山东省济南市市中区</b>', 'MARKUP'],
    ['山东省济南市\u202E市中区', 'CONTROL_CHARACTERS'],
  ])('refuses %j with %s', (input, reason) => {
    expect(validateAddressRegion(input)).toEqual({ ok: false, reason });
  });
});

describe('validateAddressDetail', () => {
  it('trims and collapses white space, keeps digits and common punctuation', () => {
    expect(validateAddressDetail('  英雄山路160号  3号楼（东）-2单元#501 ')).toEqual({
      ok: true,
      detail: '英雄山路160号 3号楼（东）-2单元#501',
    });
  });

  it(`accepts 2 to ${MAX_ADDRESS_DETAIL_LENGTH} characters, counting rare ideographs as one`, () => {
    expect(validateAddressDetail('1号').ok).toBe(true);
    expect(validateAddressDetail('路'.repeat(MAX_ADDRESS_DETAIL_LENGTH)).ok).toBe(true);
    expect(validateAddressDetail('𠀋村')).toEqual({ ok: true, detail: '𠀋村' });
  });

  it.each([
    ['', 'DETAIL_EMPTY'],
    ['\u3000 ', 'DETAIL_EMPTY'],
    ['路', 'DETAIL_TOO_SHORT'],
    ['路'.repeat(MAX_ADDRESS_DETAIL_LENGTH + 1), 'DETAIL_TOO_LONG'],
    // 90 characters, but 360 bytes: would not fit the encrypted column.
    ['𠀋'.repeat(90), 'DETAIL_TOO_LONG'],
    ['<script>alert(1)</script>', 'MARKUP'],
    ['英雄山路&lt;1号', 'MARKUP'],
    ['javascript:alert(1)', 'MARKUP'],
    ['英雄山路\u0000号', 'CONTROL_CHARACTERS'],
    ['英雄山路\u200B号', 'CONTROL_CHARACTERS'],
  ])('refuses %j with %s', (input, reason) => {
    expect(validateAddressDetail(input)).toEqual({ ok: false, reason });
  });

  it('has a Chinese message for every failure', () => {
    for (const message of Object.values(ADDRESS_MESSAGES)) {
      expect(message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});

describe('validatePostalAddress', () => {
  it('names the first wrong field', () => {
    expect(validatePostalAddress({ region: '市中区', detail: '' })).toEqual({
      ok: false,
      field: 'region',
      reason: 'REGION_INVALID',
    });
    expect(validatePostalAddress({ region: '山东省济南市市中区', detail: '' })).toEqual({
      ok: false,
      field: 'detail',
      reason: 'DETAIL_EMPTY',
    });
    expect(
      validatePostalAddress({ region: '山东省 济南市 市中区', detail: ' 英雄山路160号 ' }),
    ).toEqual({ ok: true, address: { region: '山东省济南市市中区', detail: '英雄山路160号' } });
  });
});

describe('maskPostalAddress', () => {
  it('shows the region, at most 4 characters of the detail, then ****', () => {
    expect(
      maskPostalAddress({ region: '山东省济南市市中区', detail: '英雄山路160号3号楼2单元501' }),
    ).toBe('山东省济南市市中区英雄山路****');
  });

  it('never shows more than half of a short detail', () => {
    expect(maskPostalAddress({ region: '北京市朝阳区', detail: '1号' })).toBe('北京市朝阳区1****');
    expect(maskPostalAddress({ region: '北京市朝阳区', detail: '七里村' })).toBe(
      '北京市朝阳区七****',
    );
  });
});
