import { queueStrings as s } from '../strings';
import type { WaitRangeLike } from './types';

/** Whether the estimate is no wait at all (the next one, a window free). */
export function noWait(range: WaitRangeLike | null | undefined): boolean {
  return range != null && Math.round(range.maxMinutes) <= 0;
}

/** 约 5–10 分钟 (约 5 分钟 when both ends agree); null when there is no estimate or no wait. */
export function waitText(range: WaitRangeLike | null | undefined): string | null {
  if (!range || noWait(range)) return null;
  const min = Math.max(0, Math.round(range.minMinutes));
  const max = Math.max(min, Math.round(range.maxMinutes));
  return s.waitRange(min, max);
}
