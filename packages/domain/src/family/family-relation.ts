/** How a family member (代办对象) is related to the citizen who acts for them. */
export const FAMILY_RELATIONS = [
  'PARENT',
  'SPOUSE',
  'CHILD',
  'SIBLING',
  'GRANDPARENT',
  'GRANDCHILD',
  'OTHER',
] as const;

export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];

/** What the app shows for each relation. */
export const FAMILY_RELATION_LABELS: Record<FamilyRelation, string> = {
  PARENT: '父母',
  SPOUSE: '配偶',
  CHILD: '子女',
  SIBLING: '兄弟姐妹',
  GRANDPARENT: '祖父母/外祖父母',
  GRANDCHILD: '孙子女/外孙子女',
  OTHER: '其他',
};

/** A citizen may act for at most this many family members (FAMILY_MEMBER_LIMIT beyond it). */
export const MAX_FAMILY_MEMBERS = 10;

export function isFamilyRelation(value: unknown): value is FamilyRelation {
  return typeof value === 'string' && (FAMILY_RELATIONS as readonly string[]).includes(value);
}
