// The URL is the source of truth for what the user is looking at. Each parameter is parsed into
// valid / invalid / missing; invalid ones fall back to their default and produce a notice that
// the page shows. Ids and codes are checked against the data later (see resolve.ts).

import {
  formatSelectionKey,
  parseSelectionKey,
  selectionIds,
  toggleSelection,
  type SelectionKey,
} from '../domain/selection';

export { formatSelectionKey, parseSelectionKey, selectionIds, toggleSelection, type SelectionKey };

import { LANGUAGES, type Language } from '../i18n/language';

export const VIEWS = [
  'overview',
  'drill',
  'split',
  'compare',
  'projects',
  'department',
  'quality',
  'source',
  'project',
] as const;
export type View = (typeof VIEWS)[number];

export const MONEY_UNIT_PARAMS = { wan: '万元', yuan: '元', yi: '亿元' } as const;
export type MoneyUnitParam = keyof typeof MONEY_UNIT_PARAMS;

export { LANGUAGES, type Language };

export interface Route {
  view: View;
  /** Selected entities: disclosure ids, or `id:unitCode` for a unit of a disclosure. */
  selection: string[];
  /** Functional classification node being looked at (null = the whole budget). */
  node: string | null;
  unit: MoneyUnitParam;
  lang: Language;
  /** Project search. */
  query: string;
  /** Table sort: `column.asc` / `column.desc`. */
  sort: string | null;
  /** Source view: the line to highlight. */
  line: number | null;
  /** Source view: the figure to mark on that line, as printed (`cite=4,792,654.93`). */
  cite: string | null;
  /** Embeds: the data versions the chart was made with (`v=a1b2c3,d4e5f6`). */
  pinned: string[];
  /** Overview filters: region (`region=北京市`), budget year (`year=2026`), kind (`kind=部门决算`). */
  region: string | null;
  year: number | null;
  kind: string | null;
  /** Project page: the project's place (1-based) in its disclosure's project list (`p=3`). */
  project: number | null;
  /** Embeds: a title the journalist wrote for the chart (`title=…`), shown instead of the generated one. */
  title: string | null;
}

export const DEFAULT_ROUTE: Route = {
  view: 'overview',
  selection: [],
  node: null,
  unit: 'wan',
  lang: 'zh',
  query: '',
  sort: null,
  line: null,
  cite: null,
  pinned: [],
  region: null,
  year: null,
  kind: null,
  title: null,
  project: null,
};

/** What the page says about a parameter it could not use. */
export interface Notice {
  param: string;
  value: string;
  reason: 'unknown-value' | 'unknown-param' | 'repeated' | 'too-long' | 'unknown-id' | 'unknown-code';
}

const KNOWN = new Set([
  'view',
  'd',
  'node',
  'unit',
  'lang',
  'q',
  'sort',
  'line',
  'cite',
  'v',
  'region',
  'year',
  'kind',
  'title',
  'p',
]);
/** A region or kind as the data names them: Chinese or Latin words, no markup. */
const NAME = /^[\p{Script=Han}A-Za-z0-9（）()·\s-]{1,40}$/u;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}(:\d{3,6})?$/;
const CODE = /^\d{3}(\d{2}){0,2}$/;
const SORT = /^[a-zA-Z-]{1,30}\.(asc|desc)$/;
const MAX_LENGTH = 2000;

