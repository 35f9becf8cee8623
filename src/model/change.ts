// Change from the previous year, for one disclosure: last year's figure of each functional row
// and of the totals, from the best source there is — the previous year's own disclosure of the
// same department (same funds), else the prior-year column this disclosure prints, else the
// change its narrative states (this year's figure less it). Each figure says where it came from.

import type { DisclosureFile, Figure } from '../domain/budget';
import { comparesWith, lastYearOf, tableSubject } from '../domain/change';
import type { PointSource } from '../domain/years';

export interface Prior {
  year: number;
  figure: Figure;
  source: PointSource;
  /** The disclosure it is printed in: the previous year's, or this one. */
  disclosure: string;
}

/** Last year's figures, by functional code and `total` / `basic` / `project`. */
export interface PreviousYear {
  year: number;
  /** The previous year's own disclosure, when the catalog has it. */
  previous: DisclosureFile | null;
  /** The previous year's disclosure prints its functional rows for other funds: they are not compared. */
  scopeDiffers: boolean;
  byKey: ReadonlyMap<string, Prior>;
}

export const TOTAL_KEYS = ['total', 'basic', 'project'] as const;

export function previousYear(d: DisclosureFile, previous: DisclosureFile | null): PreviousYear | null {
  if (d.year === null) return null;
  const year = d.year - 1;
  const byKey = new Map<string, Prior>();
  const put = (key: string, figure: Figure | null | undefined, source: PointSource, disclosure: string) => {
    if (figure && !byKey.has(key)) byKey.set(key, { year, figure, source, disclosure });
  };
  // 1. The previous year's own disclosure, where it covers the same funds.
  if (previous && previous.year === year) {
    for (const key of TOTAL_KEYS) put(key, previous.expenditure[key], 'disclosure', previous.id);
    if (previous.functionalScope === d.functionalScope)
      for (const row of previous.functional) put(row.code, row.total, 'disclosure', previous.id);
  }
  // 2. The prior-year column this disclosure prints, for the same funds.
  const column = d.priorYear?.year === year ? d.priorYear.functional : null;
  if (column && column.scope === d.functionalScope) {
    for (const row of column.rows) put(row.code, row.total, 'prior-column', d.id);
    if (column.scope === 'all') put('total', column.total, 'prior-column', d.id);
  }
  // 3. The changes its narrative states against last year's budget, for a figure its tables print.
  for (const change of d.statedChanges) {
    const refers = tableSubject(d, change);
    if (!refers || !comparesWith(change, year)) continue;
    if (refers.kind === 'functional') put(refers.code, lastYearOf(change), 'stated-change', d.id);
    if (refers.kind === 'expenditure') put(refers.measure, lastYearOf(change), 'stated-change', d.id);
  }
  const scopeDiffers = previous !== null && previous.functionalScope !== d.functionalScope;
  return byKey.size || scopeDiffers ? { year, previous, byKey, scopeDiffers } : null;
}

export interface Change {
  /** This year less last year, in fen. */
  fen: number;
  /** As a fraction of last year's figure; null where last year's was zero. */
  rate: number | null;
  prior: Prior;
}

export function changeOf(
  current: { fen: number } | null | undefined,
  prior: Prior | null | undefined,
): Change | null {
  if (!prior) return null;
  const now = current?.fen ?? 0;
  const fen = now - prior.figure.fen;
  return { fen, rate: prior.figure.fen !== 0 ? fen / prior.figure.fen : null, prior };
}

export interface BiggestChange {
  code: string;
  name: string;
  change: Change;
}

/**
 * The 类 and 款 that grew and shrank most, by amount: rows printed in either year (a row gone
 * this year shrank to nothing). At most `count` of each.
 */
export function biggestChanges(
  d: DisclosureFile,
  previous: PreviousYear,
  count = 5,
): { grew: BiggestChange[]; shrank: BiggestChange[] } {
  const rows: BiggestChange[] = [];
  const seen = new Set<string>();
  for (const row of d.functional) {
    if (row.code.length > 5) continue;
    seen.add(row.code);
    const change = changeOf(row.total, previous.byKey.get(row.code));
    if (change && change.fen !== 0) rows.push({ code: row.code, name: row.name, change });
  }
  for (const row of previous.previous?.functional ?? []) {
    if (row.code.length > 5 || seen.has(row.code) || previous.previous?.functionalScope !== d.functionalScope)
      continue;
    const change = changeOf(null, previous.byKey.get(row.code));
    if (change && change.fen !== 0) rows.push({ code: row.code, name: row.name, change });
  }
  // A 款 that changed exactly as its 类 did (its only part that changed) says nothing more.
  const said = rows.filter(
    (r) =>
      r.code.length === 3 ||
      !rows.some((c) => c.code === r.code.slice(0, 3) && c.change.fen === r.change.fen),
  );
  const by = (sign: 1 | -1) =>
    said
      .filter((r) => Math.sign(r.change.fen) === sign)
      .sort((a, b) => sign * (b.change.fen - a.change.fen) || a.code.localeCompare(b.code))
      .slice(0, count);
  return { grew: by(1), shrank: by(-1) };
}
