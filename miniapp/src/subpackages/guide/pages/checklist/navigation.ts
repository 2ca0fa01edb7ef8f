export type ChecklistKind = 'ITEM' | 'THEME';

export interface ChecklistSubject {
  kind: ChecklistKind;
  code: string;
}

export const CHECKLIST_PAGE = '/subpackages/guide/pages/checklist/index';

/** The page of one subject's checklist (for Taro.navigateTo). */
export function checklistUrl(subject: ChecklistSubject): string {
  return `${CHECKLIST_PAGE}?kind=${subject.kind}&code=${encodeURIComponent(subject.code)}`;
}

/** The page showing a shared, read-only checklist (weapp share-card path). */
export function sharedChecklistPath(token: string): string {
  return `${CHECKLIST_PAGE}?share=${encodeURIComponent(token)}`;
}

/** The H5 link a family member opens (hash router, same origin as this page). */
export function sharedChecklistLink(
  token: string,
  location: { origin: string; pathname: string },
): string {
  return `${location.origin}${location.pathname}#${sharedChecklistPath(token)}`;
}

export function parseKind(value: string | undefined): ChecklistKind | undefined {
  return value === 'ITEM' || value === 'THEME' ? value : undefined;
}
