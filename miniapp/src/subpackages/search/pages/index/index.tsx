import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { callPhone, openServiceItem, openTheme } from '@/common/navigation';
import { FreshnessNote } from '@/components/freshness-note';
import { PageShell } from '@/components/page-shell';
import { SearchBox } from '@/components/search-box';
import { StateView } from '@/components/state-view';
import { a11y } from '@/utils/a11y';
import { fetchSuggestions } from './fetch-suggestions';
import { SEARCH_RESULT_LIMIT, SearchCatalogueQuery, SearchHallQuery } from './search.graphql';
import { SearchHitList } from './search-hit-list';
import { searchStrings as s } from './strings';
import { SuggestionList } from './suggestion-list';
import { useSuggestions, type Suggestion } from './use-suggestions';
import { ZeroResults } from './zero-results';
import './index.scss';

function open(target: { kind: 'ITEM' | 'THEME'; code: string }): void {
  if (target.kind === 'THEME') openTheme(target.code);
  else openServiceItem(target.code);
}

function showConsultSoon(): void {
  void Taro.showToast({ title: s.zero.consultSoon, icon: 'none' });
}

function readQueryParam(raw: string | undefined): string {
  if (!raw) return '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** 搜索: suggestions while typing, results (items and themes) on submit, hot items when empty. */
function SearchPage() {
  const router = useRouter();
  const initial = readQueryParam(router.params.q);
  const [input, setInput] = useState(initial);
  const [query, setQuery] = useState(initial.trim());
  const [typing, setTyping] = useState(false);

  // The page shows the error (e.g. the server's QUERY_TOO_LONG message) itself: no toast.
  const results = useGraphqlQuery(
    SearchCatalogueQuery,
    { query, limit: SEARCH_RESULT_LIMIT },
    { toast: false },
  );
  const hall = useGraphqlQuery(SearchHallQuery, {});
  const suggestions = useSuggestions(typing ? input : '', fetchSuggestions);

  const submit = (text: string) => {
    setInput(text);
    setQuery(text);
    setTyping(false);
  };
  const change = (text: string) => {
    setInput(text);
    setTyping(text.trim() !== query);
  };
  const selectSuggestion = (suggestion: Suggestion) => {
    setTyping(false);
    open(suggestion);
  };

  // A new query hides the previous results until its own arrive.
  const data = results.loading ? undefined : results.data?.searchCatalogue;
  return (
    <PageShell className="search">
      <View className="search-head">
        <Text className="search-head__title" {...a11y({ role: 'heading', level: 1 })}>
          {s.title}
        </Text>
        <SearchBox
          value={input}
          onChange={change}
          onSubmit={submit}
          placeholder={s.placeholder}
          focus={!initial}
          testId="search-page-box"
        />
      </View>
      <SuggestionList suggestions={suggestions} onSelect={selectSuggestion} />

      <View className="section" data-testid="search-results">
        {results.loading && <StateView kind="loading" message={s.searching} />}
        {results.error && !data && (
          <StateView
            kind="error"
            message={results.error.message}
            actionText={results.error.kind === 'graphql' ? undefined : s.retry}
            onAction={results.reload}
          />
        )}
        {data && data.hotFallback && (
          <>
            <Text className="section__title" {...a11y({ role: 'heading', level: 2 })}>
              {s.hotItems}
            </Text>
            <Text className="search__hint">{s.hotHint}</Text>
            <SearchHitList hits={data.hits} showMatch={false} onSelect={open} />
          </>
        )}
        {data && !data.hotFallback && data.hits.length > 0 && (
          <>
            <Text
              className="section__title"
              data-testid="search-count"
              {...a11y({ role: 'heading', level: 2 })}
            >
              {s.resultCount(query, data.totalCount)}
            </Text>
            <SearchHitList hits={data.hits} showMatch onSelect={open} />
          </>
        )}
        {data && !data.hotFallback && data.hits.length === 0 && (
          <ZeroResults
            query={query}
            phone={hall.data?.mainHall.phone}
            onConsult={showConsultSoon}
            onCall={callPhone}
          />
        )}
        {data && <FreshnessNote freshness={data.freshness} />}
      </View>
    </PageShell>
  );
}

export default SearchPage;
