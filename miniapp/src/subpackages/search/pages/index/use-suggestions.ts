import { useEffect, useState } from 'react';

/** How long typing must pause before suggestions are fetched. */
export const SUGGEST_DEBOUNCE_MS = 250;

export interface Suggestion {
  text: string;
  kind: 'ITEM' | 'THEME';
  code: string;
}

export type SuggestionFetcher = (prefix: string) => Promise<readonly Suggestion[]>;

/**
 * Suggestions for what is being typed: fetched once typing has paused for `delayMs`, never for a
 * blank prefix; a response for an older prefix is dropped. Failures just mean no suggestions.
 */
export function useSuggestions(
  prefix: string,
  fetchSuggestions: SuggestionFetcher,
  delayMs: number = SUGGEST_DEBOUNCE_MS,
): readonly Suggestion[] {
  const [suggestions, setSuggestions] = useState<readonly Suggestion[]>([]);
  const trimmed = prefix.trim();

  useEffect(() => {
    if (!trimmed) {
      setSuggestions([]);
      return undefined;
    }
    let current = true;
    const timer = setTimeout(() => {
      fetchSuggestions(trimmed).then(
        (next) => {
          if (current) setSuggestions(next);
        },
        () => {
          if (current) setSuggestions([]);
        },
      );
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [trimmed, fetchSuggestions, delayMs]);

  return trimmed ? suggestions : [];
}
