import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useEffect } from 'react';
import { callPhone, openSearch, showComingSoon, switchTab } from '@/common/navigation';
import { CareModeToggle } from '@/components/care-mode-toggle';
import { EntryGrid, type Entry } from '@/components/entry-grid';
import { PageShell } from '@/components/page-shell';
import { SearchBox } from '@/components/search-box';
import { QUEUE_PATHS } from '@/subpackages/queue/queue-paths';
import { useCareMode } from '@/theme/care-mode';
import { a11y } from '@/utils/a11y';
import { CareHome } from './care-home';
import { HotItemsSection } from './hot-items-section';
import { homeStrings as s } from './strings';
import { useHomeData } from './use-home-data';
import './index.scss';

function HomePage() {
  const [careMode] = useCareMode();
  const query = useHomeData();
  const phone = query.data?.mainHall.phone;

  usePullDownRefresh(() => {
    query.reload();
    Taro.stopPullDownRefresh();
  });
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') document.title = s.navTitle;
  }, []);

  const e = s.entries;
  const groups: Array<{ title: string; entries: Entry[] }> = [
    {
      title: s.groups.publicAffairs,
      entries: [
        { key: 'functions', label: e.functions, color: 'glyphBlue', onSelect: showComingSoon },
        { key: 'news', label: e.news, color: 'glyphGreen', onSelect: showComingSoon },
        { key: 'open-gov', label: e.openGov, color: 'glyphOrange', onSelect: showComingSoon },
        { key: 'permits', label: e.permits, color: 'glyphPurple', onSelect: showComingSoon },
      ],
    },
    {
      title: s.groups.services,
      entries: [
        { key: 'guide', label: e.guide, color: 'glyphBlue', onSelect: () => switchTab('services') },
        { key: 'one-thing', label: e.oneThing, color: 'glyphGreen', onSelect: showComingSoon },
        {
          key: 'booking',
          label: e.booking,
          color: 'glyphOrange',
          onSelect: () => switchTab('visit'),
        },
        {
          key: 'ticket',
          label: e.ticket,
          color: 'glyphPurple',
          onSelect: () => void Taro.navigateTo({ url: QUEUE_PATHS.take }),
        },
        { key: 'case', label: e.caseQuery, color: 'glyphBlue', onSelect: showComingSoon },
        { key: 'nav', label: e.navigation, color: 'glyphGreen', onSelect: showComingSoon },
      ],
    },
    {
      title: s.groups.help,
      entries: [
        { key: 'consult', label: e.consult, color: 'glyphBlue', onSelect: showComingSoon },
        { key: 'complaint', label: e.complaint, color: 'glyphOrange', onSelect: showComingSoon },
        { key: 'phone', label: e.phone, color: 'glyphGreen', onSelect: () => callPhone(phone) },
        { key: 'rating', label: e.rating, color: 'glyphPurple', onSelect: showComingSoon },
      ],
    },
  ];

  return (
    <PageShell className="home">
      <View className="home-header">
        <View className="home-header__row">
          <View className="home-header__titles">
            <Text className="home-header__name" {...a11y({ role: 'heading', level: 1 })}>
              {s.hallName}
            </Text>
            {!careMode && <Text className="home-header__slogan">{s.slogan}</Text>}
          </View>
          <CareModeToggle variant="inverse" />
        </View>
        <View className="home-header__search">
          <SearchBox variant="inverse" onSubmit={openSearch} testId="home-search" />
        </View>
      </View>
      {careMode ? (
        <CareHome query={query} />
      ) : (
        <>
          {groups.map((group) => (
            <EntryGrid key={group.title} title={group.title} entries={group.entries} />
          ))}
          <HotItemsSection query={query} />
        </>
      )}
    </PageShell>
  );
}

export default HomePage;
