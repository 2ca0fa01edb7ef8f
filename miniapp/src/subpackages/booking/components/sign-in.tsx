import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { getAuthService } from '@/auth';
import type { DemoPersona } from '@/gql/graphql';
import { a11y } from '@/utils/a11y';
import { bookingStrings as s } from '../strings';
import { ActionButton } from './action-button';

const IS_WEAPP = process.env.TARO_ENV === 'weapp';

/**
 * Login inside the flow, so the choices made so far stay: WeChat login in the mini-program; in
 * H5 the clearly marked demo accounts (the BFF refuses them in production, and says so).
 */
export function SignIn() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const login = async (persona?: DemoPersona) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await getAuthService().login(persona);
    setBusy(false);
    if (!result.ok) setError(result.error.message);
  };
  return (
    <View className="card bk-signin" data-testid="booking-sign-in">
      <Text className="bk-intro">{s.loginFirst}</Text>
      {IS_WEAPP ? (
        <ActionButton
          disabled={busy}
          text={busy ? s.loggingIn : s.wechatLogin}
          onTap={() => void login()}
        />
      ) : (
        <>
          <Text className="bk-note">{s.demoHint}</Text>
          {(
            [
              ['CITIZEN_A', s.demoA],
              ['CITIZEN_B', s.demoB],
            ] as const
          ).map(([persona, name]) => (
            <ActionButton
              key={persona}
              testId={`booking-demo-login-${persona === 'CITIZEN_A' ? 'a' : 'b'}`}
              disabled={busy}
              text={name}
              label={s.demoLabel(name)}
              onTap={() => void login(persona)}
            />
          ))}
        </>
      )}
      {error && (
        <Text className="bk-notice bk-notice--error" {...a11y({ role: 'status' })}>
          {error}
        </Text>
      )}
    </View>
  );
}
