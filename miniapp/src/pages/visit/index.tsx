import { Text, View } from '@tarojs/components';
import { showComingSoon } from '@/common/navigation';
import { PageShell } from '@/components/page-shell';
import { a11y } from '@/utils/a11y';
import { visitStrings as s } from './strings';
import './index.scss';

function VisitPage() {
  const cards = [
    { key: 'booking', title: s.booking, hint: s.bookingHint },
    { key: 'ticket', title: s.ticket, hint: s.ticketHint },
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
            onClick={showComingSoon}
            {...a11y({
              role: 'button',
              label: `${card.title}，${card.hint}，${s.comingSoonNote}`,
              onActivate: showComingSoon,
            })}
          >
            <View className="visit-card__head">
              <Text className="visit-card__title">{card.title}</Text>
              <Text className="visit-card__soon">{s.comingSoonNote}</Text>
            </View>
            <Text className="visit-card__hint">{card.hint}</Text>
          </View>
        ))}
      </View>
    </PageShell>
  );
}

export default VisitPage;
