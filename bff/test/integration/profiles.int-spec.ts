import { ID_NUMBER_MESSAGES, MOBILE_MESSAGES, PERSON_NAME_MESSAGES } from '@shizhong/domain';
import {
  RELAXED_LOGIN_LIMITS,
  codeOf,
  demoToken,
  gql,
  idNumber,
  wechatToken,
  withWrongCheckDigit,
} from '../support/identity-fixtures';
import { createTestDatabase, startTestApp, type TestApp } from '../support/test-app';
import type { TestDatabase } from '../support/test-database';

const PROFILE =
  'profile { maskedName maskedIdNumber maskedPhone phoneVerified age suggestCareMode }';
const ME = `query { me { id careMode ${PROFILE} } }`;
const SUBMIT = `mutation Submit($input: RealNameInput!) { submitRealName(input: $input) { id ${PROFILE} } }`;
const REQUEST_CODE = 'mutation Code($phone: String!) { requestPhoneCode(phone: $phone) }';
const VERIFY = `mutation Verify($phone: String!, $code: String!) { verifyPhone(phone: $phone, code: $code) { id ${PROFILE} } }`;
const SET_CARE_MODE = `mutation Care($enabled: Boolean!) { setCareMode(enabled: $enabled) { id ${PROFILE} } }`;

interface Profile {
  maskedName: string;
  maskedIdNumber: string;
  maskedPhone: string | null;
  phoneVerified: boolean;
  age: number;
  suggestCareMode: boolean;
}
interface MeData {
  me: { id: string; careMode: boolean; profile: Profile | null } | null;
}

const NAME = '龚翊骁';
const ID_NUMBER = idNumber('19900307', '135');

