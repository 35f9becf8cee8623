// Change from an earlier year: the sign and rate a stated change gives, what it compares with,
// last year's figure it implies, and where its subject (a total, a functional row, a “三公” item)
// is printed in a disclosure's own tables. Shared by the converter's checks, the series across
// years and the explorer.

import type { ChangeSubject, Disclosure, Figure, StatedChange } from './budget';

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

/** A sentence's figure is a table's figure: equal at the sentence's printed precision. */
export function samePrinted(sentence: Figure, table: Figure | null): boolean {
  return table !== null && Math.abs(sentence.fen - table.fen) <= Math.max(sentence.step, table.step) / 2;
}

/**
 * The sentence compares with `year`'s figure of this basis: it names that year or none, and
 * 预算 against a budget figure (执行数 against an execution figure), or neither.
 */
export function comparesWith(
  change: Pick<StatedChange, 'baseline' | 'baselineYear'>,
  year: number | null,
  basis: 'budget' | 'actual' = 'budget',
): boolean {
  return (
    (change.baselineYear === null || change.baselineYear === year) &&
    (change.baseline === 'unspecified' || change.baseline === basis)
  );
}

/** What the sentence speaks of, when its figure is the one the tables print for it (the same funds). */
export function tableSubject(doc: FiguresOf, change: StatedChange): ChangeSubject | null {
  return change.refers && samePrinted(change.current, figureAt(doc, change.refers)) ? change.refers : null;
}

/** Last year's figure a stated change implies: this year's figure less the change, at the coarser precision. */
export function lastYearOf(change: StatedChange): Figure {
  return {
    fen: change.current.fen - signedChange(change),
    step: Math.max(change.current.step, change.amount?.step ?? 1),
    table: change.current.table,
    line: change.line,
    fromChange: true,
  };
}
