// Where the money goes: the functional classification of one department (or several added up),
// 类 → 款 → 项 → the projects behind a 项, with a chart of the sub-items and a sortable table of
// them. Bars, names and whole rows drill one level deeper. A unit of a department shows its own
// totals. The figures come from the node model (model/node.ts); this file lays them out.

import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { Bars } from '../charts/Bars';
import { Breadcrumb } from '../components/Breadcrumb';
import { ChartTools } from '../components/ChartTools';
import { Link, useFollow } from '../components/Link';
import { Money } from '../components/Money';
import { Picker } from '../components/Picker';
import { FallbackNote, NodeNotices } from '../components/ViewNotices';
import { FEN_PER_DISPLAY_UNIT, formatYuanExact } from '../format/money';
import { useWidth } from '../hooks/useWidth';
import { Sized } from '../charts/Sized';
import { className } from '../i18n/classes';
import { chartRows, chartSource, treemapItems } from '../model/chart';
import { disclosureNode, disclosuresTitle, nodeLabel } from '../model/node';
import type { DrillRow } from '../model/tree';
import {
  useDisclosures,
  useLocale,
  useMoney,
  useRoute,
  useT,
  useViewSelection,
  usePageTitle,
  usePreviousYear,
} from '../state/hooks';
import { basicProjectCsv, exactAmount, viewFileBase } from '../publish/csv';
import { formatSelectionKey } from '../state/url';
import { columnHelper, SortableTable } from '../tables/SortableTable';
import { ItemProjects } from '../components/ItemProjects';
import { ChangeValue } from '../components/ChangeValue';
import { changeOf } from '../model/change';

const helper = columnHelper<DrillRow>();
const Treemap = lazy(() => import('../charts/Treemap'));

