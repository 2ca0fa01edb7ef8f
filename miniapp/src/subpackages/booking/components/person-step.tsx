import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import {
  FAMILY_LINK_STATUS_LABELS,
  FAMILY_RELATION_LABELS,
  type FamilyRelation,
} from '@shizhong/domain';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { useSession } from '@/auth';
import { StateView } from '@/components/state-view';
import { a11y } from '@/utils/a11y';
import { ACCOUNT_PATHS } from '@/subpackages/account/account-paths';
import { BookingPeopleQuery } from '../calendar.graphql';
import { bookingStrings as s } from '../strings';
import { Choice, visualOnly } from './choice';
import { SignIn } from './sign-in';
import { ActionButton } from './action-button';

export type Person =
  | { kind: 'SELF'; maskedName: string }
  | { kind: 'FAMILY'; id: string; maskedName: string; relation: FamilyRelation };

export function personKey(person: Person): string {
  return person.kind === 'SELF' ? 'self' : person.id;
}

export function personText(person: Person): string {
  return person.kind === 'SELF'
    ? s.myselfLabel(person.maskedName)
    : s.forFamily(person.maskedName, FAMILY_RELATION_LABELS[person.relation]);
}

/**
 * Step 4: for whom. Oneself (after real-name) or a family member the citizen may act for; the
 * others are shown but cannot be chosen, with the reason (待对方确认, 对方已撤销, …).
 */
export function PersonStep({
  selected,
  onChoose,
}: {
  selected: Person | null;
  onChoose: (person: Person) => void;
}) {
  const session = useSession();
  const signedIn = session !== null && session.user.role === 'CITIZEN';
  const query = useGraphqlQuery(BookingPeopleQuery, {}, { pause: !signedIn, fresh: true });
  // Back from 实名信息 or 家人代办: ask again.
  useDidShow(() => {
    if (signedIn) query.reload();
  });

  if (!signedIn) {
    return (
      <View className="section">
        <SignIn />
      </View>
    );
  }
  if (query.loading && !query.data) return <StateView kind="loading" message={s.loading} />;
  if (query.error && !query.data) {
    return (
      <StateView
        kind="error"
        message={query.error.message}
        actionText={s.retry}
        onAction={query.reload}
      />
    );
  }
  const profile = query.data?.me?.profile ?? null;
  const members = query.data?.familyMembers ?? [];
  const chosen = selected ? personKey(selected) : null;

  return (
    <View className="section" data-testid="booking-people">
      <Text className="bk-intro">{s.personIntro}</Text>
      <View className="bk-list">
        {profile ? (
          <Choice
            testId="booking-person"
            data={{ person: 'self' }}
            className={`bk-row${chosen === 'self' ? ' bk-row--selected' : ''}`}
            label={s.myselfLabel(profile.maskedName)}
            onTap={() => onChoose({ kind: 'SELF', maskedName: profile.maskedName })}
          >
            <View className="bk-row__main">
              <Text className="bk-row__title" {...visualOnly}>
                {s.myself}
              </Text>
              <Text className="bk-row__sub" {...visualOnly}>
                {profile.maskedName}
              </Text>
            </View>
          </Choice>
        ) : (
          <View className="card bk-realname" data-testid="booking-need-real-name">
            <Text className="bk-intro">{s.needRealName}</Text>
            <ActionButton
              testId="booking-to-real-name"
              text={s.toRealName}
              onTap={() => void Taro.navigateTo({ url: ACCOUNT_PATHS.realName })}
            />
          </View>
        )}
      </View>
      <Text className="bk-subtitle" {...a11y({ role: 'heading', level: 2 })}>
        {s.familyTitle}
      </Text>
      {members.length === 0 && <Text className="bk-note">{s.noFamily}</Text>}
      <View className="bk-list">
        {members.map((member) => {
          const relation = FAMILY_RELATION_LABELS[member.relation];
          const reason = member.canActFor
            ? ''
            : s.familyDisabled(FAMILY_LINK_STATUS_LABELS[member.linkStatus]);
          return (
            <Choice
              key={member.id}
              testId="booking-person"
              data={{ person: member.id, status: member.linkStatus }}
              className={`bk-row${chosen === member.id ? ' bk-row--selected' : ''}`}
              disabled={!member.canActFor}
              label={[member.maskedName, relation, reason].filter(Boolean).join('，')}
              onTap={() => {
                if (member.canActFor) {
                  onChoose({
                    kind: 'FAMILY',
                    id: member.id,
                    maskedName: member.maskedName,
                    relation: member.relation,
                  });
                }
              }}
            >
              <View className="bk-row__main">
                <Text className="bk-row__title" {...visualOnly}>
                  {`${member.maskedName}（${relation}）`}
                </Text>
                {reason && (
                  <Text className="bk-row__sub" data-testid="booking-person-reason" {...visualOnly}>
                    {reason}
                  </Text>
                )}
              </View>
            </Choice>
          );
        })}
      </View>
      <ActionButton
        tone="secondary"
        testId="booking-manage-family"
        text={s.addFamily}
        onTap={() => void Taro.navigateTo({ url: ACCOUNT_PATHS.family })}
      />
    </View>
  );
}
