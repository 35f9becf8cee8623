// Where the money goes: the functional classification of one department (or several added up),
// 类 → 款 → 项, with a chart of the sub-items and a sortable table of them.

import { useEffect, useMemo, useRef } from 'react';
import { Bars } from '../charts/Bars';
import { Breadcrumb } from '../components/Breadcrumb';
import { ChartTools } from '../components/ChartTools';
import { Link } from '../components/Link';
import { Money } from '../components/Money';
import { Picker } from '../components/Picker';
import { FEN_PER_DISPLAY_UNIT } from '../format/money';
import { useWidth } from '../hooks/useWidth';
import { className } from '../i18n/classes';
import { chartRows, chartSource } from '../model/chart';
import { ancestry, budgetTotal, drillRows, findNode, functionalTree, type DrillRow } from '../model/tree';
import { useDisclosures, useMoney, useRoute, useSelectedIds, useT } from '../state/hooks';
import { basicProjectCsv, exactAmount, viewFileBase } from '../publish/csv';
import { columnHelper, SortableTable } from '../tables/SortableTable';

const helper = columnHelper<DrillRow>();

export default function Drill() {
  const t = useT();
  const route = useRoute();
  const { money, pct, unit } = useMoney();
  const ids = useSelectedIds();
  const { ready, loading } = useDisclosures(ids);
  const nodes = useMemo(() => functionalTree(ready), [ready]);
  const total = useMemo(() => budgetTotal(ready), [ready]);
  const known = route.node === null || nodes.length === 0 || nodes.some((n) => n.code === route.node);
  const code = known ? route.node : null;
  const current = findNode(nodes, code);
  const rows = useMemo(() => drillRows(nodes, code, total), [nodes, code, total]);
  const path = useMemo(() => ancestry(nodes, code), [nodes, code]);
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
            return hasChildren ? (
              <Link
                to={{ node: node.code }}
                onClick={() => performance.mark('drill:click')}
                aria-label={t('drillInto', { name })}
              >
                {name}
              </Link>
            ) : (
              name
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
                header: `${t('total')}（${unit}）`,
                value: (row: DrillRow) => exactAmount(row.node.total?.fen, unit),
              },
            ],
          },
          cell: ({ row }) => (
            <Money amount={row.original.node.total} label={`${row.original.node.name} ${t('total')}`} />
          ),
        }),
        helper.accessor((row) => row.node.basic?.fen ?? -1, {
          id: 'basic',
          header: t('basic'),
          meta: {
            numeric: true,
            csv: [
              {
                header: `${t('basic')}（${unit}）`,
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
                header: `${t('project')}（${unit}）`,
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
    [t, route.lang, pct, code, unit],
  );

  if (ids.length === 0) {
    return (
      <section>
        <h1>{t('view.drill')}</h1>
        <Picker />
        <p>{t('pickHint')}</p>
      </section>
    );
  }
  const years = [...new Set(ready.map((d) => d.year))];
  const title =
    ready.length === 1
      ? `${ready[0].department.name} ${ready[0].year ?? ''}`
      : t('aggregateOf', { count: ready.length });
  const here = current
    ? `${current.code} ${className(current.code, current.name, route.lang)}`
    : t('allSpending');
  const fileBase = viewFileBase(
    ready,
    t('aggregateOf', { count: ready.length }),
    current?.code,
    current ? current.name : t('allSpending'),
  );
  const source = t(
    'chartSource',
    chartSource(ready, rows, 'total', t('aggregateOf', { count: ready.length })),
  );
  const chartCsv = () =>
    basicProjectCsv(
      `${fileBase}.csv`,
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
    );

  return (
    <section aria-labelledby="drill-title">
      <h1 id="drill-title">
        {t('view.drill')} · {title}
      </h1>
      <Picker multiple />
      {!known && (
        <p className="notice-inline" role="status">
          {t('notice.unknown-code', { value: route.node ?? '' })}
        </p>
      )}
      {years.length > 1 && <p className="notice-inline">{t('mixedYears', { years: years.join('、') })}</p>}
      {loading && ready.length === 0 ? (
        <p>{t('loading')}</p>
      ) : (
        <>
          <Breadcrumb path={path} />
          <p className="node-total">
            <span className="label">{here}</span>
            <Money amount={current ? current.total : total} label={here} />
            <span className="unit">{unit}</span>
          </p>
          {rows.length === 0 ? (
            <p>{t('noChildren')}</p>
          ) : (
            <>
              <figure
                className="chart"
                ref={(element) => {
                  chartBox(element);
                  figure.current = element;
                }}
              >
                <figcaption>
                  {t('chartOf', { name: here })}（{unit}）
                </figcaption>
                {width > 0 && (
                  <Bars
                    bars={chart.bars}
                    width={width}
                    format={(value) => money(value * FEN_PER_DISPLAY_UNIT[unit])}
                    labels={{ basic: t('basic'), project: t('project'), unsplit: t('total') }}
                    onDrawn={() => performance.mark('drill:chart')}
                  />
                )}
                <ChartTools
                  figure={figure}
                  title={`${title} · ${t('chartOf', { name: here })}（${unit}）`}
                  source={source}
                  fileBase={fileBase}
                  versions={ready.map((d) => d.version)}
                  bars={chart.bars.length}
                  csv={chartCsv}
                />
                {chart.hidden.length > 0 && (
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
              <SortableTable
                columns={columns}
                data={rows}
                rowKey={(row) => row.node.code}
                caption={`${here} · ${t('tableAlternative')}（${unit}）`}
                csvFileName={`${fileBase}.csv`}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
