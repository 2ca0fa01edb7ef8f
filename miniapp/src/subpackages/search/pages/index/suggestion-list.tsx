import { Text, View } from '@tarojs/components';
import { a11y } from '@/utils/a11y';
import { searchStrings as s } from './strings';
import type { Suggestion } from './use-suggestions';

/** Suggestions under the input while typing; a tap opens the item or theme. */
export function SuggestionList({
  suggestions,
  onSelect,
}: {
  suggestions: readonly Suggestion[];
  onSelect: (suggestion: Suggestion) => void;
}) {
  if (suggestions.length === 0) return null;
  return (
    <View className="suggestions" data-testid="suggestions">
      <Text className="suggestions__title" {...a11y({ role: 'heading', level: 2 })}>
        {s.suggestions}
      </Text>
      <View {...a11y({ role: 'list' })}>
        {suggestions.map((suggestion) => {
          const kind = suggestion.kind === 'THEME' ? s.kindTheme : s.kindItem;
          const select = () => onSelect(suggestion);
          return (
            <View key={`${suggestion.kind}-${suggestion.code}`} {...a11y({ role: 'listitem' })}>
              <View
                className="suggestion"
                data-testid="suggestion"
                data-code={suggestion.code}
                onClick={select}
                {...a11y({
                  role: 'button',
                  label: s.suggestionLabel(suggestion.text, kind),
                  onActivate: select,
                })}
              >
                <Text className="suggestion__text">{suggestion.text}</Text>
                <Text className="suggestion__kind">{kind}</Text>
              </View>
            </View>
          );
        })}
      </View>
    </View>
  );
}
