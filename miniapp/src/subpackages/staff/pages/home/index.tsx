import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { getAuthService, useSession } from '@/auth';
import type { AccountRole } from '@/auth/session-store';
import { PageShell } from '@/components/page-shell';
import { StateView } from '@/components/state-view';
import type { StaffHomeQuery as StaffHomeData } from '@/gql/graphql';
import { a11y } from '@/utils/a11y';
import { StaffHomeQuery } from '../../staff.graphql';
import { STAFF_PATHS } from '../../staff-paths';
import { BOOKING_PATHS } from '@/subpackages/booking/booking-paths';
import { DISTRICT_HALL_CODE } from '@/subpackages/booking/hall';
import { WindowList } from '../../components/window-list';
import { staffStrings as s } from '../../strings';
import '../../staff.scss';
import './index.scss';

type StaffProfile = NonNullable<NonNullable<StaffHomeData['me']>['staff']>;

function Fact({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <View className="staff-fact">
      <Text className="staff-fact__label">{label}</Text>
      <Text className="staff-fact__value" data-testid={testId}>
        {value}
      </Text>
    </View>
  );
}

function joined(values: string[]): string {
  return values.length > 0 ? values.join(s.listSeparator) : s.notAssigned;
}

function StaffCard({ staff }: { staff: StaffProfile }) {
  const logout = async () => {
    await getAuthService().logout();
    void Taro.showToast({ title: s.loggedOut, icon: 'none' });
    await Taro.redirectTo({ url: STAFF_PATHS.login });
  };
  return (
    <View className="card staff-card" data-testid="staff-home">
      <Text className="staff-intro">{s.homeTitle}</Text>
      <Text
        className="staff-title staff-home__name"
        data-testid="staff-display-name"
        {...a11y({ role: 'heading', level: 1 })}
      >
        {staff.displayName}
      </Text>
      <View className="staff-facts">
        <Fact label={s.roleLabel} value={s.roles[staff.role as AccountRole]} testId="staff-role" />
        <Fact label={s.hallLabel} value={staff.hall?.name ?? s.allHalls} testId="staff-hall" />
        <Fact
          label={s.zonesLabel}
          value={joined(staff.zones.map((zone) => zone.name))}
          testId="staff-zones"
        />
        <Fact
          label={s.windowsLabel}
          value={joined(staff.windows.map((window) => window.label))}
          testId="staff-windows"
        />
        <Fact label={s.usernameFactLabel} value={staff.username} testId="staff-username" />
      </View>
      <Button
        className="staff-button staff-button--primary"
        data-testid="staff-bookings"
        onClick={() => void Taro.navigateTo({ url: BOOKING_PATHS.hall })}
      >
        {s.bookings}
      </Button>
      <Button
        className="staff-button staff-button--secondary"
        data-testid="staff-check-in-qr"
        onClick={() => void Taro.navigateTo({ url: STAFF_PATHS.checkInQr })}
      >
        {s.checkInQr}
      </Button>
      <Text className="staff-notice">{s.comingSoon}</Text>
      <Button
        className="staff-button staff-button--secondary"
        data-testid="staff-logout"
        onClick={() => void logout()}
      >
        {s.logout}
      </Button>
    </View>
  );
}

/** 工作人员主页: who is signed in, their hall, zones and windows; logout. */
function StaffHomePage() {
  const session = useSession();
  const isStaff = session !== null && session.user.role !== 'CITIZEN';
  const query = useGraphqlQuery(StaffHomeQuery, {}, { pause: !isStaff });
  const staff = query.data?.me?.staff ?? null;
  const toLogin = () => void Taro.redirectTo({ url: STAFF_PATHS.login });

  let body;
  if (!isStaff) {
    body = (
      <StateView kind="empty" message={s.loginFirst} actionText={s.toLogin} onAction={toLogin} />
    );
  } else if (query.loading && !staff) {
    body = <StateView kind="loading" message={s.loading} />;
  } else if (query.error && !staff) {
    body = (
      <StateView
        kind="error"
        message={query.error.message}
        actionText={s.retry}
        onAction={query.reload}
      />
    );
  } else if (!staff) {
    body = (
      <StateView kind="empty" message={s.loginFirst} actionText={s.toLogin} onAction={toLogin} />
    );
  } else {
    body = (
      <>
        <StaffCard staff={staff} />
        <WindowList
          hallCode={staff.hall?.code ?? DISTRICT_HALL_CODE}
          assigned={staff.windows.map((window) => window.code)}
        />
      </>
    );
  }

  return (
    <PageShell className="staff-page staff-home">
      <View className="section">{body}</View>
    </PageShell>
  );
}

export default StaffHomePage;
