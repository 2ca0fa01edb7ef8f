import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { getAuthService, useSession } from '@/auth';
import { PageShell } from '@/components/page-shell';
import { FormField } from '@/subpackages/account/components/form-field';
import { a11y } from '@/utils/a11y';
import {
  checkStaffLogin,
  staffLoginErrorFromServer,
  type StaffLoginErrors,
} from '../../login-form';
import { STAFF_PATHS } from '../../staff-paths';
import { staffStrings as s } from '../../strings';
import '../../staff.scss';
import './index.scss';

/**
 * Taro H5 styles `taro-button-core[disabled]` as faded even for `disabled={false}`, so pass it
 * only while it applies.
 */
function busyProps(busy: boolean): { disabled?: true } {
  return busy ? { disabled: true } : {};
}

/** 工作人员登录: username and password; the server's Chinese message under the form. */
function StaffLoginPage() {
  const session = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<StaffLoginErrors>({});
  const [busy, setBusy] = useState(false);

  // Already signed in as staff (e.g. opened again from 我的): straight to the staff home.
  const staffSignedIn = session !== null && session.user.role !== 'CITIZEN';
  useEffect(() => {
    if (staffSignedIn && !busy) void Taro.redirectTo({ url: STAFF_PATHS.home });
  }, [staffSignedIn, busy]);

  const submit = async () => {
    if (busy) return;
    const local = checkStaffLogin(username, password);
    if (local) {
      setErrors(local);
      return;
    }
    setBusy(true);
    setErrors({});
    const result = await getAuthService().staffLogin(username.trim(), password);
    if (!result.ok) {
      setBusy(false);
      setErrors(staffLoginErrorFromServer(result.error));
      // A wrong password is typed again from scratch.
      setPassword('');
      return;
    }
    await Taro.redirectTo({ url: STAFF_PATHS.home });
  };

  return (
    <PageShell className="staff-page staff-login">
      <View className="section">
        <View className="card staff-card" data-testid="staff-login-form">
          <Text className="staff-title" {...a11y({ role: 'heading', level: 1 })}>
            {s.loginTitle}
          </Text>
          <Text className="staff-intro">{s.loginIntro}</Text>
          {session?.user.role === 'CITIZEN' && (
            <Text className="staff-notice" data-testid="staff-login-citizen-note">
              {s.citizenSignedIn}
            </Text>
          )}
          <FormField
            testId="staff-username"
            label={s.usernameLabel}
            placeholder={s.usernamePlaceholder}
            value={username}
            maxlength={32}
            onChange={(value) => {
              setUsername(value);
              setErrors((e) => ({ ...e, username: undefined, form: undefined }));
            }}
            error={errors.username}
          />
          <FormField
            testId="staff-password"
            label={s.passwordLabel}
            placeholder={s.passwordPlaceholder}
            password
            value={password}
            maxlength={128}
            onChange={(value) => {
              setPassword(value);
              setErrors((e) => ({ ...e, password: undefined }));
            }}
            onConfirm={() => void submit()}
            error={errors.password}
          />
          {errors.form && (
            <Text
              className="staff-form-error"
              data-testid="staff-login-error"
              {...a11y({ role: 'status' })}
            >
              {errors.form}
            </Text>
          )}
          <Button
            className="staff-button staff-button--primary"
            data-testid="staff-login-submit"
            {...busyProps(busy)}
            onClick={() => void submit()}
          >
            {busy ? s.submitting : s.submit}
          </Button>
          <Text className="staff-intro staff-login__help">{s.helpHint}</Text>
        </View>
      </View>
    </PageShell>
  );
}

export default StaffLoginPage;
