// One zustand store in slices: the route (mirrored from the URL, which is the source of truth)
// and the data (loaded on demand and cached). Actions sit next to the state they change.

import { useStore as useZustand } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { ChecksFile, DisclosureFile } from '../domain/budget';
import type { Catalog, ProjectShard } from '../domain/catalog';
import type { SourceRef } from '../model/amount';
import {
  loadCatalog,
  loadChecks,
  loadDisclosure,
  loadProjectShard,
  loadSource,
  loadYears,
} from '../data/load';
import type { DepartmentYears } from '../domain/years';
import type { PageData } from '../data/page';
import { pagePath } from './page';
import { DEFAULT_ROUTE, linkOf, parseLocation, type Notice, type Route } from './url';

export type Loadable<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

interface RouteSlice {
  route: Route;
  /** Notices about the URL as it was parsed. */
  urlNotices: Notice[];
  dismissed: string[];
  /** The last non-empty selection of this visit: a view opened with none shows it. */
  recent: string[];
  /** Go somewhere: the URL changes first, the state follows. */
  navigate: (patch: Partial<Route>, options?: { replace?: boolean }) => void;
  /** Re-read the URL (start-up, back and forward). */
  syncFromLocation: () => void;
  dismiss: (key: string) => void;
}

interface DataSlice {
  catalog: Loadable<Catalog>;
  disclosures: Record<string, Loadable<DisclosureFile>>;
  checks: Record<string, Loadable<ChecksFile>>;
  sources: Record<string, Loadable<string>>;
  /** The projects index, shard by shard (`projects/<n>.json`). */
  projectShards: Record<string, Loadable<ProjectShard>>;
  /** One department across years (`years/<key>.json`), by its key. */
  years: Record<string, Loadable<DepartmentYears>>;
  ensureCatalog: () => void;
  ensureDisclosure: (id: string) => void;
  ensureChecks: (id: string) => void;
  ensureSource: (file: string) => void;
  ensureProjectShard: (n: number) => void;
  ensureYears: (key: string) => void;
  /** Everything a baked page was drawn from, loaded before it hydrates (all at once: one render). */
  preload: (data: PageData) => Promise<void>;
}

/** A figure whose sources are being shown (transient: not part of the URL). */
export interface ProvenanceRequest {
  label: string;
  value: string;
  sources: SourceRef[];
  /** Where the figure is on the page (document coordinates), so the panel opens beside it. */
  anchor?: { top: number; bottom: number; left: number };
}

interface UiSlice {
  provenance: ProvenanceRequest | null;
  showProvenance: (request: ProvenanceRequest | null) => void;
}

export type State = RouteSlice & DataSlice & UiSlice;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

let catalogRequested = false;

const store = createStore<State>()((set, get) => {
  /** Starts a load once per key; the result lands in the given record. */
  function ensure<K extends 'disclosures' | 'checks' | 'sources' | 'projectShards' | 'years'>(
    slice: K,
    key: string,
    load: () => Promise<State[K][string] extends Loadable<infer T> ? T : never>,
  ): void {
    if (get()[slice][key]) return;
    set((state) => ({ [slice]: { ...state[slice], [key]: { status: 'loading' } } }) as Partial<State>);
    load().then(
      (value) =>
        set(
          (state) => ({ [slice]: { ...state[slice], [key]: { status: 'ready', value } } }) as Partial<State>,
        ),
      (error: unknown) =>
        set(
          (state) =>
            ({
              [slice]: { ...state[slice], [key]: { status: 'error', error: errorText(error) } },
            }) as Partial<State>,
        ),
    );
  }

  return {
    route: DEFAULT_ROUTE,
    urlNotices: [],
    dismissed: [],
    recent: [],
    navigate: (patch, options) => {
      const route = { ...get().route, ...patch };
      // Relative to the site's root (the page's <base>).
      const url = linkOf(route);
      if (options?.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      set({ route, provenance: null, recent: route.selection.length ? route.selection : get().recent });
    },
    syncFromLocation: () => {
      const { route, notices } = parseLocation(pagePath(), window.location.search);
      set({
        route,
        urlNotices: notices,
        provenance: null,
        recent: route.selection.length ? route.selection : get().recent,
      });
    },
    dismiss: (key) => set((state) => ({ dismissed: [...state.dismissed, key] })),

    catalog: { status: 'loading' },
    disclosures: {},
    checks: {},
    sources: {},
    projectShards: {},
    years: {},
    ensureCatalog: () => {
      if (catalogRequested) return;
      catalogRequested = true;
      loadCatalog().then(
        (value) => set({ catalog: { status: 'ready', value } }),
        (error: unknown) => set({ catalog: { status: 'error', error: errorText(error) } }),
      );
    },
    ensureDisclosure: (id) => ensure('disclosures', id, () => loadDisclosure(id)),
    ensureChecks: (id) => ensure('checks', id, () => loadChecks(id)),
    ensureSource: (file) => ensure('sources', file, () => loadSource(file)),
    ensureProjectShard: (n) => ensure('projectShards', String(n), () => loadProjectShard(n)),
    ensureYears: (key) => ensure('years', key, () => loadYears(key)),
    preload: async (data) => {
      const all = <T>(keys: string[], load: (key: string) => Promise<T>) =>
        Promise.all(keys.map(async (key) => [key, { status: 'ready', value: await load(key) }] as const));
      const [catalog, disclosures, checks, years, projectShards, sources] = await Promise.all([
        data.catalog ? loadCatalog() : null,
        all(data.disclosures, loadDisclosure),
        all(data.checks, loadChecks),
        all(data.years, loadYears),
        all(data.projectShards, (n) => loadProjectShard(Number(n))),
        all(data.sources, loadSource),
      ]);
      if (catalog) catalogRequested = true;
      set((state) => ({
        ...(catalog ? { catalog: { status: 'ready', value: catalog } } : {}),
        disclosures: { ...state.disclosures, ...Object.fromEntries(disclosures) },
        checks: { ...state.checks, ...Object.fromEntries(checks) },
        years: { ...state.years, ...Object.fromEntries(years) },
        projectShards: { ...state.projectShards, ...Object.fromEntries(projectShards) },
        sources: { ...state.sources, ...Object.fromEntries(sources) },
      }));
    },

    provenance: null,
    showProvenance: (provenance) => set({ provenance }),
  };
});

/**
 * The store's hook (as zustand's `create` makes it), except that while React hydrates a baked
 * page it reads the state as it is, which holds the page's data (preload), not the empty state
 * the store started with: the HTML was drawn from that data.
 */
const hydrating = { ...store, getInitialState: store.getState };
type Hook = {
  (): State;
  <T>(selector: (state: State) => T): T;
} & typeof store;
export const useStore = Object.assign(
  <T>(selector?: (state: State) => T) => useZustand(hydrating, selector as (state: State) => T),
  store,
) as Hook;
