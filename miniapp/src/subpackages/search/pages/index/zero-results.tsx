import { Button, Text, View } from '@tarojs/components';
import { a11y } from '@/utils/a11y';
import { searchStrings as s } from './strings';

export interface ZeroResultsProps {
  query: string;
  /** The hall's phone (from `mainHall`); undefined while it loads. */
  phone?: string;
  onConsult: () => void;
  onCall: (phone: string) => void;
}

/** Zero results explain themselves: what was searched, what to try, and who to ask. */
export function ZeroResults({ query, phone, onConsult, onCall }: ZeroResultsProps) {
  return (
    <View className="zero" data-testid="search-zero">
      <Text className="zero__title" {...a11y({ role: 'heading', level: 2 })}>
        {s.zero.title(query)}
      </Text>
      <View className="card zero__tips">
        <Text className="zero__subtitle">{s.zero.tipsTitle}</Text>
        {s.zero.tips.map((tip) => (
          <Text key={tip} className="zero__tip" data-testid="search-zero-tip">
            {`· ${tip}`}
          </Text>
        ))}
      </View>
      <View className="card zero__help">
        <Text className="zero__subtitle">{s.zero.helpTitle}</Text>
        <Button
          className="zero__consult"
          onClick={onConsult}
          data-testid="search-consult"
          {...a11y({ label: s.zero.consultLabel })}
        >
          {s.zero.consult}
        </Button>
        <View className="zero__phone-row">
          <View className="zero__phone-text">
            <Text className="zero__phone-label">{s.zero.phoneLabel}</Text>
            <Text className="zero__phone" data-testid="search-hall-phone">
              {phone ?? s.zero.noPhone}
            </Text>
          </View>
          {phone && (
            <Button
              className="zero__call"
              onClick={() => onCall(phone)}
              data-testid="search-call"
              {...a11y({ label: s.zero.callLabel(phone) })}
            >
              {s.zero.call}
            </Button>
          )}
        </View>
      </View>
    </View>
  );
}
