import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { showComingSoon } from '@/common/navigation';
import { PageShell } from '@/components/page-shell';
import { a11y } from '@/utils/a11y';
import { BOOKING_PATHS } from '@/subpackages/booking/booking-paths';
import { visitStrings as s } from './strings';
import './index.scss';

const openBooking = () => void Taro.navigateTo({ url: BOOKING_PATHS.book });
const openMyAppointments = () => void Taro.navigateTo({ url: BOOKING_PATHS.mine });

function VisitPage() {
  const cards = [
    { key: 'booking', title: s.booking, hint: s.bookingHint, open: openBooking, soon: false },
    { key: 'ticket', title: s.ticket, hint: s.ticketHint, open: showComingSoon, soon: true },
  ];
  return (
    <PageShell className="visit">
      <View className="section">
        <Text className="section__title" {...a11y({ role: 'heading', level: 1 })}>
          {s.title}
        </Text>
        {cards.map((card) => (
          <View
            key={card.key}
            className={`visit-card visit-card--${card.key}`}
            data-testid={`visit-${card.key}`}
            onClick={card.open}
            {...a11y({
              role: 'button',
              // In the order it is on screen (the name contains the visible text).
              label: card.soon
                ? `${card.title}，${s.comingSoonNote}，${card.hint}`
                : `${card.title}，${card.hint}`,
              onActivate: card.open,
            })}
          >
            <View className="visit-card__head">
              <Text className="visit-card__title">{card.title}</Text>
              {card.soon && <Text className="visit-card__soon">{s.comingSoonNote}</Text>}
            </View>
            <Text className="visit-card__hint">{card.hint}</Text>
          </View>
        ))}
        <View
          className="card visit-row"
          data-testid="visit-my-appointments"
          onClick={openMyAppointments}
          {...a11y({
            role: 'button',
            label: `${s.myAppointments}，${s.myAppointmentsHint}`,
            onActivate: openMyAppointments,
          })}
        >
          <Text className="visit-row__title">{s.myAppointments}</Text>
          <Text className="visit-row__hint">{s.myAppointmentsHint}</Text>
        </View>
      </View>
    </PageShell>
  );
}

export default VisitPage;
