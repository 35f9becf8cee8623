// Departments and sub-units side by side: totals, basic/project shares, each 类 in amounts and as
// a share of the total, 三公, per-staff spending where staffing is stated, and what accounts for
// the difference between the first two.

import { useEffect, useMemo, useRef, useState } from 'react';
import { ChangeValue } from '../components/ChangeValue';
import { changeOf } from '../model/change';
import { CsvButton } from '../components/CsvButton';
import { Link } from '../components/Link';
import { SearchBox } from '../components/SearchBox';
import { formatSelectionKey, toggleSelection } from '../state/url';
import { FallbackNote } from '../components/ViewNotices';
import type { StringKey } from '../i18n/strings';
import { Money } from '../components/Money';
import { className } from '../i18n/classes';
import { share, type Amount } from '../model/amount';
import { csvFileName, exactAmount, type CsvCell } from '../publish/csv';
import {
  classRows,
  comparable,
  entitiesOf,
  explainGap,
  pickerChoices,
  PICKER_ALL,
  shareGroups,
  type Entity,
} from '../model/compare';
import { GroupedBars } from '../charts/GroupedBars';
import { ChartTools } from '../components/ChartTools';
import { useWidth } from '../hooks/useWidth';
import { Sized } from '../charts/Sized';
import {
  useCatalogEntries,
  useDisclosures,
  useMoney,
  useNavigate,
  useRoute,
  useViewSelection,
  useT,
  usePageTitle,
  usePreviousYears,
} from '../state/hooks';

/** The figures compared, in order, for the table on screen and its CSV alike. */
const METRICS: readonly { label: StringKey; value: (e: Entity) => Amount | null; withShare: boolean }[] = [
  { label: 'expenditureTotal', value: (e) => e.total, withShare: false },
  { label: 'basic', value: (e) => e.basic, withShare: true },
  { label: 'project', value: (e) => e.project, withShare: true },
  { label: 'personnel', value: (e) => e.personnel, withShare: true },
  { label: 'publicUse', value: (e) => e.publicUse, withShare: true },
  { label: 'sanGong', value: (e) => e.sanGong, withShare: false },
];