export function parseRoute(search: string): { route: Route; notices: Notice[] } {
  const notices: Notice[] = [];
  // A query string this long is not a link anyone shared on purpose: read none of it, and say so.
  const tooLong = search.length > MAX_LENGTH * 4;
  if (tooLong) notices.push({ param: 'URL', value: `${search.length}`, reason: 'too-long' });
  const params = new URLSearchParams(tooLong ? '' : search);
  const route: Route = { ...DEFAULT_ROUTE, selection: [], pinned: [] };
  const seen = new Set<string>();
  for (const [name, raw] of params) {
    const value = raw.slice(0, MAX_LENGTH);
    if (!KNOWN.has(name)) {
      notices.push({ param: name.slice(0, 40), value: value.slice(0, 40), reason: 'unknown-param' });
      continue;
    }
    if (seen.has(name)) {
      notices.push({ param: name, value: value.slice(0, 40), reason: 'repeated' });
      continue;
    }
    seen.add(name);
    if (raw.length > MAX_LENGTH) {
      notices.push({ param: name, value: value.slice(0, 40), reason: 'too-long' });
      continue;
    }
    const invalid = (): void => {
      notices.push({ param: name, value: value.slice(0, 40), reason: 'unknown-value' });
    };
    switch (name) {
      case 'view':
        if ((VIEWS as readonly string[]).includes(value)) route.view = value as View;
        else invalid();
        break;
      case 'd': {
        const ids = value.split(',').filter(Boolean);
        for (const id of ids) {
          if (ID.test(id) && !route.selection.includes(id) && route.selection.length < 12)
            route.selection.push(id);
          else notices.push({ param: 'd', value: id.slice(0, 40), reason: 'unknown-id' });
        }
        break;
      }
      case 'node':
        if (CODE.test(value)) route.node = value;
        else invalid();
        break;
      case 'unit':
        if (Object.hasOwn(MONEY_UNIT_PARAMS, value)) route.unit = value as MoneyUnitParam;
        else invalid();
        break;
      case 'lang':
        if ((LANGUAGES as readonly string[]).includes(value)) route.lang = value as Language;
        else invalid();
        break;
      case 'q':
        route.query = value.slice(0, 100);
        break;
      case 'sort':
        if (SORT.test(value)) route.sort = value;
        else invalid();
        break;
      case 'v':
        for (const version of value.split(',')) {
          if (/^[0-9a-f]{4,40}$/.test(version) && route.pinned.length < 12) route.pinned.push(version);
          else notices.push({ param: 'v', value: version.slice(0, 40), reason: 'unknown-value' });
        }
        break;
      case 'region':
      case 'kind':
        if (NAME.test(value)) route[name] = value.trim();
        else invalid();
        break;
      case 'p': {
        const position = Number(value);
        if (/^\d{1,6}$/.test(value) && position >= 1) route.project = position;
        else invalid();
        break;
      }
      case 'title': {
        // Plain text of a headline's length; control characters are not text.
        const title = value.replace(/[\u0000-\u001f\u007f]/g, '').trim();
        if (title && title.length <= 120) route.title = title;
        else invalid();
        break;
      }
      case 'year':
        if (/^(19|20)\d{2}$/.test(value)) route.year = Number(value);
        else invalid();
        break;
      case 'cite':
        if (/^-?[\d,]{1,20}(\.\d{1,8})?$/.test(value)) route.cite = value;
        else invalid();
        break;
      case 'line': {
        const line = Number(value);
        if (/^\d{1,7}$/.test(value) && line >= 1) route.line = line;
        else invalid();
        break;
      }
    }
  }
  return { route, notices };
}

/** The canonical query string of a route: defaults left out, fixed parameter order. */
export function serializeRoute(route: Route): string {
  const params = new URLSearchParams();
  if (route.view !== DEFAULT_ROUTE.view) params.set('view', route.view);
  if (route.selection.length) params.set('d', route.selection.join(','));
  if (route.node) params.set('node', route.node);
  if (route.unit !== DEFAULT_ROUTE.unit) params.set('unit', route.unit);
  if (route.lang !== DEFAULT_ROUTE.lang) params.set('lang', route.lang);
  if (route.query) params.set('q', route.query);
  if (route.sort) params.set('sort', route.sort);
  if (route.line) params.set('line', String(route.line));
  if (route.cite) params.set('cite', route.cite);
  if (route.pinned.length) params.set('v', route.pinned.join(','));
  if (route.region) params.set('region', route.region);
  if (route.year) params.set('year', String(route.year));
  if (route.kind) params.set('kind', route.kind);
  if (route.title) params.set('title', route.title);
  if (route.project) params.set('p', String(route.project));
  const text = params.toString();
  return text ? `?${text}` : '';
}

// Pages of their own. A disclosure's main views have a path (`d/<id>/`, `d/<id>/201/`,
// `d/<id>/split/`), which the build bakes into an HTML file (scripts/bake); every other state
// of the explorer is that path, or the site's root, with the rest of the route in the query.
// Paths are relative to the site's root, which every page names in its <base>.

/** The views with a page of their own for one disclosure, and their path segment. */
const PAGE_VIEWS = {
  drill: '',
  split: 'split',
  department: 'department',
  quality: 'quality',
  source: 'source',
} as const;
type PageView = keyof typeof PAGE_VIEWS;

/** Views of the whole site with a page of their own (`projects/`). */
const SITE_VIEWS = { projects: 'projects' } as const;
type SiteView = keyof typeof SITE_VIEWS;

/** A 类 (three digits): the deepest node with a page of its own. */
const PAGE_NODE = /^\d{3}$/;

function isPageView(view: View): view is PageView {
  return Object.hasOwn(PAGE_VIEWS, view);
}

function isSiteView(view: View): view is SiteView {
  return Object.hasOwn(SITE_VIEWS, view);
}

/**
 * The route as its link says it: without what its view does not show, so that the same page has
 * one link (the department page reached from a 款 is `d/<id>/department/`, not `…?node=20103`).
 * The store keeps the whole route, so the way back to the drill-down still finds the 款.
 */
function shownPart(route: Route): Route {
  switch (route.view) {
    case 'projects':
      return { ...route, selection: [], node: null };
    case 'overview':
    case 'department':
    case 'quality':
    case 'source':
    case 'project':
      return { ...route, node: null };
    default:
      return route;
  }
}

