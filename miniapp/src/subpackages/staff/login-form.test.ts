import { checkStaffLogin, staffLoginErrorFromServer } from './login-form';

describe('staff login form', () => {
  it('asks for both fields before sending anything', () => {
    expect(checkStaffLogin('', '')).toEqual({ username: '请输入用户名', password: '请输入密码' });
    expect(checkStaffLogin('   ', 'pw')).toEqual({ username: '请输入用户名' });
    expect(checkStaffLogin('zhang.min', '')).toEqual({ password: '请输入密码' });
    expect(checkStaffLogin('zhang.min', ' ')).toBeNull();
  });

  it("shows the server's message under the form, never under one field", () => {
    expect(
      staffLoginErrorFromServer({
        kind: 'graphql',
        message: '用户名或密码不正确',
        code: 'STAFF_LOGIN_FAILED',
      }),
    ).toEqual({ form: '用户名或密码不正确' });
  });
});
