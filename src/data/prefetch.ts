// Data requests started by the boot script, before the app's code has run: the catalog and
// the disclosures the URL names. src/data/load.ts takes them over instead of fetching again.

import { selectionIds } from '../domain/selection';

const started = new Map<string, Promise<Response>>();

export const CATALOG_PATH = 'data/index.json';

export function disclosurePath(id: string): string {
  return `data/disclosures/${encodeURIComponent(id)}.json`;
}

/** Called once by a boot script of a page drawn in the browser, with the route's selection. */
export function prefetch(selection: readonly string[], { catalog = true } = {}): void {
  if (catalog) started.set(CATALOG_PATH, fetch(CATALOG_PATH));
  // Once each: three units of one disclosure are one file.
  for (const id of selectionIds(selection).slice(0, 4)) {
    const path = disclosurePath(id);
    started.set(path, fetch(path));
  }
}

/** The response of a request the boot script started, once. */
export function takePrefetched(path: string): Promise<Response> | undefined {
  const response = started.get(path);
  started.delete(path);
  return response;
}
