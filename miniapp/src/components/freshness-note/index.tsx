import { Text, View } from '@tarojs/components';
import { a11y } from '@/utils/a11y';
import { freshnessStrings as s } from './strings';
import './index.scss';

export interface Freshness {
  syncedAt?: string | null;
  stale: boolean;
  ageSeconds?: number | null;
}

/** `HH:mm` in the phone's local time (China Standard Time on users' phones). */
export function formatHourMinute(iso: string): string | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "数据更新于 HH:mm", plus a clear note when the approval backend could not be reached. */
export function FreshnessNote({ freshness }: { freshness: Freshness }) {
  const hhmm = freshness.syncedAt ? formatHourMinute(freshness.syncedAt) : undefined;
  const minutes = Math.max(1, Math.ceil((freshness.ageSeconds ?? 0) / 60));
  return (
    <View className="freshness">
      {freshness.stale && (
        <Text className="freshness__stale" data-testid="stale-note" {...a11y({ role: 'status' })}>
          {s.stale(minutes)}
        </Text>
      )}
      {hhmm && <Text className="freshness__time">{s.updatedAt(hhmm)}</Text>}
    </View>
  );
}
