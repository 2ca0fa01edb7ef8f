import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { getClient } from '@/api/client';
import { getAuthService, getSessionStore, useSession } from '@/auth';
import type { AccountRole } from '@/auth/session-store';
import { confirmDanger } from '@/common/confirm';
import { CareModeToggle } from '@/components/care-mode-toggle';
import { PageShell } from '@/components/page-shell';
import type { DemoPersona, MeOverviewQuery as MeOverviewData } from '@/gql/graphql';
import { useCareMode } from '@/theme/care-mode';
import { a11y } from '@/utils/a11y';
import { ACCOUNT_PATHS } from '@/subpackages/account/account-paths';
import { STAFF_PATHS } from '@/subpackages/staff/staff-paths';
import { BOOKING_PATHS } from '@/subpackages/booking/booking-paths';
import { QUEUE_PATHS } from '@/subpackages/queue/queue-paths';
import { FamilyRequests } from './family-requests';
import { MeOverviewQuery } from './me.graphql';
import { meStrings as s } from './strings';
import './index.scss';

const IS_WEAPP = process.env.TARO_ENV === 'weapp';
/**
 * Taro H5 styles `taro-button-core[disabled]` as faded even for `disabled={false}` (the attribute
 * is still set), so pass it only while it applies.
 */
function disabledWhile(busy: boolean): { disabled?: true } {
  return busy ? { disabled: true } : {};
}

function LoginCard() {
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
    <View className="card me-login" data-testid="login-card">
      <Text className="me-login__title" {...a11y({ role: 'heading', level: 1 })}>
        {s.login}
      </Text>
      <Text className="me-login__hint">{s.loginHint}</Text>
      {IS_WEAPP ? (
        <Button
          className="me-button me-button--primary"
          data-testid="wechat-login"
          {...disabledWhile(busy)}
          onClick={() => void login()}
          {...a11y({ label: s.wechatLoginLabel })}
        >
          {busy ? s.loggingIn : s.wechatLogin}
        </Button>
      ) : (
        <View className="me-demo" data-testid="demo-login">
          <Text className="me-demo__badge">{s.demoTitle}</Text>
          <Text className="me-demo__hint">{s.demoHint}</Text>
          {(
            [
              ['CITIZEN_A', s.demoA],
              ['CITIZEN_B', s.demoB],
            ] as const
          ).map(([persona, name]) => (
            <Button
              key={persona}
              className="me-button me-button--primary"
              data-testid={`demo-login-${persona === 'CITIZEN_A' ? 'a' : 'b'}`}
              {...disabledWhile(busy)}
              onClick={() => void login(persona)}
              {...a11y({ label: s.demoLabel(name) })}
            >
              {name}
            </Button>
          ))}
        </View>
      )}
      {error && (
        <Text className="me-login__error" data-testid="login-error" {...a11y({ role: 'status' })}>
          {error}
        </Text>
      )}
    </View>
  );
}

function AccountCard({ role }: { role: AccountRole }) {
  return (
    <View className="card me-account" data-testid="account-card">
      <Text className="me-account__title" {...a11y({ role: 'heading', level: 1 })}>
        {s.accountTitle}
      </Text>
      <Text className="me-account__state">{s.loggedIn}</Text>
      <View className="me-account__row">
        <Text className="me-account__label">{s.roleLabel}</Text>
        <Text className="me-account__role" data-testid="account-role">
          {s.roles[role]}
        </Text>
      </View>
    </View>
  );
}

type ProfileSummary = NonNullable<NonNullable<MeOverviewData['me']>['profile']>;

/** The rows that open a page (我的预约, 我的排队, 实名信息, 家人代办, 已存清单); the others are still 即将上线. */
const OPEN_ROWS: Record<string, string> = {
  [s.appointmentsRow]: BOOKING_PATHS.mine,
  [s.ticketsRow]: QUEUE_PATHS.ticket,
  [s.realNameRow]: ACCOUNT_PATHS.realName,
  [s.familyRow]: ACCOUNT_PATHS.family,
  [s.savedChecklistsRow]: ACCOUNT_PATHS.savedChecklists,
};

function rowDetail(name: string, profile: ProfileSummary | null | undefined): string {
  if (name === s.appointmentsRow) return s.appointmentsHint;
  if (name === s.ticketsRow) return s.ticketsHint;
  if (name === s.familyRow) return s.familyHint;
  if (name === s.savedChecklistsRow) return s.savedChecklistsHint;
  if (!profile) return s.realNameTodo;
  return profile.phoneVerified && profile.maskedPhone
    ? `${profile.maskedName} ${profile.maskedPhone}`
    : profile.maskedName;
}

