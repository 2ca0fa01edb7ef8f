import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import {
  FAMILY_LINK_STATUS_LABELS,
  FAMILY_RELATIONS,
  FAMILY_RELATION_LABELS,
  type FamilyLinkStatus,
  type FamilyRelation,
} from '@shizhong/domain';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { useSession } from '@/auth';
import { confirmDanger } from '@/common/confirm';
import { switchTab } from '@/common/navigation';
import { PageShell } from '@/components/page-shell';
import { StateView } from '@/components/state-view';
import type { FamilyMemberFieldsFragment } from '@/gql/graphql';
import { a11y, type A11yProps } from '@/utils/a11y';
import {
  AddFamilyMemberMutation,
  FamilyMembersQuery,
  RemoveFamilyMemberMutation,
} from '../../account.graphql';
import { ACCOUNT_PATHS } from '../../account-paths';
import { FormField } from '../../components/form-field';
import {
  checkIdNumber,
  checkName,
  checkOptionalPhone,
  fieldErrorsFromServer,
  onlyErrors,
  type FieldErrors,
} from '../../field-errors';
import { runMutation } from '../../run-mutation';
import { accountStrings as a } from '../../strings';
import { familyStrings as s } from './strings';
import '../../account.scss';
import './index.scss';

type Member = FamilyMemberFieldsFragment;
function busyProps(busy: boolean): { disabled?: true } {
  return busy ? { disabled: true } : {};
}

/** A choice chip as a radio button for screen readers (H5: focusable, Enter/Space choose it). */
function radioProps(selected: boolean, choose: () => void): A11yProps {
  if (process.env.TARO_ENV !== 'h5') return { ariaRole: 'radio', ariaChecked: String(selected) };
  return {
    role: 'radio',
    'aria-checked': selected ? 'true' : 'false',
    tabIndex: 0,
    onKeyDown: (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault?.();
        choose();
      }
    },
  };
}

function RelationPicker({
  value,
  onChange,
  error,
}: {
  value: FamilyRelation | null;
  onChange: (relation: FamilyRelation) => void;
  error?: string;
}) {
  return (
    <View className="account-field">
      <Text className="account-field__label" id="family-relation-label">
        {s.relationLabel}
      </Text>
      <View
        className="relation-picker"
        {...(process.env.TARO_ENV === 'h5'
          ? { role: 'radiogroup', 'aria-labelledby': 'family-relation-label' }
          : {})}
        data-testid="relation-picker"
      >
        {FAMILY_RELATIONS.map((relation) => {
          const selected = relation === value;
          const choose = () => onChange(relation);
          return (
            <View
              key={relation}
              className={`relation-option${selected ? ' relation-option--selected' : ''}`}
              data-testid="relation-option"
              data-relation={relation}
              onClick={choose}
              {...radioProps(selected, choose)}
            >
              <Text>{FAMILY_RELATION_LABELS[relation]}</Text>
            </View>
          );
        })}
      </View>
      {error && (
        <Text
          className="account-field__error"
          data-testid="relation-error"
          {...a11y({ role: 'status' })}
        >
          {error}
        </Text>
      )}
    </View>
  );
}

