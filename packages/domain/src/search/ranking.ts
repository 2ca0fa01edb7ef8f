/** How a hit matched the query, best first. */
export const SEARCH_MATCH_KINDS = [
  'NAME',
  'SYNONYM',
  'PINYIN',
  'INITIALS',
  'TYPO',
  'MATERIAL',
  'DEPARTMENT',
] as const;
export type SearchMatchKind = (typeof SEARCH_MATCH_KINDS)[number];

/** Where in the matched text the query was found, best first. */
export const MATCH_POSITIONS = ['EXACT', 'PREFIX', 'CONTAINS'] as const;
export type MatchPosition = (typeof MATCH_POSITIONS)[number];

export interface RankableHit {
  code: string;
  name: string;
  match: SearchMatchKind;
  position: MatchPosition;
}

/** Where `query` occurs in `text`: the whole of it, its start, anywhere, or not at all. */
export function matchPosition(query: string, text: string): MatchPosition | null {
  if (query.length === 0) return null;
  if (text === query) return 'EXACT';
  if (text.startsWith(query)) return 'PREFIX';
  if (text.includes(query)) return 'CONTAINS';
  return null;
}

/**
 * The search ranking: name matches before synonym matches before pinyin (full, then initials)
 * before typo matches before matches of a needed material or the department; within a kind,
 * exact before prefix before contains; then the shorter name (the more specific item); then code,
 * so every instance answers alike.
 */
export function compareSearchHits(a: RankableHit, b: RankableHit): number {
  return (
    SEARCH_MATCH_KINDS.indexOf(a.match) - SEARCH_MATCH_KINDS.indexOf(b.match) ||
    MATCH_POSITIONS.indexOf(a.position) - MATCH_POSITIONS.indexOf(b.position) ||
    [...a.name].length - [...b.name].length ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

export function rankSearchHits<T extends RankableHit>(hits: readonly T[]): T[] {
  return [...hits].sort(compareSearchHits);
}
