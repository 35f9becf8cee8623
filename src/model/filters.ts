// The overview's filters: region, year and kind, read from the catalog. Pure.

import type { CatalogEntry } from '../domain/catalog';
import { fromFigure, sumAmounts, type Amount } from './amount';

export interface Filters {
  region: string | null;
  year: number | null;
  kind: string | null;
}

export interface FilterOptions {
  regions: string[];
  years: number[];
  kinds: string[];
}

/** The values the catalog holds, sorted (years newest first). */
export function filterOptions(entries: readonly CatalogEntry[]): FilterOptions {
  const regions = new Set<string>();
  const years = new Set<number>();
  const kinds = new Set<string>();
  for (const entry of entries) {
    if (entry.region) regions.add(entry.region);
    if (entry.year) years.add(entry.year);
    kinds.add(entry.kind);
  }
  return {
    regions: [...regions].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    years: [...years].sort((a, b) => b - a),
    kinds: [...kinds].sort((a, b) => a.localeCompare(b, 'zh-CN')),
  };
}

/** Entries that match every filter that is set. A region matches itself and the districts in it. */
export function applyFilters(entries: readonly CatalogEntry[], filters: Filters): CatalogEntry[] {
  return entries.filter(
    (entry) =>
      (!filters.region || (entry.region ?? '').startsWith(filters.region)) &&
      (!filters.year || entry.year === filters.year) &&
      (!filters.kind || entry.kind === filters.kind),
  );
}

/** Filters whose value no disclosure has: the page says so and ignores them. */
export function unknownFilters(options: FilterOptions, filters: Filters): { param: string; value: string }[] {
  const unknown: { param: string; value: string }[] = [];
  if (filters.region && !options.regions.some((region) => region.startsWith(filters.region as string)))
    unknown.push({ param: 'region', value: filters.region });
  if (filters.year && !options.years.includes(filters.year))
    unknown.push({ param: 'year', value: String(filters.year) });
  if (filters.kind && !options.kinds.includes(filters.kind))
    unknown.push({ param: 'kind', value: filters.kind });
  return unknown;
}

/** The overview's headline: what is ticked, else what the search shows — its total, years and basic share. */
export function headline(
  entries: readonly CatalogEntry[],
  selection: readonly string[],
  found: readonly CatalogEntry[],
): {
  /** True when the headline is of the ticked disclosures (not of the search). */
  selected: boolean;
  entries: readonly CatalogEntry[];
  total: Amount | null;
  years: (number | null)[];
  basicShare: number | null;
} {
  const selected = entries.filter((e) => selection.includes(e.id));
  const list = selected.length ? selected : found;
  const total = sumAmounts(list.map((e) => fromFigure(e.expenditure.total, e.id, e.sourceFile)));
  const basic = list.reduce((sum, e) => sum + (e.expenditure.basic?.fen ?? 0), 0);
  return {
    selected: selected.length > 0,
    entries: list,
    total,
    years: [...new Set(list.map((e) => e.year))].sort(),
    basicShare: total && total.fen ? basic / total.fen : null,
  };
}
