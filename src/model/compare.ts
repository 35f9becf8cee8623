// Comparing departments (whole disclosures) and sub-units side by side, and explaining what
// accounts for the difference between two of them.

import type { CatalogEntry } from '../domain/catalog';
import type { DisclosureFile } from '../domain/budget';
import { compareCodes } from '../domain/codes';
import { fromFigure, share, type Amount } from './amount';
import { parseSelectionKey } from '../domain/selection';
import { search } from './search';
import { functionalTree, type TreeNode } from './tree';

export interface Entity {
  /** Disclosure id, or `id:unitCode`. */
  key: string;
  disclosureId: string;
  unitCode: string | null;
  name: string;
  department: string;
  year: number | null;
  total: Amount | null;
  basic: Amount | null;
  project: Amount | null;
  personnel: Amount | null;
  publicUse: Amount | null;
  sanGong: Amount | null;
  /** 在职实有人数 where the disclosure states it. */
  staff: number | null;
  /** Functional classification, for whole disclosures (units print only totals). */
  nodes: TreeNode[];
}

export function entityFor(key: string, disclosure: DisclosureFile): Entity | null {
  const { unit: unitCode } = parseSelectionKey(key);
  const figure = (f: Parameters<typeof fromFigure>[0]) => fromFigure(f, disclosure.id, disclosure.sourceFile);
  const common = {
    key,
    disclosureId: disclosure.id,
    department: disclosure.department.name,
    year: disclosure.year,
  };
  if (unitCode) {
    const unit = disclosure.units.find((u) => u.code === unitCode);
    if (!unit) return null;
    return {
      ...common,
      unitCode,
      name: unit.name,
      total: figure(unit.total),
      basic: figure(unit.basic),
      project: figure(unit.project),
      personnel: figure(unit.personnel),
      publicUse: figure(unit.publicUse),
      sanGong: null,
      staff: null,
      nodes: [],
    };
  }
  return {
    ...common,
    unitCode: null,
    name: disclosure.department.name,
    total: figure(disclosure.expenditure.total),
    basic: figure(disclosure.expenditure.basic),
    project: figure(disclosure.expenditure.project),
    personnel: figure(disclosure.expenditure.personnel),
    publicUse: figure(disclosure.expenditure.publicUse),
    sanGong: figure(disclosure.sanGong?.total ?? disclosure.sanGongNarrative?.total),
    staff: disclosure.staffing.actual?.value ?? null,
    nodes: functionalTree([disclosure]),
  };
}

/** The entities a selection names, in its order, of the disclosures loaded (others are left out). */
export function entitiesOf(disclosures: readonly DisclosureFile[], selection: readonly string[]): Entity[] {
  const byId = new Map(disclosures.map((d) => [d.id, d]));
  return selection.flatMap((key) => {
    const disclosure = byId.get(parseSelectionKey(key).id);
    const entity = disclosure ? entityFor(key, disclosure) : null;
    return entity ? [entity] : [];
  });
}

/** Up to this many choices, all are listed. */
export const PICKER_ALL = 60;
const PICKER_MATCHES = 30;

/**
 * The choices the compare picker lists: all of a short list; of a long one (a province has
 * thousands), the selected ones and the first matches of the search.
 */
export function pickerChoices<T extends { key: string; name: string; year: number | null }>(
  options: readonly T[],
  selection: readonly string[],
  query: string,
): readonly T[] {
  if (options.length <= PICKER_ALL) return options;
  const picked = options.filter((o) => selection.includes(o.key));
  const matches = query
    ? search(options, query, (o) => `${o.name} ${o.year ?? ''} ${o.key}`).filter((o) => !picked.includes(o))
    : [];
  return [...picked, ...matches.slice(0, PICKER_MATCHES)];
}

/** Entities a user can pick for comparison: each disclosure, and the units of those with several. */
export function comparable(
  catalog: readonly CatalogEntry[],
): { key: string; name: string; year: number | null }[] {
  return catalog.flatMap((entry) => [
    { key: entry.id, name: entry.department.name, year: entry.year },
    ...(entry.subUnits.length > 1
      ? entry.subUnits.map((u) => ({ key: `${entry.id}:${u.code}`, name: u.name, year: entry.year }))
      : []),
  ]);
}

export interface ClassRow {
  code: string;
  name: string;
  amounts: (Amount | null)[];
  /** Of each entity's total. */
  shares: (number | null)[];
}

