// Which pages the build bakes: the overview, and for every disclosure its drill-down at the
// whole budget and at each 类, its basic-vs-project page and its department page. Deeper nodes
// (款, 项), other views and other settings (English, 元) are drawn in the browser from the data
// of the page they are opened on: README.md "Baked pages" gives the sizes that decided this.

import type { CatalogEntry } from '../../src/domain/catalog';
import type { DisclosureFile } from '../../src/domain/budget';
import { DEFAULT_ROUTE, hrefOf, type Route } from '../../src/state/url';

export interface PageSpec {
  route: Route;
  /** Its link below the site's root (`./`, `d/<id>/`, `d/<id>/201/`): the folder of its index.html. */
  href: string;
}

const page = (patch: Partial<Route>): PageSpec => {
  const route: Route = { ...DEFAULT_ROUTE, selection: [], pinned: [], ...patch };
  return { route, href: hrefOf(route) };
};

export const overviewPage = (): PageSpec => page({});

/** A disclosure's pages; the catalog's failed conversions have no data to draw and get none. */
export function disclosurePages(entry: CatalogEntry, disclosure: DisclosureFile | undefined): PageSpec[] {
  if (!disclosure) return [];
  const selection = [entry.id];
  const classes = disclosure.functional
    .filter((row) => row.level === 1 && /^\d{3}$/.test(row.code))
    .map((row) => row.code);
  return [
    page({ view: 'drill', selection }),
    ...classes.map((node) => page({ view: 'drill', selection, node })),
    page({ view: 'split', selection }),
    page({ view: 'department', selection }),
  ];
}
