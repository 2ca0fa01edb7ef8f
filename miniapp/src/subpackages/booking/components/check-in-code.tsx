import { Text, View } from '@tarojs/components';
import { a11y } from '@/utils/a11y';
import { bookingStrings as s } from '../strings';

/** The check-in code, big, to show or read out at the staff console. */
export function CheckInCode({ code, window }: { code: string; window: string }) {
  const spaced = code.split('').join(' ');
  // In groups of four (CS5L W4UN): easier to read out, and a big code wraps between groups.
  const grouped = code.replace(/(.{4})(?=.)/g, '$1 ');
  return (
    <View className="bk-code" data-testid="booking-check-in">
      <Text className="bk-code__label">{s.checkInCode}</Text>
      <Text
        className="bk-code__value"
        data-testid="booking-check-in-code"
        {...a11y({ label: `${s.checkInCode} ${spaced}` })}
      >
        {grouped}
      </Text>
      <Text className="bk-code__hint">{window}</Text>
      <Text className="bk-code__hint">{s.checkInCodeHint}</Text>
    </View>
  );
}
