// Checks the URL's ids against the data: unknown disclosures or units give a notice and are
// left out, never a blank page.

import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from './store';
import { parseSelectionKey, type Notice } from './url';

export function useSelectionNotices(): Notice[] {
  const selection = useStore(useShallow((s) => s.route.selection));
  const catalog = useStore((s) => s.catalog);
  const disclosures = useStore((s) => s.disclosures);
  return useMemo(() => {
    if (catalog.status !== 'ready') return [];
    const known = new Set(catalog.value.disclosures.map((d) => d.id));
    return selection.flatMap((key): Notice[] => {
      const { id, unit } = parseSelectionKey(key);
      if (!known.has(id)) return [{ param: 'd', value: key, reason: 'unknown-id' }];
      const loaded = disclosures[id];
      if (unit && loaded?.status === 'ready' && !loaded.value.units.some((u) => u.code === unit)) {
        return [{ param: 'd', value: key, reason: 'unknown-id' }];
      }
      return [];
    });
  }, [selection, catalog, disclosures]);
}
