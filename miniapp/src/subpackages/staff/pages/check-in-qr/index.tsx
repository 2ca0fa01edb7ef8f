import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useMemo } from 'react';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { useSession } from '@/auth';
import { PageShell } from '@/components/page-shell';
import { QrCode } from '@/components/qr-code';
import { StateView } from '@/components/state-view';
import { a11y } from '@/utils/a11y';
import { DISTRICT_HALL_CODE } from '@/subpackages/booking/hall';
import { dayWithWeekday } from '@/subpackages/booking/model/format';
import { qrRefreshDelayMs, qrSidePx } from '../../model/qr-refresh';
import { HallCheckInQrQuery, StaffHallQuery } from '../../staff.graphql';
import { STAFF_PATHS } from '../../staff-paths';
import { staffStrings as s } from '../../strings';
import '../../staff.scss';
import './index.scss';

/** Section margins and card padding on both sides (care mode's are the larger: 4 × 16 px). */
const SIDE_MARGIN_PX = 64;
/** Room kept on the screen for the title and the lines under the code. */
const TEXT_ROOM_PX = 320;

function screenSize(): { width: number; height: number } {
  try {
    const info = Taro.getSystemInfoSync();
    return { width: info.windowWidth || 375, height: info.windowHeight || 667 };
  } catch {
    return { width: 375, height: 667 };
  }
}

/**
 * 签到二维码 (hall staff): today's check-in QR code of the staff member's hall, big, for a screen
 * at the entrance — citizens with a booking scan it in 我的预约 → 扫码签到. It is valid on its
 * day only; the page asks again just after midnight (and every 5 minutes, see qr-refresh.ts), so
 * the screen can stay on all week. The code's text is printed under it for browsers, which
 * cannot scan (paste it into 扫码签到 there).
 */
function CheckInQrPage() {
  const session = useSession();
  const isStaff = session !== null && session.user.role !== 'CITIZEN';
  const me = useGraphqlQuery(StaffHallQuery, {}, { pause: !isStaff });
  const hall = me.data?.me?.staff?.hall ?? null;
  const hallCode = hall?.code ?? DISTRICT_HALL_CODE;
  const qr = useGraphqlQuery(
    HallCheckInQrQuery,
    { hallCode },
    { pause: !isStaff || !me.data, fresh: true, toast: false },
  );
  const code = qr.data?.hallCheckInQr ?? null;
  const side = useMemo(() => qrSidePx(screenSize(), SIDE_MARGIN_PX, TEXT_ROOM_PX), []);
  const { reload, loading } = qr;
  const validUntil = code?.validUntil ?? null;

  useEffect(() => {
    if (!isStaff || loading || !me.data) return undefined;
    const timer = setTimeout(reload, qrRefreshDelayMs(validUntil, Date.now()));
    return () => clearTimeout(timer);
  }, [isStaff, loading, me.data, validUntil, reload]);

  useEffect(() => {
    // An entrance screen in WeChat stays on while the code is shown.
    if (process.env.TARO_ENV !== 'weapp' || !isStaff) return;
    Taro.setKeepScreenOn({ keepScreenOn: true }).catch(() => undefined);
  }, [isStaff]);

  let body;
  if (!isStaff) {
    body = (
      <StateView
        kind="empty"
        message={s.loginFirst}
        actionText={s.toLogin}
        onAction={() => void Taro.redirectTo({ url: STAFF_PATHS.login })}
      />
    );
  } else if (me.error && !me.data) {
    body = (
      <StateView
        kind="error"
        message={me.error.message}
        actionText={s.retry}
        onAction={me.reload}
      />
    );
  } else if (qr.error && !code) {
    body = (
      <StateView kind="error" message={qr.error.message} actionText={s.retry} onAction={reload} />
    );
  } else if (!code) {
    body = <StateView kind="loading" message={s.loading} />;
  } else {
    const day = dayWithWeekday(code.validOn);
    const hallName = hall?.name ?? s.checkInQrNoHall;
    body = (
      <View className="card staff-qr__card" data-testid="check-in-qr">
        <Text className="staff-title" {...a11y({ role: 'heading', level: 1 })}>
          {s.checkInQrTitle}
        </Text>
        <Text className="staff-intro" data-testid="check-in-qr-hall">
          {hallName}
        </Text>
        <Text className="staff-qr__day" data-testid="check-in-qr-day" data-valid-on={code.validOn}>
          {s.checkInQrToday(day)}
        </Text>
        <View className="staff-qr__code">
          <QrCode
            value={code.content}
            label={s.checkInQrLabel(hallName, day)}
            size={side}
            testId="check-in-qr-image"
          />
        </View>
        <Text className="staff-qr__steps">{s.checkInQrSteps}</Text>
        <Text className="staff-qr__note">{s.checkInQrWindow}</Text>
        <Text className="staff-qr__note" data-testid="check-in-qr-valid">
          {s.checkInQrValid(day)}
        </Text>
        <View className="staff-qr__text">
          <Text className="staff-qr__text-label">{s.checkInQrText}</Text>
          <Text className="staff-qr__content" userSelect data-testid="check-in-qr-content">
            {code.content}
          </Text>
        </View>
      </View>
    );
  }

  return (
    <PageShell className="staff-page staff-qr">
      <View className="section">{body}</View>
    </PageShell>
  );
}

export default CheckInQrPage;
