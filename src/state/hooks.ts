// Typed hooks over the store: one selector per value; derived values computed, not stored.

import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DepartmentYears } from '../domain/years';
import { previousYear, type PreviousYear } from '../model/change';
import type { DisclosureFile } from '../domain/budget';
import type { CatalogEntry, ProjectIndexRow } from '../domain/catalog';
import { formatMoney, formatShare, type DisplayUnit } from '../format/money';
import { translate, type StringKey } from '../i18n/strings';
import { unitName, withUnit } from '../i18n/units';
import { useStore } from './store';
import { MONEY_UNIT_PARAMS, parseSelectionKey, selectionIds, type Route, type SelectionKey } from './url';

export const useRoute = (): Route => useStore((s) => s.route);
export const useNavigate = () => useStore((s) => s.navigate);

export function useT(): (key: StringKey, params?: Record<string, string | number>) => string {
  const lang = useStore((s) => s.route.lang);
  return useMemo(() => (key, params) => translate(lang, key, params), [lang]);
}

export function useLocale(): string {
  return useStore((s) => (s.route.lang === 'en' ? 'en-US' : 'zh-CN'));
}

export function useMoney(): {
  unit: DisplayUnit;
  /** The unit as the page's language names it (万元 / 10k yuan). */
  unitLabel: string;
  /** A label with the unit: 合计（万元） / Total (10k yuan). */
  withUnit: (text: string) => string;
  money: (fen: number | null | undefined) => string;
  pct: (f: number | null | undefined) => string;
} {
  const unit = MONEY_UNIT_PARAMS[useStore((s) => s.route.unit)];
  const lang = useStore((s) => s.route.lang);
  const locale = useLocale();
  return useMemo(
    () => ({
      unit,
      unitLabel: unitName(unit, lang),
      withUnit: (text) => withUnit(text, unit, lang),
      money: (fen) => formatMoney(fen, unit, locale),
      pct: (f) => formatShare(f, locale),
    }),
    [unit, lang, locale],
  );
}

export function useCatalogEntries(): CatalogEntry[] | null {
  return useStore((s) => (s.catalog.status === 'ready' ? s.catalog.value.disclosures : null));
}

/** Disclosure ids named by the selection (units are `id:code`), known to the catalog. */
export function useSelectedIds(): string[] {
  const selection = useStore(useShallow((s) => s.route.selection));
  const entries = useCatalogEntries();
  return useMemo(() => {
    if (!entries) return [];
    const known = new Set(entries.map((e) => e.id));
    return selectionIds(selection).filter((id) => known.has(id));
  }, [selection, entries]);
}

export interface ViewSelection {
  /** The selection, parsed, of disclosures the catalog knows. */
  keys: SelectionKey[];
  ids: string[];
  /** Why these were chosen when the URL names none: the last ones viewed, or the catalog's first. */
  fallback: { kind: 'recent' | 'first'; names: string[] } | null;
}

/**
 * What a view shows: the URL's selection; when it names none, the disclosures viewed last in
 * this visit, else the first of the catalog (`count` of them) — never an empty page.
 */
export function useViewSelection(count = 1): ViewSelection {
  const selection = useStore(useShallow((s) => s.route.selection));
  const recent = useStore(useShallow((s) => s.recent));
  const entries = useCatalogEntries();
  return useMemo(() => {
    if (!entries) return { keys: [], ids: [], fallback: null };
    const known = new Set(entries.map((e) => e.id));
    const parse = (list: readonly string[]) => list.map(parseSelectionKey).filter((key) => known.has(key.id));
    const named = (keys: SelectionKey[]) =>
      keys.map((key) => entries.find((e) => e.id === key.id)?.department.name ?? key.id);
    let keys = parse(selection);
    let fallback: ViewSelection['fallback'] = null;
    if (selection.length === 0) {
      keys = parse(recent);
      if (keys.length) fallback = { kind: 'recent', names: named(keys) };
      else {
        keys = entries.slice(0, count).map((e) => ({ id: e.id, unit: null }));
        if (keys.length) fallback = { kind: 'first', names: named(keys) };
      }
    }
    return { keys, ids: [...new Set(keys.map((key) => key.id))], fallback };
  }, [selection, recent, entries, count]);
}

