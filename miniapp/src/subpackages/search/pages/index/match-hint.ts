import type { SearchMatch } from '@/gql/graphql';
import { searchStrings as s } from './strings';

/** The small "why did this match" hint of a result; none for a plain name match. */
export function matchHint(match: SearchMatch): string | undefined {
  switch (match) {
    case 'NAME':
      return undefined;
    case 'SYNONYM':
      return s.match.synonym;
    case 'PINYIN':
      return s.match.pinyin;
    case 'INITIALS':
      return s.match.initials;
    case 'TYPO':
      return s.match.typo;
    case 'MATERIAL':
      return s.match.material;
    case 'DEPARTMENT':
      return s.match.department;
    default: {
      const unreachable: never = match;
      void unreachable;
      return undefined;
    }
  }
}
