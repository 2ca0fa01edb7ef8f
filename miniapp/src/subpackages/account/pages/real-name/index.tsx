import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { getAuthService, useSession } from '@/auth';
import { switchTab } from '@/common/navigation';
import { PageShell } from '@/components/page-shell';
import { StateView } from '@/components/state-view';
import type { AccountProfileFieldsFragment } from '@/gql/graphql';
import { useCareMode } from '@/theme/care-mode';
import { a11y } from '@/utils/a11y';
import {
  AccountProfileQuery,
  RequestPhoneCodeMutation,
  SubmitRealNameMutation,
  VerifyPhoneMutation,
} from '../../account.graphql';
import { FormField } from '../../components/form-field';
import {
  checkIdNumber,
  checkName,
  checkPhone,
  checkSmsCode,
  fieldErrorsFromServer,
  onlyErrors,
  type FieldErrors,
} from '../../field-errors';
import { runMutation } from '../../run-mutation';
import { accountStrings as a } from '../../strings';
import { AddressCard } from './address-card';
import { realNameStrings as s } from './strings';
import '../../account.scss';
import './index.scss';

/** Seconds before another SMS code may be asked for (the BFF allows one a minute per phone). */
export const SMS_RESEND_SECONDS = 60;

type Profile = AccountProfileFieldsFragment;

function busyProps(busy: boolean): { disabled?: true } {
  return busy ? { disabled: true } : {};
}

function RealNameForm({ onDone }: { onDone: (profile: Profile) => void }) {
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    const local = onlyErrors({ name: checkName(name), idNumber: checkIdNumber(idNumber) });
    if (local) {
      setErrors(local);
      return;
    }
    setBusy(true);
    setErrors({});
    const result = await runMutation(SubmitRealNameMutation, {
      input: { name: name.trim(), idNumber: idNumber.trim() },
    });
    setBusy(false);
    if (!result.ok) {
      setErrors(fieldErrorsFromServer(result.error));
      return;
    }
    const profile = result.data.submitRealName.profile;
    if (profile) onDone(profile);
  };

  return (
    <View className="card" data-testid="real-name-form">
      <Text className="account-card-title" {...a11y({ role: 'heading', level: 2 })}>
        {s.formTitle}
      </Text>
      <FormField
        testId="real-name-name"
        label={a.nameLabel}
        placeholder={a.namePlaceholder}
        value={name}
        maxlength={40}
        onChange={(value) => {
          setName(value);
          setErrors((e) => ({ ...e, name: undefined, form: undefined }));
        }}
        error={errors.name}
      />
      <FormField
        testId="real-name-id"
        label={a.idNumberLabel}
        placeholder={a.idNumberPlaceholder}
        type="idcard"
        value={idNumber}
        maxlength={22}
        onChange={(value) => {
          setIdNumber(value);
          setErrors((e) => ({ ...e, idNumber: undefined, form: undefined }));
        }}
        error={errors.idNumber}
      />
      {errors.form && (
        <Text
          className="account-form-error"
          data-testid="real-name-form-error"
          {...a11y({ role: 'status' })}
        >
          {errors.form}
        </Text>
      )}
      <Button
        className="account-button account-button--primary"
        data-testid="real-name-submit"
        {...busyProps(busy)}
        onClick={() => void submit()}
      >
        {busy ? a.saving : s.submit}
      </Button>
    </View>
  );
}

function ProfileCard({ profile, onEdit }: { profile: Profile; onEdit: () => void }) {
  return (
    <View className="card" data-testid="real-name-done">
      <Text className="account-card-title" {...a11y({ role: 'heading', level: 2 })}>
        {s.doneTitle}
      </Text>
      <View className="account-facts">
        <View className="account-fact">
          <Text className="account-fact__label">{s.maskedName}</Text>
          <Text className="account-fact__value" data-testid="masked-name">
            {profile.maskedName}
          </Text>
        </View>
        <View className="account-fact">
          <Text className="account-fact__label">{s.maskedIdNumber}</Text>
          <Text className="account-fact__value" data-testid="masked-id-number">
            {profile.maskedIdNumber}
          </Text>
        </View>
        <View className="account-fact">
          <Text className="account-fact__label">{s.age}</Text>
          <Text className="account-fact__value">{s.ageValue(profile.age)}</Text>
        </View>
      </View>
      <Button
        className="account-button account-button--secondary"
        data-testid="real-name-edit"
        onClick={onEdit}
      >
        {s.edit}
      </Button>
    </View>
  );
}

