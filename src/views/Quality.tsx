// Data quality: every check of the validation report in plain language. Contradictions first,
// each headed by what it found (the two values, ≠); then the rounding tails (尾差: sums that
// miss by no more than rounding each printed figure can make), grouped and collapsed; then the
// checks that hold. Each side links to its source line.

import { useEffect } from 'react';
import { Link } from '../components/Link';
import { Picker } from '../components/Picker';
import { FallbackNote } from '../components/ViewNotices';
import { CheckItem } from '../components/CheckItem';
import { ISSUE_TITLES_ZH } from '../i18n/checks';
import {
  useDisclosures,
  useHydrated,
  useRoute,
  useT,
  useViewSelection,
  usePageTitle,
  useYears,
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
  const years = useYears(id);
  // The collapsed lists (hundreds of checks that hold) come with the app, not in the baked page.
  const hydrated = useHydrated();
  const acrossYears = years?.checks.filter((c) => c.disclosure === id) ?? [];
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
                {hydrated && tails.map((check) => <CheckItem key={check.id} check={check} d={d} />)}
              </ol>
            </details>
          )}
          <details>
            <summary>
              {t('showPassed')}（{passed.length}）
            </summary>
            <ol className="checks passed">
              {hydrated && passed.map((check) => <CheckItem key={check.id} check={check} d={d} />)}
            </ol>
          </details>
        </>
      )}
      {acrossYears.length > 0 && (
        <>
          <h2>{t('yearsChecks')}</h2>
          <p>
            {t('yearsChecksSummary', {
              passed: acrossYears.filter((c) => c.check.passed).length,
              failed: acrossYears.filter((c) => !c.check.passed).length,
            })}
          </p>
          <ol className="checks failed">
            {acrossYears
              .filter((c) => !c.check.passed)
              .map(({ check }) => (
                <CheckItem key={check.id} check={check} d={d} />
              ))}
          </ol>
          <details>
            <summary>
              {t('showPassed')}（{acrossYears.filter((c) => c.check.passed).length}）
            </summary>
            <ol className="checks passed">
              {hydrated &&
                acrossYears
                  .filter((c) => c.check.passed)
                  .map(({ check }) => <CheckItem key={check.id} check={check} d={d} />)}
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
