// Which pages the build bakes: the overview and the list of every project; for every disclosure
// its drill-down at the whole budget and at each 类, its basic-vs-project, department,
// data-quality and source-text pages, and the embed of its drill-down at the whole budget and at
// each 类. Deeper nodes (款, 项), comparisons, one project's page and other settings (English, 元)
// are drawn in the browser from the data of the page they are opened on: README.md "Baked pages"
// gives the sizes that decided this.

import type { CatalogEntry } from '../../src/domain/catalog';
import type { DisclosureFile } from '../../src/domain/budget';
import { DEFAULT_ROUTE, embedHrefOf, hrefOf, type Route } from '../../src/state/url';

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

/** The pages of the whole site besides the overview: every project (`projects/`). */
export const sitePages = (): PageSpec[] => [page({ view: 'projects' })];

/** A disclosure's pages; the catalog's failed conversions have no data to draw and get none. */
export function disclosurePages(entry: CatalogEntry, disclosure: DisclosureFile | undefined): PageSpec[] {
  if (!disclosure) return [];
  const selection = [entry.id];
  return [
    page({ view: 'drill', selection }),
    ...classesOf(disclosure).map((node) => page({ view: 'drill', selection, node })),
    page({ view: 'split', selection }),
    page({ view: 'department', selection }),
    page({ view: 'quality', selection }),
    page({ view: 'source', selection }),
  ];
}

/** A disclosure's embeds: its drill-down's chart at the whole budget and at each 类 (`e/<id>/201/`). */
export function embedPages(entry: CatalogEntry, disclosure: DisclosureFile | undefined): PageSpec[] {
  if (!disclosure) return [];
  const selection = [entry.id];
  return [null, ...classesOf(disclosure)].map((node) => {
    const { route } = page({ view: 'drill', selection, node });
    return { route, href: embedHrefOf(route) };
  });
}

function classesOf(disclosure: DisclosureFile): string[] {
  return disclosure.functional
    .filter((row) => row.level === 1 && /^\d{3}$/.test(row.code))
    .map((row) => row.code);
}