function AddMemberForm({ onAdded, onCancel }: { onAdded: () => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [phone, setPhone] = useState('');
  const [relation, setRelation] = useState<FamilyRelation | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [needsRealName, setNeedsRealName] = useState(false);

  const clear = (field: keyof FieldErrors) =>
    setErrors((e) => ({ ...e, [field]: undefined, form: undefined }));

  const submit = async () => {
    if (busy) return;
    const local = onlyErrors({
      name: checkName(name),
      idNumber: checkIdNumber(idNumber),
      phone: checkOptionalPhone(phone),
      relation: relation ? undefined : s.relationRequired,
    });
    if (local || !relation) {
      setErrors(local ?? {});
      return;
    }
    setBusy(true);
    setErrors({});
    const result = await runMutation(AddFamilyMemberMutation, {
      input: {
        name: name.trim(),
        idNumber: idNumber.trim(),
        relation,
        ...(phone.trim() ? { phone: phone.trim() } : {}),
      },
    });
    setBusy(false);
    if (!result.ok) {
      setNeedsRealName(result.error.code === 'REAL_NAME_REQUIRED');
      setErrors(fieldErrorsFromServer(result.error));
      return;
    }
    void Taro.showToast({ title: s.added, icon: 'none' });
    onAdded();
  };

  return (
    <View className="card" data-testid="family-form">
      <Text className="account-card-title" {...a11y({ role: 'heading', level: 2 })}>
        {s.addTitle}
      </Text>
      <FormField
        testId="family-name"
        label={a.nameLabel}
        placeholder={a.namePlaceholder}
        value={name}
        maxlength={40}
        onChange={(value) => {
          setName(value);
          clear('name');
        }}
        error={errors.name}
      />
      <FormField
        testId="family-id"
        label={a.idNumberLabel}
        placeholder={a.idNumberPlaceholder}
        type="idcard"
        value={idNumber}
        maxlength={22}
        onChange={(value) => {
          setIdNumber(value);
          clear('idNumber');
        }}
        error={errors.idNumber}
      />
      <FormField
        testId="family-phone"
        label={a.phoneLabel}
        note={a.optional}
        placeholder={a.phonePlaceholder}
        type="number"
        value={phone}
        maxlength={11}
        onChange={(value) => {
          setPhone(value);
          clear('phone');
        }}
        error={errors.phone}
      />
      <RelationPicker
        value={relation}
        onChange={(next) => {
          setRelation(next);
          clear('relation');
        }}
        error={errors.relation}
      />
      {errors.form && (
        <Text
          className="account-form-error"
          data-testid="family-form-error"
          {...a11y({ role: 'status' })}
        >
          {errors.form}
        </Text>
      )}
      {needsRealName && (
        <Button
          className="account-button account-button--secondary"
          data-testid="family-to-real-name"
          onClick={() => void Taro.navigateTo({ url: ACCOUNT_PATHS.realName })}
        >
          {s.toRealName}
        </Button>
      )}
      <Button
        className="account-button account-button--primary"
        data-testid="family-save"
        {...busyProps(busy)}
        onClick={() => void submit()}
      >
        {busy ? a.saving : s.save}
      </Button>
      <Button
        className="account-button account-button--secondary"
        data-testid="family-cancel"
        onClick={onCancel}
      >
        {s.cancel}
      </Button>
    </View>
  );
}

/** How each status looks: waiting, in force, or ended by the member. */
const STATUS_TONE: Record<FamilyLinkStatus, 'pending' | 'active' | 'ended'> = {
  PENDING: 'pending',
  CONFIRMED: 'active',
  NO_ACCOUNT: 'active',
  DECLINED: 'ended',
  REVOKED: 'ended',
};

function MemberRow({ member, onRemoved }: { member: Member; onRemoved: () => void }) {
  const relation = FAMILY_RELATION_LABELS[member.relation];
  const status = FAMILY_LINK_STATUS_LABELS[member.linkStatus];
  const statusHint = s.statusHint[member.linkStatus];
  const remove = async () => {
    const confirmed = await confirmDanger({
      title: s.removeTitle,
      content: s.removeContent(member.maskedName),
      confirmText: s.removeConfirm,
      cancelText: s.cancel,
    });
    if (!confirmed) return;
    const result = await runMutation(RemoveFamilyMemberMutation, { id: member.id });
    if (!result.ok) {
      void Taro.showToast({ title: result.error.message, icon: 'none', duration: 3000 });
      return;
    }
    void Taro.showToast({ title: s.removed, icon: 'none' });
    onRemoved();
  };
  return (
    <View
      className="family-member"
      data-testid="family-member"
      data-relation={member.relation}
      {...a11y({ role: 'listitem' })}
    >
      <View className="family-member__head">
        <Text className="family-member__name" data-testid="family-member-name">
          {member.maskedName}
        </Text>
        <Text className="family-member__relation" data-testid="family-member-relation">
          {relation}
        </Text>
        <Text
          className={`family-member__status family-member__status--${STATUS_TONE[member.linkStatus]}`}
          data-testid="family-member-status"
          data-status={member.linkStatus}
        >
          {status}
        </Text>
      </View>
      {statusHint && (
        <Text className="family-member__hint" data-testid="family-member-hint">
          {statusHint}
        </Text>
      )}
      <View className="account-fact">
        <Text className="account-fact__label">{s.idNumber}</Text>
        <Text className="account-fact__value" data-testid="family-member-id">
          {member.maskedIdNumber}
        </Text>
      </View>
      <View className="account-fact">
        <Text className="account-fact__label">{s.age}</Text>
        <Text className="account-fact__value">{s.ageValue(member.age)}</Text>
      </View>
      {member.maskedPhone && (
        <View className="account-fact">
          <Text className="account-fact__label">{s.phone}</Text>
          <Text className="account-fact__value">{member.maskedPhone}</Text>
        </View>
      )}
      <Button
        className="account-button account-button--danger"
        data-testid="family-member-remove"
        onClick={() => void remove()}
        {...a11y({ label: s.removeLabel(member.maskedName) })}
      >
        {s.remove}
      </Button>
    </View>
  );
}

/** 家人代办: the family members the citizen acts for (masked), add and remove. */
function FamilyPage() {
  const session = useSession();
  const query = useGraphqlQuery(FamilyMembersQuery, {}, { pause: !session });
  const [adding, setAdding] = useState(false);
  const members = query.data?.familyMembers ?? [];
  // Members confirm or revoke in their own app: ask the BFF again whenever the page is shown.
  useDidShow(() => {
    if (session) query.reload();
  });

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
  } else if (query.loading && !query.data) {
    body = <StateView kind="loading" message={a.loading} />;
  } else if (query.error && !query.data) {
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
        <View className="section">
          <Text className="account-card-title" {...a11y({ role: 'heading', level: 2 })}>
            {s.listTitle}
          </Text>
          {members.length === 0 ? (
            <View className="card" data-testid="family-empty">
              <Text className="family-empty__title">{s.emptyTitle}</Text>
              <Text className="account-intro">{s.emptyText}</Text>
            </View>
          ) : (
            <View className="card family-list" {...a11y({ role: 'list' })}>
              {members.map((member) => (
                <MemberRow key={member.id} member={member} onRemoved={query.reload} />
              ))}
            </View>
          )}
        </View>
        <View className="section">
          {adding ? (
            <AddMemberForm
              onAdded={() => {
                setAdding(false);
                query.reload();
              }}
              onCancel={() => setAdding(false)}
            />
          ) : (
            <Button
              className="account-button account-button--primary"
              data-testid="family-add"
              onClick={() => setAdding(true)}
            >
              {s.add}
            </Button>
          )}
        </View>
      </>
    );
  }

  return (
    <PageShell className="family">
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

export default FamilyPage;
