// Basic vs project: for the node being looked at, each sub-item split into basic and project
// expenditure; the basic part split into personnel and public use; and the economic
// classification of 一般公共预算 basic expenditure (301 工资福利支出 → 30101 基本工资 …). Bars,
// names and rows drill one level deeper. Figures come from the node model (model/node.ts).

import { useMemo, useRef } from 'react';
import { Bars } from '../charts/Bars';
import { Breadcrumb } from '../components/Breadcrumb';
import { ChartTools } from '../components/ChartTools';
import { CsvButton } from '../components/CsvButton';
import { Link, useFollow } from '../components/Link';
import { Money } from '../components/Money';
import { Picker } from '../components/Picker';
import { FallbackNote, NodeNotices } from '../components/ViewNotices';
import { FEN_PER_DISPLAY_UNIT } from '../format/money';
import { useWidth } from '../hooks/useWidth';
import { className } from '../i18n/classes';
import { share } from '../model/amount';
import { basicProjectCsv, exactAmount, viewFileBase } from '../publish/csv';
import { chartRows, chartSource } from '../model/chart';
import { disclosureNode, disclosuresTitle, nodeLabel } from '../model/node';
import { economicTree } from '../model/tree';
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
  // The table: every sub-item, with the basic share it shows.
  const tableCsv = () => {
    const table = basicProjectCsv(
      `${fileBase}_${t('tableFile')}.csv`,
      rows.map(({ node }) => ({ ...node, name: className(node.code, node.name, route.lang) })),
      { code: t('code'), name: t('name'), basic: t('basic'), project: t('project'), total: t('total') },
      unit,
      withUnit,
    );
    return {
      ...table,
      columns: [...table.columns, `${t('basic')} ${t('share')}（%）`],
      rows: table.rows.map((cells, i) => {
        const fraction = share(rows[i].node.basic, rows[i].node.total);
        return [...cells, fraction === null ? null : (fraction * 100).toFixed(2)];
      }),
    };
  };
  const economicCsv = () => ({
    fileName: `${viewFileBase(ready, t('aggregateOf', { count: ready.length }), t('economicBasic'))}.csv`,
    columns: [t('code'), t('name'), withUnit(t('total')), withUnit(t('personnel')), withUnit(t('publicUse'))],
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
          {width > 0 && (
            <Bars
              bars={chart.bars}
              label={withUnit(`${t('basicVsProject')}：${here}`)}
              links={{
                href: (c) => (drills(c) ? follow.href({ node: c }) : null),
                go: (c) => follow.go({ node: c }),
                label: (bar) => t('drillInto', { name: `${bar.code} ${bar.name}` }),
              }}
              width={width}
              format={(value) => money(value * FEN_PER_DISPLAY_UNIT[unit])}
              labels={{ basic: t('basic'), project: t('project'), unsplit: t('total') }}
            />
          )}
          <ChartTools
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
      <div className="table-wrap">
        <div className="tools">
          <CsvButton build={tableCsv} label={t('tableCsv')} />
        </div>
        <table>
          <caption>{withUnit(`${here} · ${t('tableAlternative')}`)}</caption>
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
              <tr
                key={node.code}
                className={drills(node.code) ? 'clickable' : undefined}
                onClick={(event) => {
                  if (!drills(node.code) || (event.target as Element).closest('a, button')) return;
                  follow.go({ node: node.code });
                }}
              >
                <th scope="row">
                  {drills(node.code) ? (
                    <Link
                      to={{ node: node.code }}
                      aria-label={t('drillInto', {
                        name: `${node.code} ${className(node.code, node.name, route.lang)}`,
                      })}
                    >
                      {node.code} {className(node.code, node.name, route.lang)}
                    </Link>
                  ) : (
                    <>
                      {node.code} {className(node.code, node.name, route.lang)}
                    </>
                  )}
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
          <CsvButton build={economicCsv} label={t('tableCsv')} />
        </div>
        <table className="tree">
          <caption>{withUnit(t('economicBasic'))}</caption>
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
