// Data quality: every check of the validation report in plain language. Contradictions first,
// each headed by what it found (the two values, ≠); then the rounding tails (尾差: sums that
// miss by no more than rounding each printed figure can make), grouped and collapsed; then the
// checks that hold. Each side links to its source line.

import { useEffect } from 'react';
import { Link } from '../components/Link';
import { Picker } from '../components/Picker';
import { FallbackNote } from '../components/ViewNotices';
import { roundingAllowance, type Check, type CheckTerm } from '../domain/checks';
import { unitName } from '../i18n/units';
import type { DisclosureFile } from '../domain/budget';
import { checkSentence, failureHeading, ISSUE_TITLES_ZH } from '../i18n/checks';
import { formatYuanExact, printedNumber } from '../format/money';
import {
  useDisclosures,
  useLocale,
  useMoney,
  useRoute,
  useT,
  useViewSelection,
  usePageTitle,
} from '../state/hooks';
import { useStore } from '../state/store';

export default function Quality() {
  const t = useT();
  const { lang } = useRoute();
  const { ids, fallback } = useViewSelection();
  const id = ids[0];
  const { ready } = useDisclosures(ids.slice(0, 1));
  const ensureChecks = useStore((s) => s.ensureChecks);
  const checks = useStore((s) => (id ? s.checks[id] : undefined));
  useEffect(() => {
    if (id) ensureChecks(id);
  }, [id, ensureChecks]);
  const d = ready[0];
  usePageTitle([t('view.quality'), d ? `${d.department.name} ${d.year ?? ''}`.trim() : null]);

  if (!id || !d) {
    return (
      <section>
        <h1>{t('qualityTitle')}</h1>
        <Picker />
        <p>{t('loading')}</p>
      </section>
    );
  }
  const list = checks?.status === 'ready' ? checks.value.checks : [];
  const contradictions = list.filter((c) => !c.passed && !c.roundingTail);
  const tails = list.filter((c) => !c.passed && c.roundingTail);
  const passed = list.filter((c) => c.passed);
  return (
    <section aria-labelledby="quality-title">
      <h1 id="quality-title">
        {t('qualityTitle')} · {d.department.name} {d.year ?? ''}
      </h1>
      <Picker />
      <FallbackNote fallback={fallback} />
      {checks?.status !== 'ready' ? (
        <p>{checks?.status === 'error' ? t('loadFailed', { message: checks.error }) : t('loading')}</p>
      ) : (
        <>
          <p className="summary">
            {t('qualitySummary', {
              total: list.length,
              contradictions: contradictions.length,
              tails: tails.length,
              passed: passed.length,
            })}
          </p>
          {contradictions.length > 0 && (
            <>
              <h2>{t('contradictions', { count: contradictions.length })}</h2>
              <ol className="checks failed">
                {contradictions.map((check) => (
                  <CheckItem key={check.id} check={check} d={d} />
                ))}
              </ol>
            </>
          )}
          {tails.length > 0 && (
            <details className="tails">
              <summary>{t('roundingTails', { count: tails.length })}</summary>
              <p className="hint">{t('roundingTailsHint')}</p>
              <ol className="checks tail">
                {tails.map((check) => (
                  <CheckItem key={check.id} check={check} d={d} />
                ))}
              </ol>
            </details>
          )}
          <details>
            <summary>
              {t('showPassed')}（{passed.length}）
            </summary>
            <ol className="checks passed">
              {passed.map((check) => (
                <CheckItem key={check.id} check={check} d={d} />
              ))}
            </ol>
          </details>
        </>
      )}
      {d.issues.length > 0 && (
        <>
          <h2>{t('diagnostics')}</h2>
          <ul className="issues">
            {d.issues.map((issue, index) => (
              <li key={index} className={issue.severity}>
                {issue.line > 0 ? (
                  <Link to={{ view: 'source', selection: [d.id], line: issue.line }}>
                    {t('line', { line: issue.line })}
                  </Link>
                ) : null}{' '}
                {issue.table ? `[${issue.table}] ` : ''}
                {lang === 'zh' ? (
                  <>
                    <strong>{ISSUE_TITLES_ZH[issue.code]}</strong>：<span lang="en">{issue.message}</span>
                  </>
                ) : (
                  issue.message
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function CheckItem({ check, d }: { check: Check; d: DisclosureFile }) {
  const t = useT();
  const { lang } = useRoute();
  const { money, unitLabel } = useMoney();
  const locale = useLocale();
  // Differences and tolerances are exact, in 元 to the fen.
  const exact = (fen: number) => formatYuanExact(fen, locale);
  const yuan = unitName('元', lang);
  /** The term as its table prints it, to mark in the source view. */
  const printedAs = (x: CheckTerm): string | null => {
    const unit = d.tables.find((table) => table.label === x.table)?.unit;
    return unit ? printedNumber(x.fen, x.step, unit) : null;
  };
  const term = (x: CheckTerm) => (
    <>
      {x.label} <strong className="num">{money(x.fen)}</strong>{' '}
      <Link
        to={{ view: 'source', selection: [d.id], line: x.line, cite: printedAs(x) }}
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
