import { Text, View } from '@tarojs/components';
import type { SearchHitKind, SearchMatch } from '@/gql/graphql';
import { a11y } from '@/utils/a11y';
import { matchHint } from './match-hint';
import { searchStrings as s } from './strings';

export interface SearchHitView {
  kind: SearchHitKind;
  code: string;
  name: string;
  departmentName?: string | null;
  match: SearchMatch;
}

export interface SearchHitListProps {
  hits: readonly SearchHitView[];
  /** Hot items (empty query): no match hints. */
  showMatch: boolean;
  onSelect: (hit: SearchHitView) => void;
}

/** Search results: items and 一件事 themes, each with its kind, department and what matched. */
export function SearchHitList({ hits, showMatch, onSelect }: SearchHitListProps) {
  return (
    <View className="search-hits" data-testid="search-hits" {...a11y({ role: 'list' })}>
      {hits.map((hit) => {
        const hint = showMatch ? matchHint(hit.match) : undefined;
        const kind = hit.kind === 'THEME' ? s.kindTheme : s.kindItem;
        const detail = [kind, hit.departmentName, hint].filter(Boolean).join('，');
        const select = () => onSelect(hit);
        return (
          <View key={`${hit.kind}-${hit.code}`} {...a11y({ role: 'listitem' })}>
            <View
              className="search-hit"
              data-testid="search-hit"
              data-kind={hit.kind}
              data-code={hit.code}
              data-match={hit.match}
              onClick={select}
              {...a11y({ role: 'button', label: s.hitLabel(hit.name, detail), onActivate: select })}
            >
              <View className="search-hit__main">
                <Text className="search-hit__name">{hit.name}</Text>
                {hit.departmentName && (
                  <Text className="search-hit__dept">{hit.departmentName}</Text>
                )}
                <View className="search-hit__badges">
                  <Text
                    className={`search-badge search-badge--${hit.kind === 'THEME' ? 'theme' : 'item'}`}
                    data-testid="search-hit-kind"
                  >
                    {kind}
                  </Text>
                  {hint && (
                    <Text
                      className="search-badge search-badge--match"
                      data-testid="search-hit-match"
                    >
                      {hint}
                    </Text>
                  )}
                </View>
              </View>
              <Text className="search-hit__chevron" {...a11y({ hidden: true })}>
                ›
              </Text>
            </View>
          </View>
        );
      })}
    </View>
  );
}
