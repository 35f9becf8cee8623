// Basic vs project: for the node being looked at, each sub-item split into basic and project
// expenditure; the basic part split into personnel and public use; and the economic
// classification of 一般公共预算 basic expenditure (301 工资福利支出 → 30101 基本工资 …). Bars,
// names and rows drill one level deeper. Figures come from the node model (model/node.ts).

import { useMemo, useRef } from 'react';
import { Bars } from '../charts/Bars';
import { Breadcrumb } from '../components/Breadcrumb';
import { ChartTools } from '../components/ChartTools';
import { Link, useFollow } from '../components/Link';
import { Money } from '../components/Money';
import { Picker } from '../components/Picker';
import { FallbackNote, NodeNotices } from '../components/ViewNotices';
import { FEN_PER_DISPLAY_UNIT } from '../format/money';
import { useWidth } from '../hooks/useWidth';
import { Sized } from '../charts/Sized';
import { className } from '../i18n/classes';
import { share, type Amount } from '../model/amount';
import { basicProjectCsv, exactAmount, viewFileBase } from '../publish/csv';
import { chartRows, chartSource } from '../model/chart';
import { disclosureNode, disclosuresTitle, nodeLabel } from '../model/node';
import { economicTree, type DrillRow, type TreeNode } from '../model/tree';
import { PlainTable, type PlainColumn } from '../tables/PlainTable';
import { formatSelectionKey } from '../state/url';
import { useDisclosures, useMoney, useRoute, useT, useViewSelection, usePageTitle } from '../state/hooks';

