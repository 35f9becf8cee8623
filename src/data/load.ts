// The only place the app fetches. Paths are relative so the build works under any sub-path.

import type { Catalog } from '../domain/catalog';

export async function loadCatalog(): Promise<Catalog> {
  const response = await fetch('data/index.json');
  if (!response.ok) throw new Error(`data/index.json: HTTP ${response.status}`);
  return (await response.json()) as Catalog;
}