describe('profiles: real name (实名), phone confirmation by SMS code', () => {
  let database: TestDatabase;
  let app: TestApp;

  async function profileOf(token: string): Promise<Profile | null | undefined> {
    const body = await gql<MeData>(app, ME, {}, token);
    expect(body.errors).toBeUndefined();
    return body.data?.me?.profile;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp({ database, env: RELAXED_LOGIN_LIMITS });
  });

  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('refuses every profile operation to anonymous callers', async () => {
    const submit = await gql(app, SUBMIT, { input: { name: NAME, idNumber: ID_NUMBER } });
    expect(codeOf(submit)).toBe('UNAUTHENTICATED');
    expect(submit.errors?.[0]?.message).toBe('请先登录');
    expect(codeOf(await gql(app, REQUEST_CODE, { phone: '13812345678' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(app, VERIFY, { phone: '13812345678', code: '246810' }))).toBe(
      'UNAUTHENTICATED',
    );
    const me = await gql<MeData>(app, ME);
    expect(me.data?.me).toBeNull();
  });

  it('has no profile before real-name', async () => {
    expect(await profileOf(await wechatToken(app, 'wx-profile-fresh'))).toBeNull();
  });

  it.each([
    [
      'a bad check digit',
      { name: NAME, idNumber: withWrongCheckDigit(ID_NUMBER) },
      'ID_NUMBER_INVALID',
      ID_NUMBER_MESSAGES.CHECK_DIGIT,
      'CHECK_DIGIT',
    ],
    [
      'a birth date of 19990230',
      { name: NAME, idNumber: idNumber('19990230', '123') },
      'ID_NUMBER_INVALID',
      ID_NUMBER_MESSAGES.BIRTH_DATE,
      'BIRTH_DATE',
    ],
    [
      '17 digits',
      { name: NAME, idNumber: ID_NUMBER.slice(0, 17) },
      'ID_NUMBER_INVALID',
      ID_NUMBER_MESSAGES.FORMAT,
      'FORMAT',
    ],
    [
      'an over-long name',
      { name: '张'.repeat(21), idNumber: ID_NUMBER },
      'NAME_INVALID',
      PERSON_NAME_MESSAGES.TOO_LONG,
      'TOO_LONG',
    ],
    [
      'a script tag in the name',
      { name: '<script>alert(1)</script>', idNumber: ID_NUMBER },
      'NAME_INVALID',
      PERSON_NAME_MESSAGES.MARKUP,
      'MARKUP',
    ],
  ])(
    'refuses %s with its code and message and saves nothing',
    async (_, input, code, message, reason) => {
      const token = await demoToken(app, 'CITIZEN_A');
      const body = await gql(app, SUBMIT, { input }, token);
      expect(codeOf(body)).toBe(code);
      expect(body.errors?.[0]?.message).toBe(message);
      expect(body.errors?.[0]?.extensions?.reason).toBe(reason);
      expect(body.data).toBeNull();
      expect(await profileOf(token)).toBeNull();
    },
  );

  it('refuses an absurdly long input at the boundary', async () => {
    const token = await demoToken(app, 'CITIZEN_A');
    const body = await gql(
      app,
      SUBMIT,
      { input: { name: NAME, idNumber: '1'.repeat(200) } },
      token,
    );
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/18位/);
    expect(await profileOf(token)).toBeNull();
  });

  it('stores the real name and answers with masked values only', async () => {
    const token = await demoToken(app, 'CITIZEN_A');
    const body = await gql<{ submitRealName: { profile: Profile } }>(
      app,
      SUBMIT,
      { input: { name: ` ${NAME} `, idNumber: ID_NUMBER.replace(/(\d{6})/, '$1 ') } },
      token,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.submitRealName.profile).toEqual({
      maskedName: '龚**',
      maskedIdNumber: `370***********${ID_NUMBER.slice(14)}`,
      maskedPhone: null,
      phoneVerified: false,
      age: expect.any(Number) as number,
      suggestCareMode: false,
    });
    expect(body.data!.submitRealName.profile.age).toBeGreaterThanOrEqual(35);
    expect(body.raw).not.toContain(ID_NUMBER);
    expect(body.raw).not.toContain(NAME);
    expect(await profileOf(token)).toEqual(body.data?.submitRealName.profile);
  });

  it('refuses an ID number already bound to another account', async () => {
    const other = await demoToken(app, 'CITIZEN_B');
    const body = await gql(app, SUBMIT, { input: { name: '祁沐宸', idNumber: ID_NUMBER } }, other);
    expect(codeOf(body)).toBe('ID_NUMBER_TAKEN');
    expect(body.errors?.[0]?.message).toBe('该身份证号已绑定其他账号');
    expect(await profileOf(other)).toBeNull();
  });

  it('suggests care mode at 60 and over until it is on', async () => {
    const token = await wechatToken(app, 'wx-profile-senior');
    const body = await gql<{ submitRealName: { profile: Profile } }>(
      app,
      SUBMIT,
      { input: { name: '欧阳璟瑜', idNumber: idNumber('19500101', '246') } },
      token,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.submitRealName.profile).toMatchObject({ suggestCareMode: true });
    expect(body.data!.submitRealName.profile.age).toBeGreaterThanOrEqual(75);
    const cared = await gql<{ setCareMode: { profile: Profile } }>(
      app,
      SET_CARE_MODE,
      { enabled: true },
      token,
    );
    expect(cared.data?.setCareMode.profile.suggestCareMode).toBe(false);
  });

  describe('phone confirmation', () => {
    let token: string;

    beforeAll(async () => {
      token = await wechatToken(app, 'wx-profile-phone');
      const body = await gql(
        app,
        SUBMIT,
        { input: { name: '祁沐宸', idNumber: idNumber('19881224', '042') } },
        token,
      );
      expect(body.errors).toBeUndefined();
    });

    it('needs real-name first', async () => {
      const fresh = await wechatToken(app, 'wx-profile-no-real-name');
      const body = await gql(app, REQUEST_CODE, { phone: '13700000001' }, fresh);
      expect(codeOf(body)).toBe('REAL_NAME_REQUIRED');
      expect(body.errors?.[0]?.message).toBe('请先完成实名认证');
    });

    it.each([
      ['12345', MOBILE_MESSAGES.LENGTH],
      ['12812345678', MOBILE_MESSAGES.PREFIX],
      ['138abc45678', MOBILE_MESSAGES.CHARACTERS],
    ])('refuses the invalid phone %j', async (phone, message) => {
      const body = await gql(app, REQUEST_CODE, { phone }, token);
      expect(codeOf(body)).toBe('PHONE_INVALID');
      expect(body.errors?.[0]?.message).toBe(message);
      const verify = await gql(app, VERIFY, { phone, code: '246810' }, token);
      expect(codeOf(verify)).toBe('PHONE_INVALID');
    });

    it('confirms the phone with the code, after a wrong one', async () => {
      const phone = '13812345678';
      const sent = await gql<{ requestPhoneCode: boolean }>(app, REQUEST_CODE, { phone }, token);
      expect(sent.data?.requestPhoneCode).toBe(true);

      const wrong = await gql(app, VERIFY, { phone, code: '135790' }, token);
      expect(codeOf(wrong)).toBe('SMS_CODE_INVALID');
      expect(wrong.errors?.[0]?.message).toBe('验证码不正确或已过期，请重新获取');
      expect(await profileOf(token)).toMatchObject({ phoneVerified: false, maskedPhone: null });

      const right = await gql<{ verifyPhone: { profile: Profile } }>(
        app,
        VERIFY,
        { phone: '+86 138-1234-5678', code: '246810' },
        token,
      );
      expect(right.errors).toBeUndefined();
      expect(right.data?.verifyPhone.profile).toMatchObject({
        phoneVerified: true,
        maskedPhone: '138****5678',
      });
      expect(right.raw).not.toContain(phone);
      // A code works once.
      expect(codeOf(await gql(app, VERIFY, { phone, code: '246810' }, token))).toBe(
        'SMS_CODE_INVALID',
      );
    });

    it('stops accepting a code after 5 wrong tries', async () => {
      const phone = '13912345671';
      expect((await gql(app, REQUEST_CODE, { phone }, token)).errors).toBeUndefined();
      for (let i = 0; i < 5; i += 1) {
        expect(codeOf(await gql(app, VERIFY, { phone, code: '000000' }, token))).toBe(
          'SMS_CODE_INVALID',
        );
      }
      expect(codeOf(await gql(app, VERIFY, { phone, code: '246810' }, token))).toBe(
        'SMS_CODE_INVALID',
      );
    });

    it("does not accept a code sent to another account's request", async () => {
      const phone = '13912345672';
      expect((await gql(app, REQUEST_CODE, { phone }, token)).errors).toBeUndefined();
      const a = await demoToken(app, 'CITIZEN_A');
      expect(codeOf(await gql(app, VERIFY, { phone, code: '246810' }, a))).toBe('SMS_CODE_INVALID');
    });

    it('sends one code a minute per phone', async () => {
      const phone = '13912345673';
      expect((await gql(app, REQUEST_CODE, { phone }, token)).errors).toBeUndefined();
      const again = await gql(app, REQUEST_CODE, { phone }, token);
      expect(codeOf(again)).toBe('RATE_LIMITED');
      expect(again.errors?.[0]?.message).toBe('验证码发送过于频繁，请稍后再试');
      expect(again.errors?.[0]?.extensions?.retryAfterSeconds).toEqual(expect.any(Number));
    });
  });
});
