// Basic vs project: for the node being looked at, each sub-item split into basic and project
// expenditure; the basic part split into personnel and public use; and the economic
// classification of 一般公共预算 basic expenditure (301 工资福利支出 → 30101 基本工资 …).

import { lazy, Suspense, useMemo, useRef } from 'react';
import { Breadcrumb } from '../components/Breadcrumb';
import { ChartTools } from '../components/ChartTools';
import { CsvButton } from '../components/CsvButton';
import { Money } from '../components/Money';
import { Picker } from '../components/Picker';
import type { Figure } from '../domain/budget';
import { FEN_PER_DISPLAY_UNIT } from '../format/money';
import { useWidth } from '../hooks/useWidth';
import { className } from '../i18n/classes';
import { fromFigure, share, sumAmounts } from '../model/amount';
import { basicProjectCsv, exactAmount, viewFileBase } from '../publish/csv';
import { chartRows, chartSource } from '../model/chart';
import { ancestry, budgetTotal, drillRows, economicTree, findNode, functionalTree } from '../model/tree';
import { useDisclosures, useMoney, useRoute, useSelectedIds, useT } from '../state/hooks';

const StackedBars = lazy(() => import('../charts/StackedBars'));

export default function Split() {
  const t = useT();
  const route = useRoute();
  const { money, pct, unit } = useMoney();
  const ids = useSelectedIds();
  const { ready } = useDisclosures(ids);
  const nodes = useMemo(() => functionalTree(ready), [ready]);
  const total = useMemo(() => budgetTotal(ready), [ready]);
  const code = route.node && nodes.some((n) => n.code === route.node) ? route.node : null;
  const current = findNode(nodes, code);
  const rows = useMemo(() => drillRows(nodes, code, total), [nodes, code, total]);
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
        <Picker />
        <p>{t('pickHint')}</p>
      </section>
    );
  }
  const here = current
    ? `${current.code} ${className(current.code, current.name, route.lang)}`
    : t('allSpending');
  const department = (pick: (d: (typeof ready)[number]) => Figure | null) =>
    sumAmounts(ready.map((d) => fromFigure(pick(d), d.id, d.sourceFile)));
  const basic = current ? current.basic : department((d) => d.expenditure.basic);
  const personnel = current ? current.personnel : department((d) => d.expenditure.personnel);
  const publicUse = current ? current.publicUse : department((d) => d.expenditure.publicUse);
  const title =
    ready.length === 1
      ? `${ready[0].department.name} ${ready[0].year ?? ''}`
      : t('aggregateOf', { count: ready.length });

  const fileBase = viewFileBase(
    ready,
    t('aggregateOf', { count: ready.length }),
    current?.code,
    here,
    t('basicVsProject'),
  );
  const childrenCsv = () =>
    basicProjectCsv(
      `${fileBase}.csv`,
      rows.map(({ node }) => ({ ...node, name: className(node.code, node.name, route.lang) })),
      { code: t('code'), name: t('name'), basic: t('basic'), project: t('project'), total: t('total') },
      unit,
    );
  const economicCsv = () => ({
    fileName: `${viewFileBase(ready, t('aggregateOf', { count: ready.length }), t('economicBasic'))}.csv`,
    columns: [
      t('code'),
      t('name'),
      `${t('total')}（${unit}）`,
      `${t('personnel')}（${unit}）`,
      `${t('publicUse')}（${unit}）`,
    ],
    rows: economic.map((node) => [
      node.code,
      className(node.code, node.name, route.lang),
      exactAmount(node.total?.fen, unit),
      exactAmount(node.personnel?.fen, unit),
      exactAmount(node.publicUse?.fen, unit),
    ]),
  });
  const source = t(
    'chartSource',
    chartSource(ready, rows, 'basic', t('aggregateOf', { count: ready.length })),
  );

  return (
    <section aria-labelledby="split-title">
      <h1 id="split-title">
        {t('view.split')} · {title}
      </h1>
      <Picker multiple />
      <Breadcrumb path={ancestry(nodes, code)} />

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
          <figcaption>
            {t('basicVsProject')}（{unit}）
          </figcaption>
          {width > 0 && (
            <Suspense
              fallback={<div className="chart-placeholder" style={{ height: 44 + chart.bars.length * 34 }} />}
            >
              <StackedBars
                bars={chart.bars}
                width={width}
                format={(value) => money(value * FEN_PER_DISPLAY_UNIT[unit])}
                labels={{ basic: t('basic'), project: t('project'), unsplit: t('total') }}
              />
            </Suspense>
          )}
          <ChartTools
            figure={figure}
            title={`${title} · ${t('basicVsProject')}：${here}（${unit}）`}
            source={source}
            fileBase={fileBase}
            versions={ready.map((d) => d.version)}
            bars={chart.bars.length}
            csv={childrenCsv}
          />
        </figure>
      )}
      <div className="table-wrap">
        <div className="tools">
          <CsvButton build={childrenCsv} />
        </div>
        <table>
          <caption>
            {here} · {t('tableAlternative')}（{unit}）
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col" className="num">
                {t('basic')}
              </th>
              <th scope="col" className="num">
                {t('project')}
              </th>
              <th scope="col" className="num">
                {t('basic')} {t('share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ node }) => (
              <tr key={node.code}>
                <th scope="row">
                  {node.code} {className(node.code, node.name, route.lang)}
                </th>
                <td className="num">
                  <Money amount={node.basic} label={`${node.name} ${t('basic')}`} />
                </td>
                <td className="num">
                  <Money amount={node.project} label={`${node.name} ${t('project')}`} />
                </td>
                <td className="num">{pct(share(node.basic, node.total))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

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
      <div className="table-wrap">
        <div className="tools">
          <CsvButton build={economicCsv} />
        </div>
        <table className="tree">
          <caption>
            {t('economicBasic')}（{unit}）
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col" className="num">
                {t('total')}
              </th>
              <th scope="col" className="num">
                {t('personnel')}
              </th>
              <th scope="col" className="num">
                {t('publicUse')}
              </th>
            </tr>
          </thead>
          <tbody>
            {economic.map((node) => (
              <tr key={node.code} className={`level-${node.level}`}>
                <th scope="row">
                  {node.code} {className(node.code, node.name, route.lang)}
                </th>
                <td className="num">
                  <Money amount={node.total} label={`${node.name} ${t('total')}`} />
                </td>
                <td className="num">
                  <Money amount={node.personnel} label={`${node.name} ${t('personnel')}`} />
                </td>
                <td className="num">
                  <Money amount={node.publicUse} label={`${node.name} ${t('publicUse')}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
