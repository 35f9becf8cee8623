// Data requests started by the boot script, before the app's code has run, for the disclosures
// the URL names. src/data/load.ts takes them over instead of fetching again.

import { parseSelectionKey } from '../domain/selection';

const started = new Map<string, Promise<Response>>();

export function disclosurePath(id: string): string {
  return `data/disclosures/${encodeURIComponent(id)}.json`;
}

/** Called once by the boot script with the page's query string. */
export function prefetchFromUrl(search: string): void {
  const ids = (new URLSearchParams(search).get('d') ?? '').split(',').slice(0, 4);
  for (const key of ids) {
    const { id } = parseSelectionKey(key);
    if (/^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/.test(id)) {
      const path = disclosurePath(id);
      started.set(path, fetch(path));
    }
  }
}

/** The response of a request the boot script started, once. */
export function takePrefetched(path: string): Promise<Response> | undefined {
  const response = started.get(path);
  started.delete(path);
  return response;
}
