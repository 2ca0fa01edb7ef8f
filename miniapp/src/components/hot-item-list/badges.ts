import { hotItemStrings as s } from './strings';

export type BadgeKind = 'online' | 'visits' | 'days';

export interface ItemBadge {
  kind: BadgeKind;
  text: string;
}

export interface BadgeSource {
  fullyOnline: boolean;
  visitsNeeded: number;
  committedDays: number;
}

/** The badges of a service item row: 全程网办, 零跑腿 / 最多跑一次, 即办 / 承诺 N 个工作日. */
export function getItemBadges(item: BadgeSource): ItemBadge[] {
  const badges: ItemBadge[] = [];
  if (item.fullyOnline) badges.push({ kind: 'online', text: s.fullyOnline });
  if (item.visitsNeeded === 0) badges.push({ kind: 'visits', text: s.zeroVisits });
  else if (item.visitsNeeded === 1) badges.push({ kind: 'visits', text: s.oneVisit });
  badges.push({
    kind: 'days',
    text: item.committedDays === 0 ? s.instant : s.committedDays(item.committedDays),
  });
  return badges;
}
