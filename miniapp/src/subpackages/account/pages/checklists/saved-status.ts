import type { SavedChecklistFieldsFragment } from '@/gql/graphql';
import { savedChecklistsStrings as s } from './strings';

export type Tone = 'missing' | 'complete' | 'pending' | 'unavailable';

/** 还缺 N 项 / 材料已备齐 / 还有 N 个问题没回答 / 事项已调整. */
export function savedStatus(saved: SavedChecklistFieldsFragment): { text: string; tone: Tone } {
  if (!saved.available || saved.missingCount === null || saved.missingCount === undefined) {
    return { text: s.unavailable, tone: 'unavailable' };
  }
  if (saved.missingCount > 0) return { text: s.missing(saved.missingCount), tone: 'missing' };
  if (saved.complete) return { text: s.complete, tone: 'complete' };
  return { text: s.unanswered(saved.unansweredCount ?? 0), tone: 'pending' };
}

/** 11月3日 14:05 this year, 2025年11月3日 otherwise (local time). */
export function formatSavedAt(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const day = `${date.getMonth() + 1}月${date.getDate()}日`;
  if (date.getFullYear() !== now.getFullYear()) return `${date.getFullYear()}年${day}`;
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return `${day} ${time}`;
}