/** Every 类 any of the entities spends on, with each entity's amount and share. */
export function classRows(entities: readonly Entity[]): ClassRow[] {
  const names = new Map<string, string>();
  for (const e of entities)
    for (const n of e.nodes) if (n.level === 1 && !names.has(n.code)) names.set(n.code, n.name);
  return [...names.keys()].sort(compareCodes).map((code) => {
    const amounts = entities.map((e) => e.nodes.find((n) => n.code === code)?.total ?? null);
    return {
      code,
      name: names.get(code) ?? '',
      amounts,
      shares: amounts.map((amount, i) => (amount ? share(amount, entities[i].total) : null)),
    };
  });
}

export interface GapPart {
  /** A classification code, or `basic` / `project` for units. */
  code: string;
  name: string;
  a: number;
  b: number;
  difference: number;
  /** Of the whole difference in totals, as a fraction (can exceed 1 when parts offset). */
  shareOfGap: number | null;
}

export interface GapLevel {
  /** The item whose difference this level explains (null: the totals). */
  of: { code: string; name: string } | null;
  /** That item's difference, A − B, in fen. */
  difference: number;
  /** Its parts at one level (类 under the totals, 款 under a 类), largest difference first. */
  parts: GapPart[];
}

/**
 * What makes A's total differ from B's, one level at a time: the 类 (each with its share of the
 * whole difference), then the 款 within the 类 that differs most (with their share of its
 * difference). Units, which print no classification, are explained by basic/project.
 */
export function explainGap(a: Entity, b: Entity, limit = 8): { difference: number; levels: GapLevel[] } {
  const difference = (a.total?.fen ?? 0) - (b.total?.fen ?? 0);
  const part = (code: string, name: string, x: number, y: number, of: number): GapPart => ({
    code,
    name,
    a: x,
    b: y,
    difference: x - y,
    shareOfGap: of === 0 ? null : (x - y) / of,
  });
  const largestFirst = (x: GapPart, y: GapPart) => Math.abs(y.difference) - Math.abs(x.difference);
  if (!(a.nodes.length && b.nodes.length)) {
    const parts = [
      part('basic', '基本支出', a.basic?.fen ?? 0, b.basic?.fen ?? 0, difference),
      part('project', '项目支出', a.project?.fen ?? 0, b.project?.fen ?? 0, difference),
    ]
      .sort(largestFirst)
      .filter((p) => p.difference !== 0);
    return { difference, levels: [{ of: null, difference, parts }] };
  }
  const codes = new Set([...a.nodes, ...b.nodes].filter((n) => n.level <= 2).map((n) => n.code));
  const name = (code: string) =>
    a.nodes.find((n) => n.code === code)?.name ?? b.nodes.find((n) => n.code === code)?.name ?? code;
  const value = (e: Entity, code: string) => e.nodes.find((n) => n.code === code)?.total?.fen ?? 0;
  const classes = [...codes]
    .filter((c) => c.length === 3)
    .map((c) => part(c, name(c), value(a, c), value(b, c), difference))
    .filter((p) => p.difference !== 0)
    .sort(largestFirst);
  const levels: GapLevel[] = [{ of: null, difference, parts: classes.slice(0, limit) }];
  const top = classes[0];
  if (top) {
    const items = [...codes]
      .filter((c) => c.length === 5 && c.startsWith(top.code))
      .map((c) => part(c, name(c), value(a, c), value(b, c), top.difference))
      .filter((p) => p.difference !== 0)
      .sort(largestFirst);
    if (items.length > 1) {
      levels.push({
        of: { code: top.code, name: top.name },
        difference: top.difference,
        parts: items.slice(0, limit),
      });
    }
  }
  return { difference, levels };
}

export interface ShareGroup {
  code: string;
  name: string;
  /** Each entity's share of its own total spent on this 类 (0 where it spends nothing on it). */
  shares: number[];
}

/**
 * The chart of a comparison: each 类 with every entity's share of its own total, so that
 * departments of any size (and years) compare; largest combined share first.
 */
export function shareGroups(classes: readonly ClassRow[]): ShareGroup[] {
  return classes
    .map((row) => ({ code: row.code, name: row.name, shares: row.shares.map((s) => s ?? 0) }))
    .filter((group) => group.shares.some((s) => s > 0))
    .sort((a, b) => b.shares.reduce((x, y) => x + y, 0) - a.shares.reduce((x, y) => x + y, 0));
}
