import { withinOneEditOfPart } from './edit-distance';
import { matchPosition, type MatchPosition, type SearchMatchKind } from './ranking';

/** What the index knows of one item or theme, prepared once when the catalogue changes. */
export interface SearchableDocument {
  /** Normalised (lower-case, half-width) name. */
  name: string;
  /** Toneless pinyin of the name, one syllable per entry; other characters as they are. */
  syllables: readonly string[];
  /** The syllables joined and their initials ({@link pinyinForms}); computed when missing. */
  pinyin?: { full: string; initials: string };
  /** Names of the materials the item needs (for a theme: of all its items), normalised. */
  materials: readonly string[];
  /** Normalised department name; empty for a theme. */
  department: string;
}

export interface PreparedQuery {
  /** The normalised query. */
  text: string;
  /** Without spaces. */
  compact: string;
  /** Space-separated terms (one for most queries). */
  terms: readonly string[];
  /** The query said in other words, from the synonym table. */
  synonyms: readonly string[];
  /** True when the query is only Latin letters and spaces: pinyin or initials. */
  latin: boolean;
}

export interface DocumentMatch {
  match: SearchMatchKind;
  position: MatchPosition;
}

/** Typo tolerance starts at this many characters (Chinese) or letters (pinyin). */
export const MIN_TYPO_CHINESE = 3;
export const MIN_TYPO_LETTERS = 5;

export function prepareQuery(text: string, synonyms: readonly string[]): PreparedQuery {
  return {
    text,
    compact: text.replace(/ /g, ''),
    terms: text.split(' ').filter(Boolean),
    synonyms,
    latin: /^[a-z ]+$/.test(text),
  };
}

/** Pinyin as the index compares it: syllables joined, and their initials. */
export function pinyinForms(syllables: readonly string[]): { full: string; initials: string } {
  return {
    full: syllables.join(''),
    initials: syllables.map((syllable) => syllable.charAt(0)).join(''),
  };
}

/** How well one document matches the query, by the best kind of match; null when it does not. */
export function matchDocument(query: PreparedQuery, doc: SearchableDocument): DocumentMatch | null {
  if (query.compact.length === 0) return null;
  const name = textMatch(query, doc.name);
  if (name) return { match: 'NAME', position: name };

  let synonymPosition: MatchPosition | null = null;
  for (const synonym of query.synonyms) {
    const position = matchPosition(synonym.replace(/ /g, ''), doc.name);
    if (position && (!synonymPosition || rank(position) < rank(synonymPosition)))
      synonymPosition = position;
  }
  if (synonymPosition) return { match: 'SYNONYM', position: synonymPosition };

  if (query.latin) {
    const { full, initials } = doc.pinyin ?? pinyinForms(doc.syllables);
    const pinyin = syllableMatch(query.compact, doc.syllables, full);
    if (pinyin) return { match: 'PINYIN', position: pinyin };
    const initialsPosition = matchPosition(query.compact, initials);
    if (initialsPosition) return { match: 'INITIALS', position: initialsPosition };
    if (query.compact.length >= MIN_TYPO_LETTERS && withinOneEditOfPart(query.compact, full))
      return { match: 'TYPO', position: 'CONTAINS' };
  } else if (
    [...query.compact].length >= MIN_TYPO_CHINESE &&
    withinOneEditOfPart(query.compact, doc.name)
  ) {
    return { match: 'TYPO', position: 'CONTAINS' };
  }

  for (const candidate of [query.compact, ...query.synonyms]) {
    if (doc.materials.some((material) => material.includes(candidate)))
      return { match: 'MATERIAL', position: 'CONTAINS' };
  }
  if (doc.department.length > 0 && doc.department.includes(query.compact))
    return { match: 'DEPARTMENT', position: 'CONTAINS' };
  return null;
}

function rank(position: MatchPosition): number {
  return position === 'EXACT' ? 0 : position === 'PREFIX' ? 1 : 2;
}

/** The query, or all its terms, in the text. */
function textMatch(query: PreparedQuery, text: string): MatchPosition | null {
  const whole = matchPosition(query.compact, text) ?? matchPosition(query.text, text);
  if (whole) return whole;
  if (query.terms.length > 1 && query.terms.every((term) => text.includes(term))) return 'CONTAINS';
  return null;
}

/** Full pinyin matched from the start of a syllable (kaifandian in wo yao kai fan dian). */
function syllableMatch(
  compact: string,
  syllables: readonly string[],
  full: string,
): MatchPosition | null {
  if (full === compact) return 'EXACT';
  if (full.startsWith(compact)) return 'PREFIX';
  let offset = 0;
  for (const syllable of syllables) {
    if (full.startsWith(compact, offset)) return 'CONTAINS';
    offset += syllable.length;
  }
  return null;
}
