// The build's renderer (run by scripts/bake in Node): one page of the explorer drawn to HTML
// from its data, as the browser will draw it, so that the browser can show it before any
// script runs and later hydrate it (src/main.tsx). The store is filled with records that read
// each file the page asks for, and note it: the page's data manifest (src/data/page.ts).

import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App, type Views } from '../App';
import type { DisclosureFile } from '../domain/budget';
import { EmbedView } from '../embed/Embed';
import type { PageData } from '../data/page';
import { bakedHead } from '../state/hooks';
import { useStore, type Loadable, type State } from '../state/store';
import { selectionIds, type Route } from '../state/url';
import Compare from '../views/Compare';
import Department from '../views/Department';
import Drill from '../views/Drill';
import Project from '../views/Project';
import Projects from '../views/Projects';
import Quality from '../views/Quality';
import Source from '../views/Source';
import Split from '../views/Split';

const VIEWS: Views = {
  drill: Drill,
  split: Split,
  compare: Compare,
  projects: Projects,
  department: Department,
  quality: Quality,
  source: Source,
  project: Project,
};

/** The store's records a page reads files into, by the manifest's names. */
type DataRecord = Exclude<keyof PageData, 'catalog'>;
const RECORDS: DataRecord[] = ['disclosures', 'checks', 'years', 'projectShards', 'sources'];

/** Reads one file of the site's data (undefined when there is none: the page shows it loading). */
export type ReadData = (record: DataRecord | 'catalog', key: string) => unknown;

export interface RenderedPage {
  /** The markup of `#root`. */
  html: string;
  title: string;
  description: string;
  data: PageData;
  /** The catalog's version. */
  version: string | null;
}

export function renderPage(route: Route, read: ReadData): RenderedPage {
  const data: PageData = {
    catalog: false,
    disclosures: [],
    checks: [],
    years: [],
    projectShards: [],
    sources: [],
  };
  const recording = (record: DataRecord) => {
    const seen = new Map<string, Loadable<unknown> | undefined>();
    return new Proxy({} as { [key: string]: Loadable<unknown> | undefined }, {
      get(_, key) {
        if (typeof key !== 'string') return undefined;
        if (!seen.has(key)) {
          const value = read(record, key);
          seen.set(key, value === undefined ? undefined : { status: 'ready', value });
          if (value !== undefined) data[record].push(key);
        }
        return seen.get(key);
      },
    });
  };
  const catalog = read('catalog', '');
  data.catalog = catalog !== undefined;
  const state: Partial<State> = {
    route,
    urlNotices: [],
    recent: [],
    dismissed: [],
    provenance: null,
    catalog:
      catalog === undefined
        ? { status: 'loading' }
        : ({ status: 'ready', value: catalog } as State['catalog']),
    ...(Object.fromEntries(RECORDS.map((record) => [record, recording(record)])) as Partial<State>),
  };
  useStore.setState(state);
  Object.assign(bakedHead, { title: '', description: '' });
  const html = renderToString(
    <StrictMode>
      <App views={VIEWS} />
    </StrictMode>,
  );
  const version = (catalog as { version?: string } | undefined)?.version ?? null;
  return { html, title: bakedHead.title, description: bakedHead.description, data, version };
}

/** An embed page (src/embed/Embed.tsx) from its disclosures; its version is theirs, as its `v=` names them. */
export function renderEmbed(route: Route, read: ReadData): Omit<RenderedPage, 'title' | 'description'> {
  const ids = selectionIds(route.selection);
  const disclosures = ids.map((id) => read('disclosures', id) as DisclosureFile | undefined);
  const ready = disclosures.every((d) => d !== undefined) ? (disclosures as DisclosureFile[]) : null;
  const html = renderToString(
    <StrictMode>
      <EmbedView route={route} disclosures={ready} error={null} />
    </StrictMode>,
  );
  const data: PageData = {
    catalog: false,
    disclosures: ready ? ids : [],
    checks: [],
    years: [],
    projectShards: [],
    sources: [],
  };
  return { html, data, version: ready ? ready.map((d) => d.version).join(',') : null };
}