export default function Compare() {
  const t = useT();
  const route = useRoute();
  const navigate = useNavigate();
  const { money, pct, unit, withUnit } = useMoney();
  const entries = useCatalogEntries();
  const { keys, ids, fallback } = useViewSelection(2);
  const selection = useMemo(() => keys.map(formatSelectionKey), [keys]);
  const { ready, loading } = useDisclosures(ids);
  const entities = useMemo(() => entitiesOf(ready, selection), [ready, selection]);
  const previous = usePreviousYears(ready);
  // One department in two years: its name alone does not tell the columns apart.
  const named = (e: Entity) =>
    entities.some((o) => o !== e && o.name === e.name) ? `${e.name} ${e.year ?? ''}`.trim() : e.name;
  const [by, setBy] = useState<'amount' | 'share'>('amount');
  const fileOf = (id: string) => entries?.find((e) => e.id === id)?.sourceFile ?? '';
  /** An entity's change from last year, for a whole disclosure. */
  const changeFor = (e: Entity) => {
    if (e.unitCode) return null;
    const prior = previous[ready.findIndex((d) => d.id === e.disclosureId)];
    return prior ? changeOf(e.total, prior.byKey.get('total')) : null;
  };
  usePageTitle([t('view.compare'), entities.map((e) => e.name).join(t('listSeparator')) || null]);
  const classes = useMemo(() => classRows(entities), [entities]);
  const groups = useMemo(() => shareGroups(classes), [classes]);
  /** Each department with its year, as the chart and its source line name them. */
  const withYears = entities.map((e) => `${e.name} ${e.year ?? ''}`.trim());
  const drawChart = (w: number) => (
    <GroupedBars groups={groups} names={withYears} width={w} format={pct} label={t('compareChart')} />
  );
  const [chartBox, width] = useWidth<HTMLElement>();
  const figure = useRef<HTMLElement | null>(null);
  useEffect(() => {
    performance.mark('compare:table');
  }, [entities]);
  const options = useMemo(() => (entries ? comparable(entries) : []), [entries]);
  const shown = useMemo(
    () => pickerChoices(options, selection, route.query),
    [options, selection, route.query],
  );

  const toggle = (key: string): void => {
    performance.mark('compare:change');
    // A fallback is a placeholder: the first pick replaces it.
    navigate({ selection: toggleSelection(fallback ? [] : selection, key) }, { replace: true });
  };
  const years = [...new Set(entities.map((e) => e.year))];
  const heading = (e: Entity) => (
    <th scope="col" key={e.key}>
      {e.name}
      <span className="sub">
        {e.unitCode ? `${e.unitCode} · ` : ''}
        {e.year ?? ''}
      </span>
    </th>
  );
  const row = (label: string, value: (e: Entity) => Amount | null, withShare = false) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      {entities.map((e) => (
        <td key={e.key} className="num" data-label={named(e)}>
          {by === 'share' && withShare ? (
            <>
              {pct(share(value(e), e.total))}
              <span className="share">
                <Money amount={value(e)} label={`${e.name} ${label}`} />
              </span>
            </>
          ) : (
            <>
              <Money amount={value(e)} label={`${e.name} ${label}`} />
              {withShare && <span className="share">{pct(share(value(e), e.total))}</span>}
            </>
          )}
        </td>
      ))}
    </tr>
  );

  const chartFileBase = csvFileName([
    t('compareChart'),
    ...entities.map((e) => `${e.name}${e.year ?? ''}`),
  ]).replace(/\.csv$/, '');
  // The chart's data: each 类 with every entity's share of its own total, as drawn.
  const chartCsv = () => ({
    fileName: `${chartFileBase}.csv`,
    columns: [
      t('code'),
      t('name'),
      ...entities.map((e) => `${e.name} ${e.year ?? ''} ${t('shareOfTotal')}（%）`.replace(/\s+/g, ' ')),
    ],
    rows: groups.map((g) => [
      g.code,
      className(g.code, g.name, route.lang),
      ...g.shares.map((s) => (s * 100).toFixed(2)),
    ]),
  });
  const compareCsv = () => {
    const metric = (label: string, value: (e: Entity) => Amount | null): CsvCell[] => [
      withUnit(label),
      ...entities.map((e) => exactAmount(value(e)?.fen, unit)),
    ];
    return {
      fileName: csvFileName([t('compareTitle'), ...entities.map((e) => `${e.name}${e.year ?? ''}`)]),
      columns: [
        '',
        ...entities.map((e) => `${e.name} ${e.unitCode ?? ''} ${e.year ?? ''}`.replace(/\s+/g, ' ').trim()),
      ],
      rows: [
        ...METRICS.map((m) => metric(t(m.label), m.value)),
        ...(entities.some((e) => e.staff)
          ? [
              [t('staff'), ...entities.map((e) => e.staff)],
              [
                withUnit(t('perStaffColumn')),
                ...entities.map((e) =>
                  e.staff && e.total ? exactAmount(Math.round(e.total.fen / e.staff), unit) : null,
                ),
              ],
            ]
          : []),
        ...classes.map((c) => [
          withUnit(`${c.code} ${className(c.code, c.name, route.lang)}`),
          ...c.amounts.map((a) => exactAmount(a?.fen, unit)),
        ]),
        ...(entities.some((e) => changeFor(e))
          ? [
              [
                withUnit(t('changeFromPrevious')),
                ...entities.map((e) => {
                  const change = changeFor(e);
                  return change ? exactAmount(change.fen, unit) : null;
                }),
              ],
              [
                t('pointSource'),
                ...entities.map((e) => {
                  const change = changeFor(e);
                  return change
                    ? `${t(`priorSource.${change.prior.source}`, { year: change.prior.year })}`
                    : null;
                }),
              ],
            ]
          : []),
      ],
    };
  };

  return (
    <section aria-labelledby="compare-title">
      <h1 id="compare-title">{t('compareTitle')}</h1>
      <FallbackNote fallback={fallback} />
      <fieldset className="compare-picker">
        <legend>{t('compareHint')}</legend>
        {options.length > PICKER_ALL && <SearchBox label={t('searchDisclosures')} />}
        <ul>
          {shown.map((option) => (
            <li key={option.key}>
              <label>
                <input
                  type="checkbox"
                  checked={selection.includes(option.key)}
                  onChange={() => toggle(option.key)}
                />
                {option.name} {option.year ?? ''}
              </label>
            </li>
          ))}
        </ul>
        {shown.length < options.length && (
          <p className="hint">{t('pickerMore', { shown: shown.length, total: options.length })}</p>
        )}
      </fieldset>

      {loading && entities.length === 0 && selection.length > 0 && <p>{t('loading')}</p>}
      {entities.length === 1 && (
        <p className="notice-inline" role="status">
          {t('compareOne', { name: entities[0].name })}
        </p>
      )}
      {years.length > 1 && (
        <p className="notice-inline">{t('compareYearsDiffer', { years: years.join(t('listSeparator')) })}</p>
      )}
      {entities.length >= 2 && (
        <div className="shape" role="radiogroup" aria-label={t('compareBy')}>
          {(['amount', 'share'] as const).map((b) => (
            <label key={b}>
              <input type="radio" name="compare-by" checked={by === b} onChange={() => setBy(b)} />{' '}
              {t(b === 'amount' ? 'compareByAmount' : 'compareByShare')}
            </label>
          ))}
        </div>
      )}

      {entities.length >= 2 && groups.length > 0 && (
        <figure
          className="chart"
          ref={(element) => {
            chartBox(element);
            figure.current = element;
          }}
        >
          <figcaption>{t('compareChart')}</figcaption>
          <Sized width={width} draw={drawChart} />
          <ChartTools
            selection={selection}
            figure={figure}
            title={`${t('compareChart')}：${entities.map((e) => e.name).join(t('listSeparator'))}`}
            source={t('compareSource', {
              names: withYears.join(t('listSeparator')),
            })}
            fileBase={chartFileBase}
            versions={ready.map((d) => d.version)}
            bars={groups.length}
            csv={chartCsv}
            draw={drawChart}
          />
        </figure>
      )}
      {entities.length >= 2 && groups.length === 0 && <p className="hint">{t('compareNoClasses')}</p>}
      {entities.length >= 1 && (
        <div className="table-wrap">
          <div className="tools">
            <CsvButton build={compareCsv} label={t('tableCsv')} />
          </div>
          <table className="compare stack">
            <caption>{withUnit(t('compareTitle'))}</caption>
            <thead>
              <tr>
                <td />
                {entities.map(heading)}
              </tr>
            </thead>
            <tbody>
              {METRICS.map((m) => row(t(m.label), m.value, m.withShare))}
              {entities.some((e) => changeFor(e)) && (
                <tr>
                  <th scope="row">{t('changeFromPrevious')}</th>
                  {entities.map((e) => (
                    <td key={e.key} className="num" data-label={named(e)}>
                      <ChangeValue
                        change={changeFor(e)}
                        label={`${e.name} ${t('expenditureTotal')}`}
                        sourceFile={fileOf}
                      />
                    </td>
                  ))}
                </tr>
              )}
              {entities.some((e) => e.staff) && (
                <tr>
                  <th scope="row">{t('staff')}</th>
                  {entities.map((e) => (
                    <td key={e.key} className="num" data-label={named(e)}>
                      {e.staff ?? '—'}
                      {e.staff && e.total ? (
                        <span className="share">
                          {t('perPerson', { amount: money(Math.round(e.total.fen / e.staff)) })}
                        </span>
                      ) : null}
                    </td>
                  ))}
                </tr>
              )}
              {classes.map((c) => (
                <tr key={c.code}>
                  <th scope="row">
                    {c.code} {className(c.code, c.name, route.lang)}
                  </th>
                  {c.amounts.map((amount, i) => (
                    <td key={entities[i].key} className="num" data-label={named(entities[i])}>
                      {by === 'share' && amount ? (
                        <>
                          {pct(c.shares[i])}
                          <span className="share">
                            <Money amount={amount} label={`${entities[i].name} ${c.name}`} />
                          </span>
                        </>
                      ) : (
                        <>
                          <Money amount={amount} label={`${entities[i].name} ${c.name}`} />
                          {amount && <span className="share">{pct(c.shares[i])}</span>}
                        </>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {entities.slice(1).map((other) => (
        <Gap key={other.key} a={entities[0]} b={other} names={[named(entities[0]), named(other)]} />
      ))}
      {entities.length >= 1 && !entities[0].unitCode && (
        <p>
          <Link to={{ view: 'drill', selection: [entities[0].disclosureId], node: null }}>
            {t('view.drill')}
          </Link>
        </p>
      )}
    </section>
  );
}

function Gap({ a, b, names }: { a: Entity; b: Entity; names: [string, string] }) {
  const t = useT();
  const { money, pct } = useMoney();
  const { lang } = useRoute();
  const gap = useMemo(() => explainGap(a, b), [a, b]);
  if (gap.difference === 0) return <p>{t('gapNone')}</p>;
  const more = gap.difference > 0;
  const label = (code: string, name: string) =>
    /^\d/.test(code) ? `${code} ${className(code, name, lang)}` : t(code as 'basic');
  return (
    <section className="gap" aria-labelledby={`gap-${b.key}`}>
      <h2 id={`gap-${b.key}`}>
        {t(more ? 'gapTitle' : 'gapTitleLess', {
          a: names[0],
          b: names[1],
          amount: money(Math.abs(gap.difference)),
        })}
      </h2>
      {gap.levels.map((level) => {
        const offsetting = level.parts.some((p) => Math.abs(p.shareOfGap ?? 0) > 1);
        const of = level.of ? label(level.of.code, level.of.name) : t('expenditureTotal');
        return (
          <div key={level.of?.code ?? 'total'} className="table-wrap">
            <table className="stack">
              <caption>
                {level.of
                  ? t('gapWithin', { name: of, amount: money(level.difference) })
                  : t(/^\d/.test(level.parts[0]?.code ?? '') ? 'gapByClass' : 'gapBySplit', {
                      amount: money(level.difference),
                    })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col" className="num">
                    {names[0]}
                  </th>
                  <th scope="col" className="num">
                    {names[1]}
                  </th>
                  <th scope="col" className="num">
                    {t('difference')}
                  </th>
                  <th scope="col" className="num">
                    {level.of ? t('shareOfGap', { name: of }) : t('shareOfTotalGap')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {level.parts.map((part) => (
                  <tr key={part.code}>
                    <th scope="row">{label(part.code, part.name)}</th>
                    <td className="num" data-label={names[0]}>
                      {money(part.a)}
                    </td>
                    <td className="num" data-label={names[1]}>
                      {money(part.b)}
                    </td>
                    <td className="num" data-label={t('difference')}>
                      {money(part.difference)}
                    </td>
                    <td
                      className="num"
                      data-label={level.of ? t('shareOfGap', { name: of }) : t('shareOfTotalGap')}
                    >
                      {pct(part.shareOfGap)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {offsetting && <p className="hint">{t('gapOffsetting')}</p>}
          </div>
        );
      })}
    </section>
  );
}
