import { Text, View } from '@tarojs/components';

/** One label / value line of a summary (日期 10月8日 周四). */
export function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <View className="bk-fact">
      <Text className="bk-fact__label">{label}</Text>
      <Text className="bk-fact__value" data-testid={testId}>
        {value}
      </Text>
    </View>
  );
}