/** Loads every shard of the projects index; the rows of those that are ready (stable while nothing changes). */
export function useProjectIndex(): { rows: ProjectIndexRow[]; loading: boolean; errors: string[] } {
  const count = useStore((s) => (s.catalog.status === 'ready' ? s.catalog.value.projectShards : 0));
  const ensure = useStore((s) => s.ensureProjectShard);
  useEffect(() => {
    for (let n = 0; n < count; n++) ensure(n);
  }, [count, ensure]);
  const states = useStore(
    useShallow((s) => Array.from({ length: count }, (_, n) => s.projectShards[String(n)])),
  );
  return useMemo(() => {
    const rows: ProjectIndexRow[] = [];
    const errors: string[] = [];
    let loading = count === 0;
    for (const state of states) {
      if (!state || state.status === 'loading') loading = true;
      else if (state.status === 'ready') rows.push(...state.value.rows);
      else errors.push(state.error);
    }
    return { rows, loading, errors };
  }, [states, count]);
}

/** Loads the disclosures and returns those that are ready (stable while nothing changes). */
export function useDisclosures(ids: readonly string[]): {
  ready: DisclosureFile[];
  loading: boolean;
  errors: string[];
} {
  const ensure = useStore((s) => s.ensureDisclosure);
  useEffect(() => {
    for (const id of ids) ensure(id);
  }, [ids, ensure]);
  const states = useStore(useShallow((s) => ids.map((id) => s.disclosures[id])));
  return useMemo(() => {
    const ready: DisclosureFile[] = [];
    const errors: string[] = [];
    let loading = false;
    for (const state of states) {
      if (!state || state.status === 'loading') loading = true;
      else if (state.status === 'ready') ready.push(state.value);
      else errors.push(state.error);
    }
    return { ready, loading, errors };
  }, [states]);
}

/** The department's years (`years/<key>.json`) of a disclosure, when the catalog links it to others. */
export function useYears(id: string | undefined): DepartmentYears | null {
  const entries = useCatalogEntries();
  const key = entries?.find((e) => e.id === id)?.lineage?.key;
  const ensure = useStore((s) => s.ensureYears);
  useEffect(() => {
    if (key) ensure(key);
  }, [key, ensure]);
  const state = useStore((s) => (key ? s.years[key] : undefined));
  return state?.status === 'ready' ? state.value : null;
}

/**
 * Last year's figures for each disclosure (model/change.ts): the previous year's own
 * disclosure of the same department is loaded where the catalog has it.
 */
export function usePreviousYears(ds: readonly DisclosureFile[]): (PreviousYear | null)[] {
  const entries = useCatalogEntries();
  const previousIds = useMemo(
    () =>
      ds.map((d) => {
        const key = entries?.find((e) => e.id === d.id)?.lineage?.key;
        if (!key || d.year === null) return null;
        return entries?.find((e) => e.lineage?.key === key && e.year === d.year! - 1)?.id ?? null;
      }),
    [entries, ds],
  );
  const wanted = useMemo(() => previousIds.filter((id): id is string => id !== null), [previousIds]);
  const { ready, loading } = useDisclosures(wanted);
  return useMemo(
    () =>
      loading
        ? ds.map(() => null)
        : ds.map((d, i) => previousYear(d, ready.find((p) => p.id === previousIds[i]) ?? null)),
    [ds, ready, loading, previousIds],
  );
}

/** Last year's figures for one disclosure (see usePreviousYears). */
export function usePreviousYear(d: DisclosureFile | undefined): PreviousYear | null {
  const ds = useMemo(() => (d ? [d] : []), [d]);
  return usePreviousYears(ds)[0] ?? null;
}

/** The title of the page last rendered by the build (src/bake/render.tsx). */
export const bakedHead = { title: '', description: '' };

/**
 * The page's title, and the title and description its link previews show (og:title,
 * og:description): what is looked at, which view, the site's name.
 */
export function usePageTitle(parts: readonly (string | null | undefined)[], description?: string): void {
  const t = useT();
  const title = [...parts.filter(Boolean), t('appTitle')].join(' · ');
  const text = description ?? t('appTagline');
  // The build's renderer has no document: it takes the title from here (src/bake/render.tsx).
  if (typeof document === 'undefined') Object.assign(bakedHead, { title, description: text });
  useEffect(() => {
    document.title = title;
    setMeta('og:title', title);
    setMeta('og:description', text);
    setMeta('description', text, 'name');
  }, [title, text]);
}

function setMeta(key: string, content: string, attribute: 'property' | 'name' = 'property'): void {
  let element = document.head.querySelector<HTMLMetaElement>(`meta[${attribute}="${key}"]`);
  if (!element) {
    element = document.createElement('meta');
    element.setAttribute(attribute, key);
    document.head.append(element);
  }
  element.content = content;
}

const noSubscription = () => () => {};

/**
 * False while the page is drawn by the build and while the browser hydrates it; true after, and
 * in a page drawn in the browser. For what only a running app needs, and the HTML need not carry
 * (the picker's hundreds of options).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
