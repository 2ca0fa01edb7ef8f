import { maskAddress, maskIdNumber, maskName, maskPhone } from './masking';

describe('maskIdNumber', () => {
  it('keeps the first 3 and last 4 characters', () => {
    expect(maskIdNumber('370103199003071234')).toBe('370***********1234');
    expect(maskIdNumber('37010319900307123X')).toBe('370***********123X');
  });

  it('masks a value too short to keep both ends entirely', () => {
    expect(maskIdNumber('1234567')).toBe('*******');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['张三丰', '张**'],
    ['欧阳娜娜', '欧***'],
    ['阿依古丽·买买提', '阿*******'],
    ['𠇔三', '𠇔*'],
    ['John Smith', 'J*********'],
    ['张', '*'],
    ['', ''],
  ])('masks %j as %j', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});

describe('maskAddress', () => {
  it('keeps the first 6 characters then ****', () => {
    expect(maskAddress('山东省济南市市中区英雄山路1号')).toBe('山东省济南市****');
  });

  it('never shows a short address whole', () => {
    expect(maskAddress('市中区一号')).toBe('市中****');
    expect(maskAddress('济南')).toBe('济****');
    expect(maskAddress('')).toBe('');
  });
});