export default function Split() {
  const t = useT();
  const route = useRoute();
  const { money, pct, unit, withUnit } = useMoney();
  const { keys, ids, fallback } = useViewSelection();
  const { ready } = useDisclosures(ids);
  const node = useMemo(() => disclosureNode(ready, keys, route.node), [ready, keys, route.node]);
  const { rows, current } = node;
  const follow = useFollow();
  usePageTitle([
    t('view.split'),
    ready.length ? disclosuresTitle(node, t('aggregateOf', { count: ready.length })) : null,
    node.current ? nodeLabel(node, (c, n) => className(c, n, route.lang), '') : null,
  ]);
  const economic = useMemo(() => economicTree(ready), [ready]);
  const chart = useMemo(
    () => chartRows(rows, FEN_PER_DISPLAY_UNIT[unit], (c, n) => className(c, n, route.lang), 20),
    [rows, unit, route.lang],
  );
  const [box, width] = useWidth<HTMLElement>();
  const figure = useRef<HTMLElement | null>(null);

  if (ids.length === 0) {
    return (
      <section>
        <h1>{t('view.split')}</h1>
        <p>{t('loading')}</p>
      </section>
    );
  }
  const here = nodeLabel(node, (c, n) => className(c, n, route.lang), t('allSpending'));
  const { basic, personnel, publicUse } = node;
  const title = disclosuresTitle(node, t('aggregateOf', { count: ready.length }));
  const drills = (c: string) => node.nodes.some((n) => n.parent === c);

  const fileBase = viewFileBase(
    ready,
    t('aggregateOf', { count: ready.length }),
    current?.code,
    here,
    t('basicVsProject'),
  );
  const childrenCsv = () =>
    basicProjectCsv(
      `${fileBase}_${t('chartFile')}.csv`,
      chart.bars
        .map((bar) => rows.find((row) => row.node.code === bar.code))
        .filter((row) => row !== undefined)
        .map(({ node }) => ({ ...node, name: className(node.code, node.name, route.lang) })),
      { code: t('code'), name: t('name'), basic: t('basic'), project: t('project'), total: t('total') },
      unit,
      withUnit,
    );
  const name = (code: string, printed: string) => `${code} ${className(code, printed, route.lang)}`;
  /** A column of amounts: the figure (with its provenance) on screen, exact in the CSV. */
  const amount = <T,>(
    header: string,
    pick: (row: T) => Amount | null,
    label: (row: T) => string,
  ): PlainColumn<T> => ({
    header,
    numeric: true,
    cell: (row) => <Money amount={pick(row)} label={`${label(row)} ${header}`} />,
    csv: [{ header: withUnit(header), value: (row) => exactAmount(pick(row)?.fen, unit) }],
  });
  // Each table's columns declared once: header, cell and CSV columns together.
  const childColumns: PlainColumn<DrillRow>[] = [
    {
      header: t('name'),
      cell: ({ node: n }) =>
        drills(n.code) ? (
          <Link to={{ node: n.code }} aria-label={t('drillInto', { name: name(n.code, n.name) })}>
            {name(n.code, n.name)}
          </Link>
        ) : (
          name(n.code, n.name)
        ),
      csv: [
        { header: t('code'), value: ({ node: n }) => n.code },
        { header: t('name'), value: ({ node: n }) => className(n.code, n.name, route.lang) },
      ],
    },
    amount<DrillRow>(
      t('basic'),
      (row) => row.node.basic,
      (row) => row.node.name,
    ),
    amount<DrillRow>(
      t('project'),
      (row) => row.node.project,
      (row) => row.node.name,
    ),
    {
      header: `${t('basic')} ${t('share')}`,
      numeric: true,
      cell: ({ node: n }) => pct(share(n.basic, n.total)),
      csv: [
        {
          header: `${t('basic')} ${t('share')}（%）`,
          value: ({ node: n }) => {
            const fraction = share(n.basic, n.total);
            return fraction === null ? null : (fraction * 100).toFixed(2);
          },
        },
      ],
    },
  ];
  const economicColumns: PlainColumn<TreeNode>[] = [
    {
      header: t('name'),
      cell: (n) => name(n.code, n.name),
      csv: [
        { header: t('code'), value: (n) => n.code },
        { header: t('name'), value: (n) => className(n.code, n.name, route.lang) },
      ],
    },
    amount<TreeNode>(
      t('total'),
      (n) => n.total,
      (n) => n.name,
    ),
    amount<TreeNode>(
      t('personnel'),
      (n) => n.personnel,
      (n) => n.name,
    ),
    amount<TreeNode>(
      t('publicUse'),
      (n) => n.publicUse,
      (n) => n.name,
    ),
  ];
  const source = t(
    'chartSource',
    chartSource(ready, rows, 'basic', t('aggregateOf', { count: ready.length }), t('listSeparator')),
  );

  return (
    <section aria-labelledby="split-title">
      <h1 id="split-title">
        {t('view.split')} · {title}
      </h1>
      <Picker multiple />
      <FallbackNote fallback={fallback} />
      <NodeNotices notices={node.notices} />
      <div className="at-node">
        {!node.unit && <Breadcrumb path={node.path} />}

        <h2>
          {t('basicVsProject')}：{here}
        </h2>
        {rows.length > 0 && (
          <figure
            className="chart"
            ref={(element) => {
              box(element);
              figure.current = element;
            }}
          >
            <figcaption>{withUnit(t('basicVsProject'))}</figcaption>
            <Sized
              width={width}
              draw={(w) => (
                <Bars
                  bars={chart.bars}
                  label={withUnit(`${t('basicVsProject')}：${here}`)}
                  links={{
                    href: (c) => (drills(c) ? follow.href({ node: c }) : null),
                    go: (c) => follow.go({ node: c }),
                    label: (bar) => t('drillInto', { name: `${bar.code} ${bar.name}` }),
                  }}
                  width={w}
                  format={(value) => money(value * FEN_PER_DISPLAY_UNIT[unit])}
                  labels={{ basic: t('basic'), project: t('project'), unsplit: t('total') }}
                />
              )}
            />
            <ChartTools
              selection={keys.map(formatSelectionKey)}
              figure={figure}
              title={withUnit(`${title} · ${t('basicVsProject')}：${here}`)}
              source={source}
              fileBase={fileBase}
              versions={ready.map((d) => d.version)}
              bars={chart.bars.length}
              csv={childrenCsv}
              draw={(w) => (
                <Bars
                  bars={chart.bars}
                  label={withUnit(`${t('basicVsProject')}：${here}`)}
                  width={w}
                  format={(value) => money(value * FEN_PER_DISPLAY_UNIT[unit])}
                  labels={{ basic: t('basic'), project: t('project'), unsplit: t('total') }}
                />
              )}
            />
          </figure>
        )}
        <PlainTable
          columns={childColumns}
          rows={rows}
          rowKey={(row) => row.node.code}
          caption={withUnit(`${here} · ${t('tableAlternative')}`)}
          csvFileName={`${fileBase}_${t('tableFile')}.csv`}
          rowClass={(row) => (drills(row.node.code) ? 'clickable' : undefined)}
          onRowClick={(row) => {
            if (drills(row.node.code)) follow.go({ node: row.node.code });
          }}
        />

        <h2>{t('personnelVsPublic')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('basic')}</dt>
            <dd>
              <Money amount={basic} label={`${here} ${t('basic')}`} />
            </dd>
          </div>
          <div>
            <dt>{t('personnel')}</dt>
            <dd>
              <Money amount={personnel} label={`${here} ${t('personnel')}`} /> {pct(share(personnel, basic))}
            </dd>
          </div>
          <div>
            <dt>{t('publicUse')}</dt>
            <dd>
              <Money amount={publicUse} label={`${here} ${t('publicUse')}`} /> {pct(share(publicUse, basic))}
            </dd>
          </div>
        </dl>

        <h2>{t('economicBasic')}</h2>
        <PlainTable
          className="tree"
          columns={economicColumns}
          rows={economic}
          rowKey={(row) => row.code}
          caption={withUnit(t('economicBasic'))}
          csvFileName={`${viewFileBase(ready, t('aggregateOf', { count: ready.length }), t('economicBasic'))}_${t('tableFile')}.csv`}
          rowClass={(row) => `level-${row.level}`}
        />
      </div>
    </section>
  );
}
