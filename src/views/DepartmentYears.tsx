// The department page's years: the disclosures linked as this department, its series (each
// point marked by where it comes from), the checks across years, the biggest changes from last
// year and the changes its narrative states.

import { useMemo } from 'react';
import { Bars } from '../charts/Bars';
import { CheckItem } from '../components/CheckItem';
import { ChangeValue } from '../components/ChangeValue';
import { percentOf, signedChange } from '../domain/change';
import { CsvButton } from '../components/CsvButton';
import { Link } from '../components/Link';
import { Money } from '../components/Money';
import type { DisclosureFile, StatedChange } from '../domain/budget';
import { FEN_PER_DISPLAY_UNIT, formatSigned } from '../format/money';
import { useWidth } from '../hooks/useWidth';
import { Sized } from '../charts/Sized';
import { className } from '../i18n/classes';
import { fromFigure } from '../model/amount';
import { biggestChanges, type PreviousYear } from '../model/change';
import { seriesBars, seriesTable } from '../model/years';
import { exactAmount, viewFileBase } from '../publish/csv';
import { useCatalogEntries, useMoney, usePreviousYear, useRoute, useT, useYears } from '../state/hooks';

const MARKS = { disclosure: '', 'prior-column': '¹', 'stated-change': '²' } as const;
/** Points for some funds only: marked, since a row may hold years printed for other funds. */
const SCOPE_MARKS = { all: '', gpb: '³', fiscal: '⁴' } as const;

