// Changes the narrative states (`509.67万元，比2024年预算增加13.37万元，增长2.7%`), checked two ways:
// the amount against the percentage, rounded or cut at its last printed digit (the base is this
// year's figure less the change); and, where this year's tables print last year's figure beside
// this year's (a `2025年预算数` column), this year = last year + the change.

import type { Figure, PriorYear, StatedChange } from '../../src/domain/budget';
import type { ChangeSubject } from '../../src/domain/budget';
import { comparesWith, percentOf, samePrinted, signedChange } from '../../src/domain/change';
import { NARRATIVE_TABLE } from '../prose/narrative';
import type { CheckedDocument } from './document';
import { term, type Report } from './report';

export function changeChecks(report: Report, { budget }: CheckedDocument): void {
  for (const change of budget.statedChanges) {
    percentCheck(report, change);
    if (budget.priorYear) priorColumnCheck(report, change, budget.priorYear);
  }
}

function percentCheck(report: Report, change: StatedChange): void {
  const rate = percentOf(change);
  if (!change.amount || rate === null || !change.percent || change.direction === 'flat') return;
  const base = change.current.fen - signedChange(change);
  // From nothing (`增长100%` of a new item) no rate can be computed.
  if (base <= 0) return;
  // The rate the two amounts give, within what rounding them can make.
  const rate0 = change.amount.fen / base;
  const slack =
    change.amount.step / 2 / base + (rate0 * (change.current.step + change.amount.step)) / 2 / base;
  const unit = 1 / 10 ** change.percent.decimals / 100;
  const implied = Math.round(base * rate);
  // A percentage rounded to its last printed digit (within half a unit), or cut there (the rate
  // at or above it, below the next).
  const rounded = Math.abs(rate0 - rate) <= unit / 2 + slack;
  const cut = rate0 >= rate - slack && rate0 < rate + unit + slack;
  const allowed = Math.ceil(base * (unit / 2 + slack));
  const difference = Math.abs(change.amount.fen - implied);
  const printed = `${change.percent.value / 10 ** change.percent.decimals}%`;
  report.add(
    'change-percent',
    change.subject || String(change.line),
    `情况说明中${change.subject}的增减额与所述${change.direction === 'up' ? '增长' : '下降'}${printed}一致（上年数为本年数减增减额；百分比四舍五入或截尾）`,
    term(`${NARRATIVE_TABLE} · ${change.subject} · 增减额`, change.amount),
    [
      {
        label: `按${printed}推算的增减额`,
        fen: implied,
        step: 1,
        table: NARRATIVE_TABLE,
        line: change.line,
      },
    ],
    '=',
    !rounded && cut ? Math.max(allowed, difference) : allowed,
  );
}

function priorColumnCheck(report: Report, change: StatedChange, prior: PriorYear): void {
  if (!change.refers || !comparable(change, prior)) return;
  const found = priorAt(prior, change.refers);
  // The sentence speaks of the figure printed beside the prior-year column (same funds).
  if (!found || !samePrinted(change.current, found.current)) return;
  report.add(
    'stated-change',
    change.subject || String(change.line),
    `情况说明中${change.subject}的本年数等于表中上年数加所述增减额`,
    term(`${NARRATIVE_TABLE} · ${change.subject}`, change.current),
    [term(`${found.prior.table} · ${found.label}`, found.prior), changeTerm(change)],
  );
}

/** The stated change as a signed term of a sum. */
export function changeTerm(change: StatedChange): ReturnType<typeof term> {
  const amount: Figure = change.amount ?? { fen: 0, step: 1, table: NARRATIVE_TABLE, line: change.line };
  return { ...term(`${NARRATIVE_TABLE} · 所述增减额`, amount), fen: signedChange(change) };
}

/** The sentence compares with what the column prints: its year, and budget with budget. */
function comparable(change: StatedChange, prior: PriorYear): boolean {
  const header = `${prior.functional?.header ?? ''}${prior.sanGong?.header ?? ''}`;
  return comparesWith(change, prior.year, /执行|决算/.test(header) ? 'actual' : 'budget');
}

/**
 * Last year's figure of a subject where this year's tables print it in a prior-year column, with
 * this year's figure printed beside it (so that a sentence can be matched to the same funds).
 */
function priorAt(
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
