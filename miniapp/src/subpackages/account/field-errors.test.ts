import {
  ID_NUMBER_MESSAGES,
  MOBILE_MESSAGES,
  PERSON_NAME_MESSAGES,
  idNumberCheckCharacter,
} from '@shizhong/domain';
import {
  checkIdNumber,
  checkName,
  checkOptionalPhone,
  checkPhone,
  checkSmsCode,
  fieldErrorsFromServer,
  onlyErrors,
} from './field-errors';

const FIRST_17 = '11010519491231002';
const VALID_ID = FIRST_17 + idNumberCheckCharacter(FIRST_17);
const WRONG_ID = FIRST_17 + (idNumberCheckCharacter(FIRST_17) === '0' ? '1' : '0');

describe('account field errors', () => {
  it('puts each server message under the input it concerns', () => {
    const msg = '身份证号码中的出生日期不存在，请核对后重新输入';
    expect(
      fieldErrorsFromServer({ kind: 'graphql', code: 'ID_NUMBER_INVALID', message: msg }),
    ).toEqual({
      idNumber: msg,
    });
    expect(
      fieldErrorsFromServer({ kind: 'graphql', code: 'ID_NUMBER_TAKEN', message: '已绑定' }),
    ).toEqual({
      idNumber: '已绑定',
    });
    expect(
      fieldErrorsFromServer({ kind: 'graphql', code: 'NAME_INVALID', message: '姓名' }),
    ).toEqual({
      name: '姓名',
    });
    expect(
      fieldErrorsFromServer({ kind: 'graphql', code: 'SMS_CODE_INVALID', message: '码' }),
    ).toEqual({
      code: '码',
    });
    expect(
      fieldErrorsFromServer({ kind: 'graphql', code: 'PHONE_INVALID', message: '号' }),
    ).toEqual({
      phone: '号',
    });
  });

  it('shows other errors on the form, or on the input whose button was pressed', () => {
    const limited = { kind: 'graphql' as const, code: 'RATE_LIMITED', message: '操作过于频繁' };
    expect(fieldErrorsFromServer(limited)).toEqual({ form: '操作过于频繁' });
    expect(fieldErrorsFromServer(limited, 'phone')).toEqual({ phone: '操作过于频繁' });
    expect(fieldErrorsFromServer({ kind: 'network', message: '网络' })).toEqual({ form: '网络' });
  });

  it('checks obvious mistakes on the device with the shared Chinese messages', () => {
    expect(checkIdNumber(VALID_ID)).toBeUndefined();
    expect(checkIdNumber(WRONG_ID)).toBe(ID_NUMBER_MESSAGES.CHECK_DIGIT);
    expect(checkIdNumber('11010519491231002')).toBe(ID_NUMBER_MESSAGES.FORMAT);
    expect(checkIdNumber('  ')).toMatch(/请输入身份证号码/);
    expect(checkName('王秀英')).toBeUndefined();
    expect(checkName('<script>')).toBe(PERSON_NAME_MESSAGES.MARKUP);
    expect(checkPhone('138 1234 5678')).toBeUndefined();
    expect(checkPhone('1381234567')).toBe(MOBILE_MESSAGES.LENGTH);
    expect(checkOptionalPhone('')).toBeUndefined();
    expect(checkOptionalPhone('12345678901')).toBe(MOBILE_MESSAGES.PREFIX);
    expect(checkSmsCode('246810')).toBeUndefined();
    expect(checkSmsCode('2468')).toMatch(/6位/);
  });

  it('keeps only the fields with a message', () => {
    expect(onlyErrors({ name: undefined, idNumber: undefined })).toBeNull();
    expect(onlyErrors({ name: '请输入姓名', idNumber: undefined })).toEqual({ name: '请输入姓名' });
  });
});