function useCountdown(): [number, () => void] {
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (left <= 0) return undefined;
    const timer = setTimeout(() => setLeft((n) => n - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  return [left, () => setLeft(SMS_RESEND_SECONDS)];
}

function PhoneForm({ onDone }: { onDone: (profile: Profile) => void }) {
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sending, setSending] = useState(false);
  const [verifying, setVerifying] = useState(false);
  const [sent, setSent] = useState(false);
  const [left, startCountdown] = useCountdown();

  const requestCode = async () => {
    if (sending || left > 0) return;
    const phoneError = checkPhone(phone);
    if (phoneError) {
      setErrors({ phone: phoneError });
      return;
    }
    setSending(true);
    setErrors({});
    const result = await runMutation(RequestPhoneCodeMutation, { phone: phone.trim() });
    setSending(false);
    if (!result.ok) {
      setErrors(fieldErrorsFromServer(result.error, 'phone'));
      return;
    }
    setSent(true);
    startCountdown();
    void Taro.showToast({ title: s.codeSent, icon: 'none' });
  };

  const verify = async () => {
    if (verifying) return;
    const local = onlyErrors({ phone: checkPhone(phone), code: checkSmsCode(code) });
    if (local) {
      setErrors(local);
      return;
    }
    setVerifying(true);
    setErrors({});
    const result = await runMutation(VerifyPhoneMutation, {
      phone: phone.trim(),
      code: code.trim(),
    });
    setVerifying(false);
    if (!result.ok) {
      setErrors(fieldErrorsFromServer(result.error));
      return;
    }
    const profile = result.data.verifyPhone.profile;
    if (profile) onDone(profile);
  };

  return (
    <View data-testid="phone-form">
      <Text className="account-intro">{s.phoneIntro}</Text>
      <View className="phone-row">
        <View className="phone-row__field">
          <FormField
            testId="phone"
            label={a.phoneLabel}
            placeholder={a.phonePlaceholder}
            type="number"
            value={phone}
            maxlength={11}
            onChange={(value) => {
              setPhone(value);
              setErrors((e) => ({ ...e, phone: undefined, form: undefined }));
            }}
            error={errors.phone}
          />
        </View>
        <Button
          className="account-button account-button--secondary phone-row__send"
          data-testid="request-code"
          {...busyProps(sending || left > 0)}
          onClick={() => void requestCode()}
          {...a11y({ label: left > 0 ? s.countdown(left) : s.getCodeLabel })}
        >
          {left > 0 ? s.countdown(left) : s.getCode}
        </Button>
      </View>
      {sent && (
        <FormField
          testId="sms-code"
          label={s.codeLabel}
          placeholder={s.codePlaceholder}
          type="number"
          value={code}
          maxlength={6}
          onChange={(value) => {
            setCode(value);
            setErrors((e) => ({ ...e, code: undefined, form: undefined }));
          }}
          error={errors.code}
        />
      )}
      {errors.form && (
        <Text
          className="account-form-error"
          data-testid="phone-form-error"
          {...a11y({ role: 'status' })}
        >
          {errors.form}
        </Text>
      )}
      {sent && (
        <Button
          className="account-button account-button--primary"
          data-testid="verify-phone"
          {...busyProps(verifying)}
          onClick={() => void verify()}
        >
          {verifying ? a.saving : s.verify}
        </Button>
      )}
    </View>
  );
}

function PhoneCard({ profile, onDone }: { profile: Profile; onDone: (p: Profile) => void }) {
  const [changing, setChanging] = useState(false);
  const verified = profile.phoneVerified && profile.maskedPhone;
  return (
    <View className="card" data-testid="phone-card">
      <Text className="account-card-title" {...a11y({ role: 'heading', level: 2 })}>
        {s.phoneTitle}
      </Text>
      {verified && !changing ? (
        <View data-testid="phone-verified">
          <View className="account-fact">
            <Text className="account-fact__label">{s.phoneVerified}</Text>
            <Text className="account-fact__value" data-testid="masked-phone">
              {profile.maskedPhone}
            </Text>
          </View>
          <Button
            className="account-button account-button--secondary"
            data-testid="change-phone"
            onClick={() => setChanging(true)}
          >
            {s.changePhone}
          </Button>
        </View>
      ) : (
        <PhoneForm
          onDone={(next) => {
            setChanging(false);
            onDone(next);
          }}
        />
      )}
    </View>
  );
}

function CareSuggestion() {
  const [careMode] = useCareMode();
  if (careMode) return null;
  const enable = () => {
    getAuthService().setCareMode(true);
    void Taro.showToast({ title: s.careEnabled, icon: 'none' });
  };
  return (
    <View className="card" data-testid="care-suggestion">
      <Text className="account-card-title" {...a11y({ role: 'heading', level: 2 })}>
        {s.careTitle}
      </Text>
      <Text className="account-notice">{s.careSuggestion}</Text>
      <Text className="account-intro">{s.careHint}</Text>
      <Button
        className="account-button account-button--primary"
        data-testid="care-suggestion-enable"
        onClick={enable}
      >
        {s.careEnable}
      </Button>
    </View>
  );
}

/** 实名信息: name + ID number (GB 11643, checked here and by the BFF), then the phone by SMS. */
function RealNamePage() {
  const session = useSession();
  const query = useGraphqlQuery(AccountProfileQuery, {}, { pause: !session });
  const [saved, setSaved] = useState<Profile | null>(null);
  const [editing, setEditing] = useState(false);
  const profile = saved ?? query.data?.me?.profile ?? null;

  const done = (next: Profile) => {
    setSaved(next);
    setEditing(false);
  };

  let body;
  if (!session) {
    body = (
      <StateView
        kind="empty"
        message={a.loginFirst}
        actionText={a.toLogin}
        onAction={() => switchTab('me')}
      />
    );
  } else if (query.loading && !profile) {
    body = <StateView kind="loading" message={a.loading} />;
  } else if (query.error && !profile) {
    body = (
      <StateView
        kind="error"
        message={query.error.message}
        actionText={a.retry}
        onAction={query.reload}
      />
    );
  } else {
    body = (
      <>
        {profile?.suggestCareMode && (
          <View className="section">
            <CareSuggestion />
          </View>
        )}
        <View className="section">
          {profile && !editing ? (
            <ProfileCard profile={profile} onEdit={() => setEditing(true)} />
          ) : (
            <RealNameForm onDone={done} />
          )}
        </View>
        {profile && (
          <View className="section">
            <PhoneCard profile={profile} onDone={done} />
          </View>
        )}
        {profile && (
          <View className="section">
            <AddressCard initial={query.data?.me?.address ?? null} />
          </View>
        )}
      </>
    );
  }

  return (
    <PageShell className="real-name">
      <View className="section">
        <Text className="account-title" {...a11y({ role: 'heading', level: 1 })}>
          {s.title}
        </Text>
        <Text className="account-intro">{s.intro}</Text>
      </View>
      {body}
    </PageShell>
  );
}

export default RealNamePage;
