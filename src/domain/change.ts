// Change from an earlier year: the sign and rate a stated change gives, and where a subject of a
// change (a total, a functional row, a “三公” item) is printed — in a disclosure's own tables, and
// in the prior-year columns beside them. Shared by the converter's checks, the series across
// years and the explorer.

import type { ChangeSubject, Disclosure, Figure, PriorYear, StatedChange } from './budget';

/** The signed amount of a stated change, in fen (negative for a decrease). */
export function signedChange(change: Pick<StatedChange, 'direction' | 'amount'>): number {
  const fen = change.amount?.fen ?? 0;
  return change.direction === 'down' ? -fen : change.direction === 'up' ? fen : 0;
}

/** The rate a stated change prints, as a fraction (0.027 for 2.7 %); null when it prints none. */
export function percentOf(change: Pick<StatedChange, 'percent'>): number | null {
  return change.percent ? change.percent.value / 10 ** change.percent.decimals / 100 : null;
}

export type FiguresOf = Pick<Disclosure, 'expenditure' | 'income' | 'functional' | 'sanGong'>;

/** Where a disclosure's tables print this subject (all funds, or the functional table's scope). */
export function figureAt(doc: FiguresOf, subject: ChangeSubject): Figure | null {
  switch (subject.kind) {
    case 'expenditure':
      return doc.expenditure[subject.measure];
    case 'income':
      return doc.income.total;
    case 'functional':
      return doc.functional.find((row) => row.code === subject.code)?.total ?? null;
    case 'san-gong':
      return doc.sanGong?.[subject.item] ?? null;
  }
}

/**
 * Last year's figure of a subject where this year's tables print it in a prior-year column, with
 * this year's figure printed beside it (so that a sentence can be matched to the same funds).
 */
export function priorAt(
  prior: PriorYear,
  subject: ChangeSubject,
): { prior: Figure; current: Figure | null; label: string } | null {
  const functional = prior.functional;
  switch (subject.kind) {
    case 'expenditure':
      return subject.measure === 'total' && functional?.total
        ? { prior: functional.total, current: functional.current, label: `合计 · ${functional.header}` }
        : null;
    case 'functional': {
      const row = functional?.rows.find((r) => r.code === subject.code);
      return row && functional
        ? { prior: row.total, current: row.current, label: `${row.code} ${row.name} · ${functional.header}` }
        : null;
    }
    case 'san-gong': {
      const figure = prior.sanGong?.values[subject.item];
      return figure && prior.sanGong
        ? { prior: figure, current: prior.sanGong.current[subject.item], label: prior.sanGong.header }
        : null;
    }
    case 'income':
      return null;
  }
}

/** A sentence's figure is a table's figure: equal at the sentence's printed precision. */
export function samePrinted(sentence: Figure, table: Figure | null): boolean {
  return table !== null && Math.abs(sentence.fen - table.fen) <= Math.max(sentence.step, table.step) / 2;
}
