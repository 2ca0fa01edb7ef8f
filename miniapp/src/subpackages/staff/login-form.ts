import type { UserFacingError } from '@/api/errors';
import { staffStrings as s } from './strings';

export type StaffLoginErrors = Partial<Record<'username' | 'password' | 'form', string>>;

/** On-device checks before anything is sent: both fields are needed. Null when fine. */
export function checkStaffLogin(username: string, password: string): StaffLoginErrors | null {
  const errors: StaffLoginErrors = {};
  if (username.trim() === '') errors.username = s.usernameEmpty;
  if (password === '') errors.password = s.passwordEmpty;
  return Object.keys(errors).length > 0 ? errors : null;
}

/**
 * The server's answer goes under the form, as the server words it: 用户名或密码不正确 (never which
 * of the two), the lockout with its minutes, a disabled account, too many attempts, no network.
 */
export function staffLoginErrorFromServer(error: UserFacingError): StaffLoginErrors {
  return { form: error.message };
}
