// Search as people type it: every word must appear, ignoring case, width (ＡＢ = AB) and spaces.

export const fold = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/**
 * The items whose text holds every word of the query. `folded`: the text is folded already
 * (thousands of projects: folded once, not at every keystroke).
 */
export function search<T>(
  items: readonly T[],
  query: string,
  text: (item: T) => string,
  { folded = false }: { folded?: boolean } = {},
): T[] {
  const words = query.split(/\s+/).map(fold).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const haystack = folded ? text(item) : fold(text(item));
    return words.every((word) => haystack.includes(word));
  });
}