function ServiceList({ profile }: { profile: ProfileSummary | null | undefined }) {
  return (
    <View className="section">
      <Text className="section__title" {...a11y({ role: 'heading', level: 2 })}>
        {s.servicesTitle}
      </Text>
      <View className="card me-list">
        {s.features.map((name) => {
          const path = OPEN_ROWS[name];
          if (path) {
            const detail = rowDetail(name, profile);
            const open = () => void Taro.navigateTo({ url: path });
            return (
              <View
                key={name}
                className="me-list__row"
                data-testid="me-feature-row"
                data-name={name}
                data-open="true"
                onClick={open}
                {...a11y({ role: 'button', label: s.openLabel(name, detail), onActivate: open })}
              >
                <Text className="me-list__name">{name}</Text>
                <Text className="me-list__detail" data-testid="me-feature-detail">
                  {detail}
                </Text>
              </View>
            );
          }
          const open = () => void Taro.showToast({ title: s.comingSoonToast(name), icon: 'none' });
          return (
            <View
              key={name}
              className="me-list__row"
              data-testid="me-feature-row"
              data-name={name}
              onClick={open}
              {...a11y({ role: 'button', label: s.comingSoonLabel(name), onActivate: open })}
            >
              <Text className="me-list__name">{name}</Text>
              <Text className="me-list__soon">{s.comingSoon}</Text>
            </View>
          );
        })}
      </View>
    </View>
  );
}

/** Small, at the bottom: 工作人员登录 when signed out, 工作人员主页 for a staff session. */
function StaffEntry({ signedIn, role }: { signedIn: boolean; role: AccountRole | null }) {
  if (signedIn && (role === null || role === 'CITIZEN')) return null;
  const text = signedIn ? s.staffHome : s.staffLogin;
  const open = () => void Taro.navigateTo({ url: signedIn ? STAFF_PATHS.home : STAFF_PATHS.login });
  return (
    <View
      className="me-staff-link"
      data-testid="staff-entry"
      onClick={open}
      {...a11y({ role: 'button', label: text, onActivate: open })}
    >
      <Text className="me-staff-link__text">{text}</Text>
    </View>
  );
}

function MePage() {
  const [careMode] = useCareMode();
  const session = useSession();
  const [checked, setChecked] = useState<{
    id: string;
    role: AccountRole;
    profile: ProfileSummary | null;
  } | null>(null);
  /** Counts the times 我的 was shown: sections that load their own data reload on each. */
  const [shown, setShown] = useState(0);

  // Check the stored session with the server whenever 我的 is shown: an expired access token is
  // refreshed by the request layer, a refused one logs out (and the login card shows again).
  useDidShow(() => {
    setShown((n) => n + 1);
    if (!getSessionStore().getSnapshot()) return;
    void getClient()
      .query(MeOverviewQuery.toString(), {}, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        const me = (result.data as MeOverviewData | undefined)?.me;
        if (me) setChecked({ id: me.id, role: me.role, profile: me.profile ?? null });
      });
  });

  const confirmLogout = async () => {
    const confirmed = await confirmDanger({
      title: s.logoutConfirmTitle,
      content: s.logoutConfirmContent,
      confirmText: s.logoutConfirm,
      cancelText: s.logoutCancel,
    });
    if (!confirmed) return;
    await getAuthService().logout();
    void Taro.showToast({ title: s.loggedOut, icon: 'none' });
  };

  // A staff session (工作人员登录) has none of a citizen's records: only its account and the way
  // to the staff home.
  const citizen = session !== null && session.user.role === 'CITIZEN';

  return (
    <PageShell className="me">
      <View className="section">
        {session ? (
          <AccountCard role={checked?.id === session.user.id ? checked.role : session.user.role} />
        ) : (
          <LoginCard />
        )}
      </View>
      {citizen && <FamilyRequests refreshKey={shown} userId={session.user.id} />}
      <View className="section">
        <View className="card me-row" data-testid="care-mode-row">
          <View className="me-row__text">
            <Text className="me-row__title">{s.careMode}</Text>
            <Text className="me-row__hint">{careMode ? s.careModeHintOn : s.careModeHintOff}</Text>
          </View>
          <CareModeToggle variant="plain" />
        </View>
      </View>
      {citizen && (
        <ServiceList profile={checked?.id === session.user.id ? checked.profile : undefined} />
      )}
      {session && (
        <View className="section">
          <Button
            className="me-button me-button--logout"
            data-testid="logout"
            onClick={() => void confirmLogout()}
          >
            {s.logout}
          </Button>
        </View>
      )}
      <StaffEntry signedIn={session !== null} role={session?.user.role ?? null} />
      <Text className="me-version">{s.version(APP_VERSION)}</Text>
    </PageShell>
  );
}

export default MePage;
