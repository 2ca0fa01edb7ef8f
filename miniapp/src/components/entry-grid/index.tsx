import { Text, View } from '@tarojs/components';
import type { ColorTokens } from '@/theme/tokens';
import { a11y } from '@/utils/a11y';
import './index.scss';

export type GlyphColor = keyof Pick<
  ColorTokens,
  'glyphBlue' | 'glyphGreen' | 'glyphOrange' | 'glyphPurple'
>;

export interface Entry {
  key: string;
  label: string;
  color: GlyphColor;
  onSelect: () => void;
}

export interface EntryGridProps {
  title: string;
  entries: readonly Entry[];
}

const glyphClass: Record<GlyphColor, string> = {
  glyphBlue: 'glyph--blue',
  glyphGreen: 'glyph--green',
  glyphOrange: 'glyph--orange',
  glyphPurple: 'glyph--purple',
};

/** A titled grid of entries; each icon is a coloured square with the label's first character. */
export function EntryGrid({ title, entries }: EntryGridProps) {
  return (
    <View className="section entry-group">
      <Text className="section__title" {...a11y({ role: 'heading', level: 2 })}>
        {title}
      </Text>
      <View className="entry-grid card">
        {entries.map((entry) => (
          <View
            key={entry.key}
            className="entry"
            data-testid={`entry-${entry.key}`}
            onClick={entry.onSelect}
            {...a11y({ role: 'button', onActivate: entry.onSelect })}
          >
            <View className={`glyph ${glyphClass[entry.color]}`} {...a11y({ hidden: true })}>
              <Text className="glyph__char">{entry.label.slice(0, 1)}</Text>
            </View>
            <Text className="entry__label">{entry.label}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
