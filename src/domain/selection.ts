// What the user has selected: disclosures, or units of them. The URL writes each as `id` or
// `id:unitCode` (`d=a,b:032002`); this is the one place such a key is taken apart.

/** One selected entity, as `d=` names it: a disclosure id, or `id:unitCode` for one of its units. */
export interface SelectionKey {
  id: string;
  unit: string | null;
}

/** `id` or `id:unitCode` → its parts; the only place a selection key is split. */
export function parseSelectionKey(key: string): SelectionKey {
  const colon = key.indexOf(':');
  return colon < 0 ? { id: key, unit: null } : { id: key.slice(0, colon), unit: key.slice(colon + 1) };
}

/** The disclosures a selection names, each once, in order. */
export function selectionIds(selection: readonly string[]): string[] {
  return [...new Set(selection.map((key) => parseSelectionKey(key).id))];
}

/** The selection with `key` added, or removed when it is already there. */
export function toggleSelection(selection: readonly string[], key: string): string[] {
  return selection.includes(key) ? selection.filter((k) => k !== key) : [...selection, key];
}

/** The key the URL writes for a selected entity. */
export function formatSelectionKey(key: SelectionKey): string {
  return key.unit ? `${key.id}:${key.unit}` : key.id;
}
