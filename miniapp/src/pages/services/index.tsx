import { Button, Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { openBrowse, openSearch, openTheme } from '@/common/navigation';
import { PageShell } from '@/components/page-shell';
import { SearchBox } from '@/components/search-box';
import { StateView } from '@/components/state-view';
import { HotItemsSection } from '@/pages/home/hot-items-section';
import { useHomeData } from '@/pages/home/use-home-data';
import { a11y } from '@/utils/a11y';
import { ServicesPageQuery } from './services.graphql';
import { servicesStrings as s } from './strings';
import './index.scss';

const FIRST_DEPARTMENTS = 6;
const FIRST_THEMES = 4;
const FIRST_FACETS = 12;

/** 办事: search, 一件事一次办, browse by audience, department, topic and life event; hot items. */
function ServicesPage() {
  const browse = useGraphqlQuery(ServicesPageQuery, {});
  const hot = useHomeData();
  const [allDepartments, setAllDepartments] = useState(false);
  const [allThemes, setAllThemes] = useState(false);
  const data = browse.data;

  // Busiest departments first, so the first few are the ones most citizens need.
  const sortedDepartments = useMemo(
    () => [...(data?.departments ?? [])].sort((a, b) => b.itemCount - a.itemCount),
    [data],
  );
  const departments = allDepartments
    ? sortedDepartments
    : sortedDepartments.slice(0, FIRST_DEPARTMENTS);
  const themes = data ? (allThemes ? data.themes : data.themes.slice(0, FIRST_THEMES)) : [];

  return (
    <PageShell className="services">
      <View className="services-search">
        <Text className="services-search__title" {...a11y({ role: 'heading', level: 1 })}>
          {s.title}
        </Text>
        <SearchBox
          onSubmit={(text) => openSearch(text)}
          placeholder={s.searchPlaceholder}
          testId="services-search"
        />
      </View>

      {browse.loading && !data && <StateView kind="loading" message={s.loading} />}
      {browse.error && !data && (
        <StateView
          kind="error"
          message={s.loadFailed(browse.error.message)}
          actionText={s.retry}
          onAction={browse.reload}
        />
      )}

      <View className="section">
        <SectionTitle>{s.byAudience}</SectionTitle>
        <View className="audiences">
          <AudienceTile
            kind="individual"
            onSelect={() => openBrowse({ audience: 'INDIVIDUAL' }, s.audiences.individual.title)}
          />
          <AudienceTile
            kind="legalPerson"
            onSelect={() => openBrowse({ audience: 'LEGAL_PERSON' }, s.audiences.legalPerson.title)}
          />
        </View>
      </View>

      {data && data.themes.length > 0 && (
        <View className="section" data-testid="services-themes">
          <SectionTitle>{s.themes}</SectionTitle>
          <View className="rows" {...a11y({ role: 'list' })}>
            {themes.map((theme) => (
              <Row
                key={theme.code}
                testId="theme-row"
                code={theme.code}
                title={theme.name}
                detail={s.themeHint(theme.itemCount, theme.committedDays)}
                label={s.themeLabel(theme.name, theme.itemCount, theme.committedDays)}
                onSelect={() => openTheme(theme.code)}
              />
            ))}
          </View>
          {data.themes.length > FIRST_THEMES && (
            <MoreButton
              expanded={allThemes}
              text={s.moreThemes(data.themes.length)}
              onToggle={() => setAllThemes((v) => !v)}
            />
          )}
        </View>
      )}

      {data && data.departments.length > 0 && (
        <View className="section" data-testid="services-departments">
          <SectionTitle>{s.byDepartment}</SectionTitle>
          <View className="rows" {...a11y({ role: 'list' })}>
            {departments.map((dept) => (
              <Row
                key={dept.code}
                testId="department-row"
                code={dept.code}
                title={dept.name}
                aside={s.itemCount(dept.itemCount)}
                label={s.departmentLabel(dept.name, dept.itemCount)}
                onSelect={() => openBrowse({ dept: dept.code }, dept.name)}
              />
            ))}
          </View>
          {data.departments.length > FIRST_DEPARTMENTS && (
            <MoreButton
              expanded={allDepartments}
              text={s.moreDepartments(data.departments.length)}
              onToggle={() => setAllDepartments((v) => !v)}
            />
          )}
        </View>
      )}

      {data && data.catalogueFacets.topics.length > 0 && (
        <FacetSection
          title={s.byTopic}
          testId="services-topics"
          facets={data.catalogueFacets.topics}
          moreText={s.moreTopics(data.catalogueFacets.topics.length)}
          onSelect={(name) => openBrowse({ topic: name }, name)}
        />
      )}
      {data && data.catalogueFacets.lifeEvents.length > 0 && (
        <FacetSection
          title={s.byLifeEvent}
          testId="services-life-events"
          facets={data.catalogueFacets.lifeEvents}
          moreText={s.moreLifeEvents(data.catalogueFacets.lifeEvents.length)}
          onSelect={(name) => openBrowse({ lifeEvent: name }, name)}
        />
      )}

      <HotItemsSection query={hot} title={s.hotItems} />
    </PageShell>
  );
}

function SectionTitle({ children }: { children: string }) {
  return (
    <Text className="section__title" {...a11y({ role: 'heading', level: 2 })}>
      {children}
    </Text>
  );
}

function AudienceTile({
  kind,
  onSelect,
}: {
  kind: keyof typeof s.audiences;
  onSelect: () => void;
}) {
  const text = s.audiences[kind];
  return (
    <View
      className={`audience audience--${kind}`}
      data-testid={`audience-${kind}`}
      onClick={onSelect}
      {...a11y({ role: 'button', label: `${text.title}，${text.hint}`, onActivate: onSelect })}
    >
      <Text className="audience__title">{text.title}</Text>
      <Text className="audience__hint">{text.hint}</Text>
    </View>
  );
}

interface RowProps {
  code: string;
  title: string;
  detail?: string;
  aside?: string;
  label: string;
  testId: string;
  onSelect: () => void;
}

function Row({ code, title, detail, aside, label, testId, onSelect }: RowProps) {
  return (
    <View className="rows__entry" {...a11y({ role: 'listitem' })}>
      <View
        className="row"
        data-testid={testId}
        data-code={code}
        onClick={onSelect}
        {...a11y({ role: 'button', label, onActivate: onSelect })}
      >
        <View className="row__main">
          <Text className="row__title">{title}</Text>
          {detail && <Text className="row__detail">{detail}</Text>}
        </View>
        {aside && <Text className="row__aside">{aside}</Text>}
        <Text className="row__chevron" {...a11y({ hidden: true })}>
          ›
        </Text>
      </View>
    </View>
  );
}

function MoreButton({
  expanded,
  text,
  onToggle,
}: {
  expanded: boolean;
  text: string;
  onToggle: () => void;
}) {
  return (
    <Button className="more-button" onClick={onToggle}>
      {expanded ? s.showLess : text}
    </Button>
  );
}

function FacetSection({
  title,
  testId,
  facets: allFacets,
  moreText,
  onSelect,
}: {
  title: string;
  testId: string;
  facets: ReadonlyArray<{ name: string; count: number }>;
  moreText: string;
  onSelect: (name: string) => void;
}) {
  const [all, setAll] = useState(false);
  const facets = all ? allFacets : allFacets.slice(0, FIRST_FACETS);
  return (
    <View className="section" data-testid={testId}>
      <SectionTitle>{title}</SectionTitle>
      <View className="chips" {...a11y({ role: 'list' })}>
        {facets.map((facet) => (
          <View key={facet.name} className="chips__entry" {...a11y({ role: 'listitem' })}>
            <View
              className="chip"
              data-testid="facet-chip"
              onClick={() => onSelect(facet.name)}
              {...a11y({
                role: 'button',
                label: s.facetLabel(facet.name, facet.count),
                onActivate: () => onSelect(facet.name),
              })}
            >
              <Text className="chip__name">{facet.name}</Text>
              <Text className="chip__count">{facet.count}</Text>
            </View>
          </View>
        ))}
      </View>
      {allFacets.length > FIRST_FACETS && (
        <MoreButton expanded={all} text={moreText} onToggle={() => setAll((v) => !v)} />
      )}
    </View>
  );
}

export default ServicesPage;
