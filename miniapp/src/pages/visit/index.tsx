import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PageShell } from '@/components/page-shell';
import { a11y } from '@/utils/a11y';
import { BOOKING_PATHS } from '@/subpackages/booking/booking-paths';
import { QUEUE_PATHS } from '@/subpackages/queue/queue-paths';
import { visitStrings as s } from './strings';
import './index.scss';

const openBooking = () => void Taro.navigateTo({ url: BOOKING_PATHS.book });
const openMyAppointments = () => void Taro.navigateTo({ url: BOOKING_PATHS.mine });
const openTake = () => void Taro.navigateTo({ url: QUEUE_PATHS.take });
const openMyTickets = () => void Taro.navigateTo({ url: QUEUE_PATHS.ticket });

function VisitPage() {
  const cards = [
    { key: 'booking', title: s.booking, hint: s.bookingHint, open: openBooking, soon: false },
    { key: 'ticket', title: s.ticket, hint: s.ticketHint, open: openTake, soon: false },
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
        {[
          {
            key: 'my-appointments',
            title: s.myAppointments,
            hint: s.myAppointmentsHint,
            open: openMyAppointments,
          },
          { key: 'my-tickets', title: s.myTickets, hint: s.myTicketsHint, open: openMyTickets },
        ].map((row) => (
          <View
            key={row.key}
            className="card visit-row"
            data-testid={`visit-${row.key}`}
            onClick={row.open}
            {...a11y({ role: 'button', label: `${row.title}，${row.hint}`, onActivate: row.open })}
          >
            <Text className="visit-row__title">{row.title}</Text>
            <Text className="visit-row__hint">{row.hint}</Text>
          </View>
        ))}
      </View>
    </PageShell>
  );
}

export default VisitPage;
