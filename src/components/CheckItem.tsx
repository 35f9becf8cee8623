// One check of the validation report in plain language: its verdict, both sides with their
// source lines (a side printed in another year's disclosure links to that one), and the
// difference against what rounding allows. Used by the data-quality view and the department's years.

import { Link } from './Link';
import { roundingAllowance, type Check, type CheckTerm } from '../domain/checks';
import { unitName } from '../i18n/units';
import type { DisclosureFile } from '../domain/budget';
import { checkSentence, failureHeading } from '../i18n/checks';
import { formatYuanExact, printedNumber } from '../format/money';
import { useLocale, useMoney, useRoute, useT } from '../state/hooks';

export function CheckItem({
  check,
  d,
  of = d.id,
}: {
  check: Check;
  /** The disclosure shown (its tables tell how a figure is printed). */
  d: DisclosureFile;
  /** The disclosure the check is of, when another one than `d` (a department's other year). */
  of?: string;
}) {
  const t = useT();
  const { lang } = useRoute();
  const { money, unitLabel } = useMoney();
  const locale = useLocale();
  // Differences and tolerances are exact, in 元 to the fen.
  const exact = (fen: number) => formatYuanExact(fen, locale);
  const yuan = unitName('元', lang);
  /** The term as its table prints it, to mark in the source view. */
  const printedAs = (x: CheckTerm): string | null => {
    const unit = x.disclosure || of !== d.id ? null : d.tables.find((table) => table.label === x.table)?.unit;
    return unit ? printedNumber(x.fen, x.step, unit) : null;
  };
  const term = (x: CheckTerm) => (
    <>
      {x.label} <strong className="num">{money(x.fen)}</strong>{' '}
      <Link
        to={{ view: 'source', selection: [x.disclosure ?? of], line: x.line, cite: printedAs(x) }}
        className="line-link"
      >
        {x.table} · {t('line', { line: x.line })}
      </Link>
    </>
  );
  return (
    <li className={check.passed ? 'pass' : check.roundingTail ? 'tail' : 'fail'}>
      <p className="verdict">
        <span className="badge">
          {check.passed ? t('passed') : check.roundingTail ? t('roundingTail') : t('failed')}
        </span>{' '}
        {check.passed ? checkSentence(check, lang) : failureHeading(check, lang, money, unitLabel)}
      </p>
      {!check.passed && <p className="what">{t('checkExpects', { sentence: checkSentence(check, lang) })}</p>}
      <p>{term(check.left)}</p>
      <p>
        {check.passed ? (check.relation === '>=' ? '≥ ' : '= ') : check.relation === '>=' ? '< ' : '≠ '}
        {check.right.length === 1 ? (
          term(check.right[0])
        ) : (
          <>
            <strong className="num">{money(check.rightFen)}</strong>{' '}
            {t('sumOfTerms', { count: check.right.length })}
          </>
        )}
      </p>
      {check.right.length > 1 && (
        <ul className="terms">
          {check.right.map((x, index) => (
            <li key={index}>{term(x)}</li>
          ))}
        </ul>
      )}
      {!check.passed && (
        <p className="difference">
          {check.roundingTail
            ? t('differenceRounding', {
                amount: `${exact(Math.abs(check.difference))} ${yuan}`,
                allowance: `${exact(roundingAllowance(check.left, check.right))} ${yuan}`,
              })
            : t('differenceTolerance', {
                amount: `${exact(Math.abs(check.difference))} ${yuan}`,
                tolerance: `${exact(check.tolerance)} ${yuan}`,
              })}
        </p>
      )}
    </li>
  );
}