export function DepartmentYears({ d }: { d: DisclosureFile }) {
  const t = useT();
  const { lang } = useRoute();
  const { money, unit, withUnit, pct } = useMoney();
  const years = useYears(d.id);
  const previous = usePreviousYear(d);
  const entries = useCatalogEntries();
  const [box, width] = useWidth<HTMLDivElement>();
  const fileOf = useMemo(() => {
    const files = new Map((entries ?? []).map((e) => [e.id, e.sourceFile]));
    return (id: string) => files.get(id) ?? '';
  }, [entries]);
  const table = useMemo(() => (years ? seriesTable(years) : null), [years]);
  const nameOf = (measure: string, name: string) =>
    measure === 'total'
      ? t('total')
      : measure === 'basic'
        ? t('basic')
        : measure === 'project'
          ? t('project')
          : `${measure} ${className(measure, name, lang)}`;
  const seriesCsv = () => ({
    fileName: `${viewFileBase([d], '', t('years'))}.csv`,
    columns: [
      t('measure'),
      ...(table?.years ?? []).flatMap((y) => [withUnit(String(y)), `${y} ${t('pointSource')}`]),
    ],
    rows: (table?.rows ?? []).map((row) => [
      nameOf(row.measure, row.name),
      ...(table?.years ?? []).flatMap((y) => {
        const point = row.cells.get(y);
        return [
          exactAmount(point?.figure.fen, unit),
          point ? t(`priorSource.${point.source}`, { year: y }) : null,
        ];
      }),
    ]),
  });
  /** A stated change as the sentence gives it: the signed amount and rate it prints, or 持平. */
  const statedText = (c: StatedChange): string => {
    if (c.direction === 'flat') return t('noChange');
    const rate = percentOf(c);
    const sign = c.direction === 'down' ? -1 : 1;
    return [
      c.amount ? formatSigned(signedChange(c), money, '') : '',
      rate === null ? '' : formatSigned(sign * rate, pct, ''),
    ]
      .filter(Boolean)
      .join(' ');
  };
  const failed = years?.checks.filter((c) => !c.check.passed) ?? [];
  const biggest = previous ? biggestChanges(d, previous) : null;
  return (
    <section aria-labelledby="years-title">
      <h2 id="years-title">{t('years')}</h2>
      {!years && !previous && d.statedChanges.length === 0 ? (
        <p>{t('yearsNone')}</p>
      ) : (
        <p className="change-note">{t('yearsIntro')}</p>
      )}
      {years && table && (
        <>
          <ul className="members" aria-label={t('yearsMembers')}>
            {years.members.map((m) => (
              <li key={m.id}>
                {m.id === d.id ? (
                  <strong>{t('yearsMember', { year: m.year, name: m.name })}</strong>
                ) : (
                  <Link to={{ view: 'department', selection: [m.id] }}>
                    {t('yearsMember', { year: m.year, name: m.name })}
                  </Link>
                )}
                {m.unsure && <span className="unsure"> · {t('yearsUnsure', { why: m.unsure })}</span>}
              </li>
            ))}
          </ul>
          <div ref={box} className="chart">
            <Sized
              width={width}
              draw={(w) => (
                <Bars
                  bars={seriesBars(table, FEN_PER_DISPLAY_UNIT[unit])}
                  label={withUnit(t('yearsChart'))}
                  width={w}
                  format={(value) => money(value * FEN_PER_DISPLAY_UNIT[unit])}
                  labels={{ basic: t('basic'), project: t('project'), unsplit: t('yearsOther') }}
                />
              )}
            />
          </div>
          <div className="table-wrap">
            <div className="tools">
              <CsvButton build={seriesCsv} label={t('tableCsv')} />
            </div>
            <table className="series">
              <caption>{withUnit(t('yearsChart'))}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('measure')}</th>
                  {table?.years.map((y) => (
                    <th scope="col" className="num" key={y}>
                      {y}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table?.rows.map((row) => (
                  <tr key={row.measure}>
                    <th scope="row">{nameOf(row.measure, row.name)}</th>
                    {table.years.map((y) => {
                      const point = row.cells.get(y);
                      return (
                        <td className="num" key={y}>
                          {point ? (
                            <>
                              <Money
                                amount={fromFigure(point.figure, point.disclosure, fileOf(point.disclosure))}
                                label={`${nameOf(row.measure, row.name)} ${y}（${t(`priorSource.${point.source}`, { year: y })}）`}
                              />
                              {MARKS[point.source] && (
                                <sup className="series-mark" title={t(`pointMark.${point.source}`)}>
                                  {MARKS[point.source]}
                                </sup>
                              )}
                              {SCOPE_MARKS[point.scope] && /^\d/.test(row.measure) && (
                                <sup className="series-mark" title={t(`scope.${point.scope}`)}>
                                  {SCOPE_MARKS[point.scope]}
                                </sup>
                              )}
                            </>
                          ) : (
                            <span className="missing">{t('changeNone')}</span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="change-note">
              ¹ {t('pointMark.prior-column')}
              {'　'}² {t('pointMark.stated-change')}
              {'　'}³ {t('scopeOnly', { scope: t('scope.gpb') })}
              {'　'}⁴ {t('scopeOnly', { scope: t('scope.fiscal') })}
            </p>
          </div>
          {years.checks.length > 0 && (
            <>
              <h3>{t('yearsChecks')}</h3>
              <p>
                {t('yearsChecksAll')}
                {t('yearsChecksSummary', {
                  passed: years.checks.length - failed.length,
                  failed: failed.length,
                })}
              </p>
              {failed.length > 0 && (
                <>
                  {failed.map(({ disclosure, check }) => (
                    <div key={`${disclosure} ${check.id}`}>
                      <p className="check-of">
                        {t('yearsCheckOf', {
                          year: years.members.find((m) => m.id === disclosure)?.year ?? '',
                        })}
                      </p>
                      <ul className="checks failed">
                        <CheckItem check={check} d={d} of={disclosure} />
                      </ul>
                    </div>
                  ))}
                </>
              )}
            </>
          )}
        </>
      )}
      {biggest && previous && (biggest.grew.length > 0 || biggest.shrank.length > 0) && (
        <Biggest biggest={biggest} previous={previous} fileOf={fileOf} />
      )}
      {d.statedChanges.length > 0 && (
        <>
          <h3>{t('statedChanges')}</h3>
          <div className="table-wrap">
            <table className="stated">
              <thead>
                <tr>
                  <th scope="col">{t('subject')}</th>
                  <th scope="col" className="num">
                    {withUnit(t('currentFigure'))}
                  </th>
                  <th scope="col" className="num">
                    {withUnit(t('stated'))}
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.statedChanges.map((c, i) => (
                  <tr key={i}>
                    <th scope="row">
                      <Link to={{ view: 'source', selection: [d.id], line: c.line }}>
                        {c.subject || t('line', { line: c.line })}
                      </Link>
                    </th>
                    <td className="num">
                      <Money amount={fromFigure(c.current, d.id, d.sourceFile)} label={c.subject} />
                    </td>
                    <td className="num">{statedText(c)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function Biggest({
  biggest,
  previous,
  fileOf,
}: {
  biggest: ReturnType<typeof biggestChanges>;
  previous: PreviousYear;
  fileOf: (id: string) => string;
}) {
  const t = useT();
  const { lang } = useRoute();
  return (
    <>
      <h3>{t('biggestChanges', { year: previous.year })}</h3>
      <div className="biggest">
        {(['grew', 'shrank'] as const).map((side) => (
          <div key={side}>
            <h4>{t(side)}</h4>
            {biggest[side].length === 0 && <p>{t('none')}</p>}
            <ol>
              {biggest[side].map((item) => (
                <li key={item.code}>
                  <Link to={{ view: 'drill', node: item.code }}>
                    {item.code} {className(item.code, item.name, lang)}
                  </Link>{' '}
                  <ChangeValue change={item.change} label={item.name} sourceFile={fileOf} />
                </li>
              ))}
            </ol>
          </div>
        ))}
      </div>
    </>
  );
}