export default function Drill() {
  const t = useT();
  const route = useRoute();
  const { money, pct, unit, unitLabel, withUnit } = useMoney();
  const locale = useLocale();
  const { keys, ids, fallback } = useViewSelection();
  const { ready, loading } = useDisclosures(ids);
  const node = useMemo(() => disclosureNode(ready, keys, route.node), [ready, keys, route.node]);
  // Change from last year: for one whole disclosure (not several added up, not a sub-unit).
  const single = ready.length === 1 && !node.unit ? ready[0] : undefined;
  const previous = usePreviousYear(single);
  const fileOf = useMemo(() => {
    const files = new Map(
      [...ready, ...(previous?.previous ? [previous.previous] : [])].map((d) => [d.id, d.sourceFile]),
    );
    return (id: string) => files.get(id) ?? '';
  }, [ready, previous]);
  const { rows, current, code } = node;
  const follow = useFollow();
  const nameOf = (c: string, n: string) => className(c, n, route.lang);
  const looked = node.current || node.unit ? nodeLabel(node, nameOf, '') : null;
  const whose = ready.length ? disclosuresTitle(node, t('aggregateOf', { count: ready.length })) : null;
  usePageTitle(
    [t('view.drill'), whose, looked],
    whose ? `${looked ?? t('allSpending')}：${money(node.total?.fen)} ${unitLabel}（${whose}）` : undefined,
  );
  const [shape, setShape] = useState<'bars' | 'treemap'>('bars');
  const [chartBox, width] = useWidth<HTMLElement>();
  const figure = useRef<HTMLElement | null>(null);
  const chart = useMemo(
    () => chartRows(rows, FEN_PER_DISPLAY_UNIT[unit], (c, n) => className(c, n, route.lang)),
    [rows, unit, route.lang],
  );

  useEffect(() => {
    performance.mark('drill:table');
  }, [rows]);

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor((row) => row.node.code, {
          id: 'code',
          header: t('name'),
          sortFn: 'alphanumeric',
          meta: {
            csv: [
              { header: t('code'), value: (row: DrillRow) => row.node.code },
              {
                header: t('name'),
                value: (row: DrillRow) => className(row.node.code, row.node.name, route.lang),
              },
            ],
          },
          cell: ({ row }) => {
            const { node, hasChildren } = row.original;
            const name = `${node.code} ${className(node.code, node.name, route.lang)}`;
            // A 项 without sub-items opens too: its projects, or why they cannot be listed.
            return (
              <Link
                to={{ node: node.code }}
                onClick={() => performance.mark('drill:click')}
                aria-label={t(hasChildren ? 'drillInto' : 'openItem', { name })}
              >
                {name}
              </Link>
            );
          },
        }),
        helper.accessor((row) => row.node.total?.fen ?? 0, {
          id: 'total',
          header: t('total'),
          meta: {
            numeric: true,
            csv: [
              {
                header: withUnit(t('total')),
                value: (row: DrillRow) => exactAmount(row.node.total?.fen, unit),
              },
            ],
          },
          cell: ({ row }) => (
            <Money amount={row.original.node.total} label={`${row.original.node.name} ${t('total')}`} />
          ),
        }),
        ...(previous && rows.some((row) => previous.byKey.has(row.node.code))
          ? [
              helper.accessor(
                (row) => changeOf(row.node.total, previous.byKey.get(row.node.code))?.fen ?? null,
                {
                  id: 'change',
                  header: t('changeHeader', { year: previous.year }),
                  meta: {
                    numeric: true,
                    csv: [
                      {
                        header: withUnit(t('priorValue', { year: previous.year })),
                        value: (row: DrillRow) =>
                          exactAmount(previous.byKey.get(row.node.code)?.figure.fen, unit),
                      },
                      {
                        header: withUnit(t('changeHeader', { year: previous.year })),
                        value: (row: DrillRow) => {
                          const change = changeOf(row.node.total, previous.byKey.get(row.node.code));
                          return change ? exactAmount(change.fen, unit) : null;
                        },
                      },
                      {
                        header: `${t('changeHeader', { year: previous.year })}（%）`,
                        value: (row: DrillRow) => {
                          const rate = changeOf(row.node.total, previous.byKey.get(row.node.code))?.rate;
                          return rate === null || rate === undefined ? null : (rate * 100).toFixed(2);
                        },
                      },
                      {
                        header: t('pointSource'),
                        value: (row: DrillRow) => {
                          const prior = previous.byKey.get(row.node.code);
                          return prior ? t(`priorSource.${prior.source}`, { year: prior.year }) : null;
                        },
                      },
                    ],
                  },
                  cell: ({ row }) => (
                    <ChangeValue
                      change={changeOf(row.original.node.total, previous.byKey.get(row.original.node.code))}
                      label={row.original.node.name}
                      sourceFile={fileOf}
                    />
                  ),
                },
              ),
            ]
          : []),
        helper.accessor((row) => row.node.basic?.fen ?? -1, {
          id: 'basic',
          header: t('basic'),
          meta: {
            numeric: true,
            csv: [
              {
                header: withUnit(t('basic')),
                value: (row: DrillRow) => exactAmount(row.node.basic?.fen, unit),
              },
            ],
          },
          cell: ({ row }) => (
            <Money amount={row.original.node.basic} label={`${row.original.node.name} ${t('basic')}`} />
          ),
        }),
        helper.accessor((row) => row.node.project?.fen ?? -1, {
          id: 'project',
          header: t('project'),
          meta: {
            numeric: true,
            csv: [
              {
                header: withUnit(t('project')),
                value: (row: DrillRow) => exactAmount(row.node.project?.fen, unit),
              },
            ],
          },
          cell: ({ row }) => (
            <Money amount={row.original.node.project} label={`${row.original.node.name} ${t('project')}`} />
          ),
        }),
        helper.accessor((row) => row.shareOfParent ?? 0, {
          id: 'share',
          header: code ? t('shareOfParent') : t('shareOfTotal'),
          meta: {
            numeric: true,
            csv: [
              {
                header: `${code ? t('shareOfParent') : t('shareOfTotal')}（%）`,
                value: (row: DrillRow) =>
                  row.shareOfParent === null ? null : (row.shareOfParent * 100).toFixed(2),
              },
            ],
          },
          cell: ({ getValue }) => pct(getValue()),
        }),
      ]),
    [t, route.lang, pct, code, unit, withUnit, previous, fileOf, rows],
  );
  const nodeChange = previous ? changeOf(node.total, previous.byKey.get(code ?? 'total')) : null;
  const changeSources = previous
    ? [...new Set(rows.flatMap((row) => previous.byKey.get(row.node.code)?.source ?? []))]
    : [];

  if (ids.length === 0) {
    return (
      <section>
        <h1>{t('view.drill')}</h1>
        <p>{t('loading')}</p>
      </section>
    );
  }
  const title = disclosuresTitle(node, t('aggregateOf', { count: ready.length }));
  const here = nodeLabel(node, (c, n) => className(c, n, route.lang), t('allSpending'));
  const fileBase = viewFileBase(
    ready,
    t('aggregateOf', { count: ready.length }),
    current?.code,
    current ? current.name : t('allSpending'),
  );
  const source = t(
    'chartSource',
    chartSource(ready, rows, 'total', t('aggregateOf', { count: ready.length }), t('listSeparator')),
  );
  const chartCsv = () =>
    basicProjectCsv(
      `${fileBase}_${t('chartFile')}.csv`,
      chart.bars.map((bar) => {
        const node = rows.find((r) => r.node.code === bar.code)?.node;
        return {
          code: bar.code,
          name: bar.name,
          basic: node?.basic,
          project: node?.project,
          total: node?.total,
        };
      }),
      { code: t('code'), name: t('name'), basic: t('basic'), project: t('project'), total: t('total') },
      unit,
      withUnit,
      previous
        ? [
            {
              header: withUnit(t('priorValue', { year: previous.year })),
              value: (item) => exactAmount(previous.byKey.get(item.code)?.figure.fen, unit),
            },
          ]
        : [],
    );

  return (
    <section aria-labelledby="drill-title">
      <h1 id="drill-title">
        {t('view.drill')} · {title}
      </h1>
      <Picker multiple />
      <FallbackNote fallback={fallback} />
      <NodeNotices notices={node.notices} />
      {loading && ready.length === 0 ? (
        <p>{t('loading')}</p>
      ) : (
        <div className="at-node">
          {!node.unit && <Breadcrumb path={node.path} />}
          <p className="node-total">
            <span className="label">{here}</span>
            <Money amount={node.total} label={here} />
            <span className="unit">{unitLabel}</span>
            {nodeChange && (
              <span className="node-change">
                <ChangeValue change={nodeChange} label={here} sourceFile={fileOf} />
              </span>
            )}
          </p>
          {node.unit ? (
            <dl className="facts">
              <div>
                <dt>{t('basic')}</dt>
                <dd>
                  <Money amount={node.basic} label={`${here} ${t('basic')}`} />
                </dd>
              </div>
              <div>
                <dt>{t('project')}</dt>
                <dd>
                  <Money amount={node.project} label={`${here} ${t('project')}`} />
                </dd>
              </div>
            </dl>
          ) : rows.length === 0 ? (
            current && (
              <ItemProjects
                links={node.projects}
                exact={(fen) => `${formatYuanExact(fen, locale)} 元`}
                disclosureIds={ids}
              />
            )
          ) : (
            <>
              <figure
                className="chart"
                ref={(element) => {
                  chartBox(element);
                  figure.current = element;
                }}
              >
                <figcaption>{withUnit(t('chartOf', { name: here }))}</figcaption>
                <div className="shape" role="radiogroup" aria-label={t('chartShape')}>
                  {(['bars', 'treemap'] as const).map((s) => (
                    <label key={s}>
                      <input type="radio" name="shape" checked={shape === s} onChange={() => setShape(s)} />{' '}
                      {t(s === 'bars' ? 'shapeBars' : 'shapeTreemap')}
                    </label>
                  ))}
                </div>
                {width > 0 && shape === 'treemap' && (
                  <Suspense fallback={<div className="chart-placeholder" style={{ height: 240 }} />}>
                    <Treemap
                      items={treemapItems(rows, FEN_PER_DISPLAY_UNIT[unit], (c, n) =>
                        className(c, n, route.lang),
                      )}
                      width={width}
                      format={(value) => money(value * FEN_PER_DISPLAY_UNIT[unit])}
                      onSelect={(c) => follow.go({ node: c })}
                    />
                  </Suspense>
                )}
                {shape === 'bars' && (
                  <Sized
                    width={width}
                    draw={(w) => (
                      <Bars
                        bars={chart.bars}
                        label={withUnit(t('chartOf', { name: here }))}
                        links={{
                          href: (c) => follow.href({ node: c }),
                          go: (c) => {
                            performance.mark('drill:click');
                            follow.go({ node: c });
                          },
                          label: (bar) =>
                            t(node.nodes.some((n) => n.parent === bar.code) ? 'drillInto' : 'openItem', {
                              name: `${bar.code} ${bar.name}`,
                            }),
                        }}
                        width={w}
                        format={(value) => money(value * FEN_PER_DISPLAY_UNIT[unit])}
                        labels={{ basic: t('basic'), project: t('project'), unsplit: t('total') }}
                        onDrawn={() => performance.mark('drill:chart')}
                      />
                    )}
                  />
                )}
                <ChartTools
                  selection={keys.map(formatSelectionKey)}
                  figure={figure}
                  title={withUnit(`${title} · ${t('chartOf', { name: here })}`)}
                  source={source}
                  fileBase={shape === 'treemap' ? `${fileBase}_${t('shapeTreemap')}` : fileBase}
                  versions={ready.map((d) => d.version)}
                  bars={chart.bars.length}
                  csv={chartCsv}
                  draw={
                    shape === 'bars'
                      ? (w) => (
                          <Bars
                            bars={chart.bars}
                            label={withUnit(t('chartOf', { name: here }))}
                            width={w}
                            format={(value) => money(value * FEN_PER_DISPLAY_UNIT[unit])}
                            labels={{ basic: t('basic'), project: t('project'), unsplit: t('total') }}
                          />
                        )
                      : undefined
                  }
                />
                {shape === 'bars' && chart.hidden.length > 0 && (
                  <div className="not-drawn">
                    <p>{t('notInChart', { count: chart.hidden.length })}</p>
                    <ul>
                      {chart.hidden.map((row) => (
                        <li key={row.node.code}>
                          {row.node.code} {row.node.name}：{money(row.node.total?.fen)}
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </figure>
              {previous && changeSources.length > 0 && (
                <p className="change-note">
                  {t('changeNote', {
                    year: previous.year,
                    sources: changeSources
                      .map((source) =>
                        source === 'disclosure'
                          ? t('changeNoteDisclosure', {
                              year: previous.year,
                              name: previous.previous?.department.name ?? '',
                            })
                          : source === 'prior-column'
                            ? t('changeNotePriorColumn', {
                                header: ready[0].priorYear?.functional?.header ?? '',
                              })
                            : t('changeNoteStated'),
                      )
                      .join(t('listSeparator')),
                  })}
                </p>
              )}
              {ready.length > 1 && <p className="change-note">{t('changeAggregate')}</p>}
              {previous?.scopeDiffers && (
                <p className="change-note">
                  {t('changeScopeDiffers', {
                    year: previous.year,
                    was: t(`scope.${previous.previous?.functionalScope ?? 'all'}`),
                    is: t(`scope.${ready[0].functionalScope}`),
                  })}
                </p>
              )}
              <SortableTable
                columns={columns}
                data={rows}
                rowKey={(row) => row.node.code}
                caption={withUnit(`${here} · ${t('tableAlternative')}`)}
                csvFileName={`${fileBase}_${t('tableFile')}.csv`}
                defaultSort="total.desc"
                onRowClick={(row) => {
                  performance.mark('drill:click');
                  follow.go({ node: row.node.code });
                }}
              />
            </>
          )}
        </div>
      )}
    </section>
  );
}
