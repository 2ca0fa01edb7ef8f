import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ADDRESS_MESSAGES, validateAddressDetail, validateAddressRegion } from '@shizhong/domain';
import { confirmDanger } from '@/common/confirm';
import type { PostalAddressFieldsFragment } from '@/gql/graphql';
import { a11y } from '@/utils/a11y';
import { ClearAddressMutation, SetAddressMutation } from '../../address.graphql';
import { FormField } from '../../components/form-field';
import { runMutation } from '../../run-mutation';
import { accountStrings as a } from '../../strings';
import { realNameStrings as s } from './strings';

type Address = PostalAddressFieldsFragment;
type AddressErrors = Partial<Record<'region' | 'detail' | 'form', string>>;
function busyProps(busy: boolean): { disabled?: true } {
  return busy ? { disabled: true } : {};
}

/** The same rules as the BFF (`@shizhong/domain`), so a mistake shows under its field at once. */
function checkAddress(region: string, detail: string): AddressErrors | null {
  const regionResult = validateAddressRegion(region);
  const detailResult = validateAddressDetail(detail);
  const errors: AddressErrors = {};
  if (!regionResult.ok) errors.region = ADDRESS_MESSAGES[regionResult.reason];
  if (!detailResult.ok) errors.detail = ADDRESS_MESSAGES[detailResult.reason];
  return errors.region || errors.detail ? errors : null;
}

function AddressForm({
  initialRegion,
  onSaved,
  onCancel,
}: {
  initialRegion: string;
  onSaved: (address: Address | null) => void;
  onCancel?: () => void;
}) {
  const [region, setRegion] = useState(initialRegion);
  const [detail, setDetail] = useState('');
  const [errors, setErrors] = useState<AddressErrors>({});
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (busy) return;
    const local = checkAddress(region, detail);
    if (local) {
      setErrors(local);
      return;
    }
    setBusy(true);
    setErrors({});
    const result = await runMutation(SetAddressMutation, { input: { region, detail } });
    setBusy(false);
    if (!result.ok) {
      setErrors({ form: result.error.message });
      return;
    }
    void Taro.showToast({ title: s.addressSaved, icon: 'none' });
    onSaved(result.data.setAddress.address ?? null);
  };

  return (
    <View data-testid="address-form">
      <FormField
        testId="address-region"
        label={s.regionLabel}
        placeholder={s.regionPlaceholder}
        value={region}
        maxlength={30}
        onChange={(value) => {
          setRegion(value);
          setErrors((e) => ({ ...e, region: undefined, form: undefined }));
        }}
        error={errors.region}
      />
      <FormField
        testId="address-detail"
        label={s.detailLabel}
        placeholder={s.detailPlaceholder}
        value={detail}
        maxlength={100}
        onChange={(value) => {
          setDetail(value);
          setErrors((e) => ({ ...e, detail: undefined, form: undefined }));
        }}
        error={errors.detail}
      />
      {errors.form && (
        <Text
          className="account-form-error"
          data-testid="address-form-error"
          {...a11y({ role: 'status' })}
        >
          {errors.form}
        </Text>
      )}
      <Button
        className="account-button account-button--primary"
        data-testid="address-save"
        {...busyProps(busy)}
        onClick={() => void save()}
      >
        {busy ? a.saving : s.addressSave}
      </Button>
      {onCancel && (
        <Button
          className="account-button account-button--secondary"
          data-testid="address-cancel"
          onClick={onCancel}
        >
          {s.addressCancel}
        </Button>
      )}
    </View>
  );
}

/** 收件地址 (政务专递) on the 实名信息 page: masked when stored; add, change, remove. */
export function AddressCard({ initial }: { initial: Address | null }) {
  const [address, setAddress] = useState<Address | null>(initial);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);

  const remove = async () => {
    if (busy) return;
    const confirmed = await confirmDanger({
      title: s.addressRemoveTitle,
      content: s.addressRemoveContent,
      confirmText: s.addressRemoveConfirm,
      cancelText: s.addressCancel,
    });
    if (!confirmed) return;
    setBusy(true);
    const result = await runMutation(ClearAddressMutation, {});
    setBusy(false);
    if (!result.ok) {
      void Taro.showToast({ title: result.error.message, icon: 'none', duration: 3000 });
      return;
    }
    setAddress(null);
    void Taro.showToast({ title: s.addressRemoved, icon: 'none' });
  };

  let body;
  if (editing) {
    body = (
      <AddressForm
        initialRegion={address?.region ?? s.defaultRegion}
        onSaved={(next) => {
          setAddress(next);
          setEditing(false);
        }}
        onCancel={() => setEditing(false)}
      />
    );
  } else if (address) {
    body = (
      <View data-testid="address-stored">
        <View className="account-fact">
          <Text className="account-fact__label">{s.addressLabel}</Text>
          <Text className="account-fact__value address-card__value" data-testid="masked-address">
            {address.masked}
          </Text>
        </View>
        <Button
          className="account-button account-button--secondary"
          data-testid="address-change"
          onClick={() => setEditing(true)}
        >
          {s.addressChange}
        </Button>
        <Button
          className="account-button account-button--danger"
          data-testid="address-remove"
          {...busyProps(busy)}
          onClick={() => void remove()}
        >
          {s.addressRemove}
        </Button>
      </View>
    );
  } else {
    body = (
      <View data-testid="address-none">
        <Text className="account-fact__label">{s.addressNone}</Text>
        <Button
          className="account-button account-button--primary"
          data-testid="address-add"
          onClick={() => setEditing(true)}
        >
          {s.addressAdd}
        </Button>
      </View>
    );
  }

  return (
    <View className="card" data-testid="address-card">
      <Text className="account-card-title" {...a11y({ role: 'heading', level: 2 })}>
        {s.addressTitle}
      </Text>
      <Text className="account-intro address-card__intro">{s.addressIntro}</Text>
      {body}
    </View>
  );
}