/** The part of a route its path holds (`d/<id>/201/`), and what is left for the query. */
export function routePath(whole: Route): { path: string; rest: Route } {
  const route = shownPart(whole);
  if (isSiteView(route.view)) {
    return { path: `${SITE_VIEWS[route.view]}/`, rest: { ...route, view: DEFAULT_ROUTE.view } };
  }
  const [key] = route.selection;
  if (!isPageView(route.view) || route.selection.length !== 1 || key.includes(':')) {
    return { path: '', rest: route };
  }
  const id = encodeURIComponent(key);
  const nodePage = route.view === 'drill' && route.node !== null ? route.node.slice(0, 3) : null;
  const segment = nodePage ?? PAGE_VIEWS[route.view];
  const path = `d/${id}/${segment ? `${segment}/` : ''}`;
  const node = route.node === nodePage ? null : route.node;
  return { path, rest: { ...route, view: DEFAULT_ROUTE.view, selection: [], node } };
}

/**
 * The route of the baked page a route is drawn from first, when the page can move to it in
 * place once it runs: a node below the 类 of a drill-down's page (`d/<id>/201/?node=20103`),
 * any node of a basic-vs-project page, a line of a source text. Null when the route is a page
 * of its own, or needs another.
 */
export function bakedBase(route: Route): Route | null {
  if (route.selection.length !== 1) return null;
  if (route.view === 'source' && route.line !== null) return { ...route, line: null, cite: null };
  if (route.view === 'drill' && route.node !== null && route.node.length > 3) {
    return { ...route, node: route.node.slice(0, 3) };
  }
  if (route.view === 'split' && route.node !== null) return { ...route, node: null };
  return null;
}

/** The link to a route, relative to the site's root: its path and its query. */
export function hrefOf(route: Route): string {
  const { path, rest } = routePath(route);
  return `${path}${serializeRoute(rest)}` || './';
}

/**
 * A link as it is shared and opened: a line of a source text also names its anchor (`#L44`),
 * so that the browser scrolls to the line and marks it (`:target`) before any script runs.
 */
export function linkOf(route: Route): string {
  const href = hrefOf(route);
  return route.view === 'source' && route.line !== null ? `${href}#L${route.line}` : href;
}

/** What a path says (`d/<id>/201/` → drill, that id, node 201); null when it is not one of ours. */
export function parsePath(path: string): Partial<Route> | null {
  const parts = path
    .replace(/(^|\/)index\.html$/, '')
    .split('/')
    .filter(Boolean);
  if (parts.length === 0) return {};
  const site = (Object.keys(SITE_VIEWS) as SiteView[]).find((v) => SITE_VIEWS[v] === parts[0]);
  if (site) return parts.length === 1 ? { view: site } : null;
  if (parts[0] !== 'd' || parts.length < 2 || parts.length > 3) return null;
  let id: string;
  try {
    id = decodeURIComponent(parts[1]);
  } catch {
    return null;
  }
  if (!ID.test(id) || id.includes(':')) return null;
  const segment = parts[2] ?? '';
  if (PAGE_NODE.test(segment)) return { view: 'drill', selection: [id], node: segment };
  const view = (Object.keys(PAGE_VIEWS) as PageView[]).find((v) => PAGE_VIEWS[v] === segment);
  return view ? { view, selection: [id] } : null;
}

/** The route of a page's path and query: the query's parameters win over the path's. */
export function parseLocation(path: string, search: string): { route: Route; notices: Notice[] } {
  const { route, notices } = parseRoute(search);
  const fromPath = parsePath(path);
  if (fromPath === null) {
    notices.push({ param: 'URL', value: path.slice(0, 40), reason: 'unknown-value' });
    return { route, notices };
  }
  const query = new URLSearchParams(search);
  const merged = { ...route };
  if (fromPath.view && !query.has('view')) merged.view = fromPath.view;
  if (fromPath.selection && !query.has('d')) merged.selection = fromPath.selection;
  if (fromPath.node && !query.has('node')) merged.node = fromPath.node;
  return { route: merged, notices };
}

/**
 * The embed page of a route, relative to the site's root: one disclosure's drill-down or
 * basic-vs-project has a baked page under `e/` (`e/<id>/201/?v=…`, the path of its explorer
 * page); anything else is `embed.html?…`.
 */
export function embedHrefOf(route: Route): string {
  const { path, rest } = routePath(route);
  if (path && (route.view === 'drill' || route.view === 'split')) {
    return `e/${path.slice('d/'.length)}${serializeRoute(rest)}`;
  }
  return `embed.html${serializeRoute(route)}`;
}

/** The route of an embed page's path (`e/<id>/201/`, or `embed.html`) and query. */
export function parseEmbedLocation(path: string, search: string): { route: Route; notices: Notice[] } {
  const embedPath = path.startsWith('e/') ? `d/${path.slice('e/'.length)}` : '';
  return parseLocation(embedPath, search);
}
